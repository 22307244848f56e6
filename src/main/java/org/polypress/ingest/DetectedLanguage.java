package org.polypress.ingest;

import java.util.Objects;

/**
 * The main language of a text.
 *
 * @param code       ISO 639-1 code such as {@code "nl"} (ISO 639-3 for the few languages that have no
 *                   two-letter code), or {@link #UNDETERMINED} when the text is too short or unknown
 * @param confidence between 0 and 1: the share of the sampled letters judged to be in that language,
 *                   weighted by the detector's probability; 0 for {@code und}
 */
public record DetectedLanguage(String code, double confidence) {
    /** BCP-47 / ISO 639-2 code for "undetermined". */
    public static final String UNDETERMINED = "und";

    public DetectedLanguage {
        Objects.requireNonNull(code, "code");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }

    static DetectedLanguage undetermined() {
        return new DetectedLanguage(UNDETERMINED, 0);
    }

    public boolean isUndetermined() {
        return UNDETERMINED.equals(code);
    }
}
