package org.polypress.config;

/**
 * A setting is unknown or its value cannot be used. The message names the key, the value and
 * what was expected, so it can be shown to a person as is (the command line exits with code 2).
 */
public class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String key, String value, String expected) {
        super("setting " + key + "=" + value + ": " + expected);
    }
}
