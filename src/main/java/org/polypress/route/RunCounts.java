package org.polypress.route;

/** Counts of one run, as of a moment. */
public record RunCounts(int published, int failed, int skipped, int abandoned, int inProgress) {

    /** Documents with an outcome. */
    public int done() {
        return published + failed + skipped + abandoned;
    }
}
