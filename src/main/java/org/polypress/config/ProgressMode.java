package org.polypress.config;

import java.util.Locale;

/** Whether a one-line progress display is drawn while documents are processed. */
public enum ProgressMode {
    /** Only when standard error is an interactive terminal. */
    AUTO,
    ON,
    OFF;

    static ProgressMode parse(String key, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "auto" -> AUTO;
            case "on", "true", "yes" -> ON;
            case "off", "false", "no" -> OFF;
            default -> throw new SettingsException(key, value, "expected auto, on or off");
        };
    }
}
