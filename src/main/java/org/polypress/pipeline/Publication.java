package org.polypress.pipeline;

import java.util.List;

/**
 * Everything one input document became: the edition files (XML, HTML variants, PDF, report)
 * and the facts the log line and the status need.
 */
public record Publication(String name, String language, int pages, List<OutputFile> files, long millis) {
    public Publication {
        files = List.copyOf(files);
    }
}
