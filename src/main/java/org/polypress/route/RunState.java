package org.polypress.route;

import java.util.Locale;

/** The state of the watched folder, as reported in {@code status.json}. */
public enum RunState {
    STARTING, RUNNING, IDLE, STOPPING, STOPPED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
