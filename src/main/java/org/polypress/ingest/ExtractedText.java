package org.polypress.ingest;

import java.util.List;
import java.util.Objects;

/**
 * The text of one input document, ready for cleaning.
 *
 * <p>{@code text} uses {@code '\n'} line ends and never contains a byte-order mark, NUL or any other
 * C0 control character except {@code '\t'}, {@code '\n'} and {@code '\f'}. A form feed ends a page:
 * PDF extraction writes one after every page, as {@code pdftotext} does, and a plain text keeps the
 * form feeds it had. Nothing else is cleaned (glyph oddities, hyphenation and running headers are
 * left for the cleaning stage).
 *
 * @param text       the decoded text
 * @param mediaType  the detected media type without parameters, e.g. {@code application/pdf}
 * @param charset    the character encoding the bytes were decoded with (plain text and HTML), e.g.
 *                   {@code UTF-8} or {@code windows-1252}; {@code null} for PDF, DOCX and ODT, which
 *                   carry their own encoding
 * @param pageCount  number of pages: the PDF's pages, else the form-feed separated pages of the
 *                   text (a trailing form feed does not start a page), else 1
 * @param pagesKnown true when the page boundaries are real (a PDF, or a text with form feeds)
 * @param warnings   what a person should know about the extraction (replaced bytes, removed
 *                   control characters, pages without text, ...), in plain words
 * @param layout     what the PDF's layout says (raised markers, headings in larger type);
 *                   {@link LayoutEvidence#NONE} for every other input
 */
public record ExtractedText(String text, String mediaType, String charset, int pageCount, boolean pagesKnown,
                            List<String> warnings, LayoutEvidence layout) {
    public ExtractedText(String text, String mediaType, String charset, int pageCount, boolean pagesKnown,
                         List<String> warnings) {
        this(text, mediaType, charset, pageCount, pagesKnown, warnings, LayoutEvidence.NONE);
    }

    public ExtractedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(layout, "layout");
        if (pageCount < 1) {
            throw new IllegalArgumentException("pageCount must be at least 1: " + pageCount);
        }
        warnings = List.copyOf(warnings);
    }
}
