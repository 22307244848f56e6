package org.polypress.route;

import java.time.Instant;
import org.polypress.pipeline.RecordJson;

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
 * @param size       bytes read, {@code null} if never read
 * @param error      the exception for unexpected errors, {@code null} otherwise (and then left out)
 * @param time       when the failure was recorded
 */
record FailureReport(String file, String input, String stage, String reason, String suggestion,
                     boolean permanent, int attempts, String sha256, Long size,
                     @RecordJson.Key(omitNull = true) String error, Instant time) {

    /** The record as the JSON of {@code failed/NAME.json}, keys in component order. */
    String toJson() {
        return RecordJson.write(this);
    }
}
