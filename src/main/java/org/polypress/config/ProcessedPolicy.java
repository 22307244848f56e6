package org.polypress.config;

import java.util.Locale;

/** What happens to an input file once it has been published (or found unchanged). */
public enum ProcessedPolicy {
    /** Leave the input where it was dropped; it is not read again unless it changes. */
    KEEP,
    /** Move the input into the done folder. Failed inputs always stay where they were dropped. */
    MOVE;

    static ProcessedPolicy parse(String key, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "keep" -> KEEP;
            case "move" -> MOVE;
            default -> throw new SettingsException(key, value, "expected keep or move");
        };
    }

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
