package org.polypress.route;

import java.time.Duration;

/**
 * The totals of a run, for the summary line and the exit code of {@code --once}.
 *
 * @param ignored entries of the input folder that are never read (hidden and temporary names,
 *                sub-folders), as found when the run stopped
 */
public record RunSummary(RunCounts counts, int ignored, Duration elapsed) {

    public RunSummary(RunCounts counts, Duration elapsed) {
        this(counts, 0, elapsed);
    }

    /** 0 when nothing failed (published, skipped as unchanged), 1 when any document failed or was abandoned. */
    public int exitCode() {
        return counts.failed() > 0 || counts.abandoned() > 0 ? 1 : 0;
    }

    /** "12 published, 1 failed, 3 skipped in 8.4 s" (abandoned and ignored only when there were any). */
    public String describe() {
        String abandoned = counts.abandoned() > 0 ? ", " + counts.abandoned() + " abandoned" : "";
        String ignoredText = ignored > 0 ? ", " + ignored + " ignored" : "";
        return String.format(java.util.Locale.ROOT, "%d published, %d failed, %d skipped%s%s in %.1f s",
                counts.published(), counts.failed(), counts.skipped(), abandoned, ignoredText,
                elapsed.toMillis() / 1000.0);
    }
}
