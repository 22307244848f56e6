package org.polypress.config;

/**
 * One documented setting, as declared in the bundled {@code polypress.properties}: its key, its
 * default value and the comment written above it. The command line's help is generated from these.
 */
public record SettingDescriptor(String key, String defaultValue, String description) {

    /** The command-line option that sets this key: {@code read-lock.check-interval} gives {@code --read-lock-check-interval}. */
    public String option() {
        return "--" + key.replace('.', '-');
    }
}
