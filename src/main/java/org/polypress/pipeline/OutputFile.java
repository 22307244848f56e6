package org.polypress.pipeline;

import java.util.Objects;

/**
 * One file of a publication, relative to the output folder ("xml/NAME.xml", "pdf/NAME.pdf").
 * The route writes it atomically (temporary name, then rename).
 */
public record OutputFile(String relativePath, byte[] content) {
    public OutputFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
        if (relativePath.startsWith("/") || relativePath.contains("..")) {
            throw new IllegalArgumentException("output path must stay inside the output folder: " + relativePath);
        }
    }
}
