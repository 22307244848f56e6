package org.polypress.publish.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A rendered PDF edition: the file's bytes, its page count and the warnings FOP reported while
 * laying it out (deduplicated, in the order first seen). A missing glyph is reported as a warning
 * containing {@code "not available in font"}; callers that must not print boxes fail on it.
 *
 * @param pdf      the PDF file (PDF/A-2b, tagged); not copied, do not modify
 * @param pages    number of pages
 * @param warnings FOP's warnings and errors, human-readable
 */
public record PdfEdition(byte[] pdf, int pages, List<String> warnings) {

    /** Phrase FOP uses for a character no configured font can draw. */
    public static final String MISSING_GLYPH = "not available in font";

    public PdfEdition {
        Objects.requireNonNull(pdf, "pdf");
        warnings = List.copyOf(warnings);
    }

    /** The warnings that report characters printed without a glyph (as "#"). */
    public List<String> missingGlyphs() {
        return warnings.stream().filter(w -> w.contains(MISSING_GLYPH)).toList();
    }
}
