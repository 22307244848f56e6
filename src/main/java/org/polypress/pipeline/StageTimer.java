package org.polypress.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wall time per stage of one document, in milliseconds, and when each stage first started (by the
 * pipeline's clock). Not thread-safe: one per document.
 */
final class StageTimer {
    private final Clock clock;
    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    private final Map<Stage, Instant> started = new LinkedHashMap<>();
    private Stage current = Stage.READ;

    StageTimer(Clock clock) {
        this.clock = clock;
    }

    /** A stage's work, which may fail. */
    interface Work<T> {
        T run() throws Exception;
    }

    <T> T time(Stage stage, Work<T> work) throws Exception {
        current = stage;
        started.putIfAbsent(stage, clock.instant());
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            nanos.merge(stage, System.nanoTime() - start, Long::sum);
        }
    }

    /** The stage that ran last (the one that failed, when a failure is being handled). */
    Stage current() {
        return current;
    }

    Map<String, Double> millis() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((s, n) -> out.put(s.key(), millis(n)));
        return out;
    }

    /** The stages that ran, in the order they first started, without warnings. */
    List<StageRun> runs() {
        List<StageRun> out = new ArrayList<>();
        started.forEach((s, at) -> out.add(new StageRun(s, at, millis(nanos.getOrDefault(s, 0L)), List.of())));
        return out;
    }

    private static double millis(long n) {
        return Math.round(n / 10_000.0) / 100.0;
    }
}
