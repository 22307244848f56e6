package org.polypress.pipeline;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time per stage of one document, in milliseconds. Not thread-safe: one per document. */
final class StageTimer {
    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    private Stage current = Stage.READ;

    /** A stage's work, which may fail. */
    interface Work<T> {
        T run() throws Exception;
    }

    <T> T time(Stage stage, Work<T> work) throws Exception {
        current = stage;
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
        nanos.forEach((s, n) -> out.put(s.key(), Math.round(n / 10_000.0) / 100.0));
        return out;
    }
}
