package org.polypress.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * Everything one input document became: the edition files (XML, HTML variants, PDF, report),
 * the facts the log line and the status need, and how it was made ({@link Provenance}).
 */
public record Publication(String name, String language, int pages, List<OutputFile> files, long millis,
                          Provenance provenance) {
    public Publication {
        files = List.copyOf(files);
        Objects.requireNonNull(provenance, "provenance");
    }

    /** A publication without a record of how it was made. */
    public Publication(String name, String language, int pages, List<OutputFile> files, long millis) {
        this(name, language, pages, files, millis, Provenance.NONE);
    }
}
