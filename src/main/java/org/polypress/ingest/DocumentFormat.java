package org.polypress.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/** The input formats Polypress accepts, with their file extensions and media types. */
enum DocumentFormat {
    TEXT("plain text", List.of("txt"), List.of("text/plain")),
    PDF("PDF", List.of("pdf"), List.of("application/pdf")),
    DOCX("Word document (DOCX)", List.of("docx"),
            List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    ODT("OpenDocument text (ODT)", List.of("odt"), List.of("application/vnd.oasis.opendocument.text")),
    HTML("HTML", List.of("html", "htm"), List.of("text/html", "application/xhtml+xml"));

    private static final MediaType TEXT_PLAIN = MediaType.TEXT_PLAIN;

    private final String label;
    private final List<String> extensions;
    private final List<MediaType> mediaTypes;

    DocumentFormat(String label, List<String> extensions, List<String> mediaTypes) {
        this.label = label;
        this.extensions = extensions;
        this.mediaTypes = mediaTypes.stream().map(MediaType::parse).toList();
    }

    String label() {
        return label;
    }

    /** ".txt, .pdf, .docx, .odt, .html/.htm" */
    static String acceptedExtensions() {
        return Arrays.stream(values())
                .map(f -> f.extensions.stream().map(e -> "." + e).collect(Collectors.joining("/")))
                .collect(Collectors.joining(", "));
    }

    /** The format a file name's extension promises. */
    static Optional<DocumentFormat> byFileName(String fileName) {
        String extension = FileNames.extension(fileName);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /**
     * The format of a detected media type: its own types, their aliases and specialisations (any
     * textual type counts as plain text, e.g. {@code text/x-log}), or empty.
     */
    static Optional<DocumentFormat> byMediaType(MediaType type, MediaTypeRegistry registry) {
        MediaType base = registry.normalize(type.getBaseType());
        for (DocumentFormat format : List.of(PDF, DOCX, ODT, HTML)) {
            for (MediaType own : format.mediaTypes) {
                if (base.equals(own) || registry.isSpecializationOf(base, own)) {
                    return Optional.of(format);
                }
            }
        }
        if (base.equals(TEXT_PLAIN) || registry.isSpecializationOf(base, TEXT_PLAIN)) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }
}
