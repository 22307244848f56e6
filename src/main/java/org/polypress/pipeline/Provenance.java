package org.polypress.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a publication was made: the stages in the order they ran, and the report's facts (the same
 * map that {@code report/NAME.json} is written from). Read by the archive for its PREMIS events.
 *
 * @param stages the stages that ran, in order
 * @param report the report, keys in the report's order (nested maps and lists as in the JSON)
 */
public record Provenance(List<StageRun> stages, Map<String, Object> report) {
    /** No record (a pipeline that does not keep one). */
    public static final Provenance NONE = new Provenance(List.of(), Map.of());

    public Provenance {
        stages = List.copyOf(stages);
        report = Collections.unmodifiableMap(new LinkedHashMap<>(report));
    }

    /** The run of a stage, if it ran. */
    public Optional<StageRun> run(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst();
    }
}
