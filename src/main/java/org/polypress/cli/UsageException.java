package org.polypress.cli;

/** The command line cannot be understood; the message says why (exit code 2). */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
