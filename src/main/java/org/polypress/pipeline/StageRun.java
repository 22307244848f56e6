package org.polypress.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stage as it ran for one document: when it first started (wall clock), how long it took in
 * all, and the warnings it raised. The archive records each as a PREMIS event.
 *
 * @param stage    the stage
 * @param started  when it first started
 * @param millis   wall time spent in it, in milliseconds
 * @param warnings what it warned about, as in the report
 */
public record StageRun(Stage stage, Instant started, double millis, List<String> warnings) {
    public StageRun {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(started, "started");
        warnings = List.copyOf(warnings);
    }

    /** The same run with these warnings. */
    public StageRun withWarnings(List<String> more) {
        return new StageRun(stage, started, millis, more);
    }
}
