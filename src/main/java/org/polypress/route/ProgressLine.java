package org.polypress.route;

import java.io.PrintStream;

/**
 * A single self-overwriting line on the terminal showing how far a batch has got. Cleared before
 * each log line and redrawn after it, so the two do not garble each other; cleared when idle.
 */
final class ProgressLine {
    private final PrintStream out;
    private int width;

    ProgressLine(PrintStream out) {
        this.out = out;
    }

    synchronized void show(RunCounts c) {
        if (c.inProgress() == 0) {
            clear();
            return;
        }
        String line = String.format("[%d done: %d published, %d failed, %d skipped | %d in progress]",
                c.done(), c.published(), c.failed(), c.skipped(), c.inProgress());
        String pad = line.length() < width ? " ".repeat(width - line.length()) : "";
        out.print("\r" + line + pad);
        out.flush();
        width = line.length();
    }

    synchronized void clear() {
        if (width > 0) {
            out.print("\r" + " ".repeat(width) + "\r");
            out.flush();
            width = 0;
        }
    }
}
