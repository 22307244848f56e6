package org.polypress.pipeline;

/** The stages a document passes through, in order. Failures and timings name the stage. */
public enum Stage {
    READ, EXTRACT, CLEAN, STRUCTURE, AKN, VALIDATE, HTML, FO, PDF, WRITE, ARCHIVE;

    /** Lower-case name used in reports ("extract", "pdf"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
