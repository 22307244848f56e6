package org.polypress.route;

/**
 * The folders cannot be used as configured (no such input folder, an output folder that is a file
 * or cannot be written): found before any document is touched, and said in one line. The command
 * line reports it like a bad setting (exit code 2).
 */
public final class StartupProblem extends Exception {
    StartupProblem(String message) {
        super(message, null, false, false);
    }
}
