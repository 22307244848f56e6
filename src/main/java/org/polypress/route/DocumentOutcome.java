package org.polypress.route;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What became of one dropped file.
 *
 * @param fileName the file name as dropped
 * @param name     the NAME its editions (or failure report) use; the file name if it had none
 * @param kind     published, failed, skipped or abandoned
 * @param language the detected language (BCP 47) for publications, else {@code null}
 * @param pages    pages of the PDF edition, 0 when unknown
 * @param millis   wall time from a worker starting on the file to the outcome
 * @param detail   one line for people: the failure's stage and reason, why it was skipped, ...
 * @param time     when the outcome was decided
 */
public record DocumentOutcome(String fileName, String name, Kind kind, String language, int pages,
                              long millis, String detail, Instant time) {

    /** The possible outcomes. */
    public enum Kind {
        /** Editions written. */
        PUBLISHED,
        /** Not published; {@code failed/NAME.json} says why and the input was kept. */
        FAILED,
        /** Same content under the same name was published before. */
        SKIPPED,
        /** Interrupted by a forced shutdown; nothing written, processed again on the next start. */
        ABANDONED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DocumentOutcome {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(time, "time");
    }
}
