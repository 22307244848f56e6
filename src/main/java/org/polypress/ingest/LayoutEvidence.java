package org.polypress.ingest;

import java.util.List;
import java.util.Objects;

/**
 * What a PDF's layout says about its text, beyond the characters: which digit runs are set raised
 * (superscript footnote markers) and which lines are set in larger, bolder or italic type than the
 * body (headings). Read from PDFBox's text positions by the PDF extraction; plain text has none
 * ({@link #NONE}), and every consumer must then fall back on the text's own shape.
 *
 * <p>Evidence is keyed by what the cleaning stage still sees after glyph normalisation and furniture
 * removal: a page number and the text itself, never character offsets (which those steps move).
 *
 * @param bodyFontSize the most common font size of the document's characters (points), 0 when unknown
 * @param raised       runs of raised characters (smaller type lifted above the baseline), in reading order
 * @param styled       lines whose type is larger, bolder or italic where the body text is not, or in small
 *                     capitals, in reading order
 * @param cells        lines whose words stand in separate cells of a table or columns of a signature
 *                     block: a gap wider than {@link #CELL_GAP} ems lies between them, in reading order
 */
public record LayoutEvidence(double bodyFontSize, List<Raised> raised, List<StyledLine> styled, List<CellLine> cells) {
    /**
     * A gap of this many ems (of the line's type size) between two words on one baseline separates
     * cells: a word space is about a quarter of an em, a justified line stretches it to about one,
     * and a hanging label ("(1)", "c)") stands up to about 1.6 ems before its text in the Official
     * Journal and the gazettes; table gutters and signature columns are wider.
     */
    public static final double CELL_GAP = 2.0;

    /**
     * A line is in larger type when its size is at least this many times the body's: a heading is
     * at least one step up the typographic scale (10 to 12, 11 to 13 points), about a sixth larger.
     */
    public static final double LARGER = 1.15;

    /** No layout evidence: the input was text. */
    public static final LayoutEvidence NONE = new LayoutEvidence(0, List.of(), List.of(), List.of());

    public LayoutEvidence {
        raised = List.copyOf(raised);
        styled = List.copyOf(styled);
        cells = List.copyOf(cells);
    }

    /** Evidence without cell lines. */
    public LayoutEvidence(double bodyFontSize, List<Raised> raised, List<StyledLine> styled) {
        this(bodyFontSize, raised, styled, List.of());
    }

    /** Whether the extraction could read the layout at all (a PDF with text positions). */
    public boolean present() {
        return bodyFontSize > 0;
    }

    /** Whether a styled line is clearly larger than the body (else it is styled for being bold). */
    public boolean larger(StyledLine line) {
        return present() && line.fontSize() >= bodyFontSize * LARGER;
    }

    /**
     * A raised run: "1" set as a superscript after "Regulation (EEC) No 295/91".
     *
     * @param page   1-based page number (form-feed pages of the extracted text)
     * @param text   the raised characters, e.g. "1" or "12"
     * @param before up to 20 non-blank characters that precede the run on its line, as extracted
     *               (whitespace folded to single spaces); empty at a line start
     */
    public record Raised(int page, String text, String before) {
        public Raised {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(before, "before");
        }
    }

    /**
     * A line set in distinctive type.
     *
     * @param page     1-based page number
     * @param text     the line's text as extracted, whitespace folded and stripped
     * @param fontSize the line's dominant font size (points)
     * @param bold     whether most of its characters are in a bold face
     * @param italic   whether most of its characters are in an italic or oblique face
     * @param smallCaps whether it is set in small capitals (capitals, word initials larger)
     * @param baseline the median baseline of its glyphs in the page's text space (points from the top,
     *                 growing downwards), or NaN when not known
     */
    public record StyledLine(int page, String text, double fontSize, boolean bold, boolean italic, boolean smallCaps,
                             double baseline) {
        public StyledLine {
            Objects.requireNonNull(text, "text");
        }

        /** A line whose baseline is not known. */
        public StyledLine(int page, String text, double fontSize, boolean bold, boolean italic, boolean smallCaps) {
            this(page, text, fontSize, bold, italic, smallCaps, Double.NaN);
        }

        /** A line in upright type, not in small capitals. */
        public StyledLine(int page, String text, double fontSize, boolean bold) {
            this(page, text, fontSize, bold, false, false);
        }

        /** A line not in small capitals. */
        public StyledLine(int page, String text, double fontSize, boolean bold, boolean italic) {
            this(page, text, fontSize, bold, italic, false);
        }
    }

    /**
     * A line whose words stand in cells: "3. Impactul social" in a table's label column and
     * "Creşterea şi diversificarea ..." in its value column, printed on one baseline and written by the
     * text stripper as one line.
     *
     * @param page  1-based page number
     * @param cells the cells' texts as extracted, whitespace folded and stripped, left to right; at least two
     */
    public record CellLine(int page, List<String> cells) {
        public CellLine {
            cells = List.copyOf(cells);
            if (cells.size() < 2) {
                throw new IllegalArgumentException("a cell line has at least two cells: " + cells);
            }
        }
    }
}
