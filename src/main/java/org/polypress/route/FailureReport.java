package org.polypress.route;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.polypress.pipeline.Json;

/**
 * The content of {@code output/failed/NAME.json}: which file, at which stage, why, what to do about
 * it, whether retrying could help, when, and which content (SHA-256) failed.
 *
 * @param file       the input's file name as dropped
 * @param input      absolute path of the input, which was left in place
 * @param stage      the stage that failed ("extract", "pdf", "read", "write", or "pipeline" for an
 *                   unexpected error inside the pipeline)
 * @param reason     what went wrong, in plain words
 * @param suggestion what a person can do about it
 * @param permanent  {@code false} when the failure looked transient (and was retried)
 * @param attempts   how many times the failing step ran
 * @param sha256     hex SHA-256 of the content, {@code null} if it was never read
 * @param size       bytes read, -1 if never read
 * @param error      the exception for unexpected errors, {@code null} otherwise
 * @param time       when the failure was recorded
 */
record FailureReport(String file, String input, String stage, String reason, String suggestion,
                     boolean permanent, int attempts, String sha256, long size, String error, Instant time) {

    String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("input", input);
        m.put("stage", stage);
        m.put("reason", reason);
        m.put("suggestion", suggestion);
        m.put("permanent", permanent);
        m.put("attempts", attempts);
        m.put("sha256", sha256);
        m.put("size", size < 0 ? null : size);
        if (error != null) {
            m.put("error", error);
        }
        m.put("time", time.toString());
        return Json.write(m);
    }
}
