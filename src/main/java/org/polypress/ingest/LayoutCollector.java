package org.polypress.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Builds a document's {@link LayoutEvidence} from the glyphs PDFBox's text stripper writes, line by
 * line, in the order they are written: the body size, the raised digit runs and the lines set in
 * larger, bold, italic type or small capitals. Sizes are counted in half points (what PDF producers round type to), from the
 * glyph's text rendering matrix, which holds the font size, the text matrix and the page transform.
 * Not thread-safe: one instance per document.
 */
final class LayoutCollector {
    /**
     * A raised run's type is at most this share of its line's type: superscripts are set at 55-75 % of
     * the text size by word processors and typesetters; the margin covers rounding.
     */
    static final double RAISED_MAX_SIZE = 0.85;
    /**
     * A raised run's baseline is lifted by at least this share of its line's type size: superscripts
     * are raised by about a third of the size; a tenth of it is the jitter of a baseline.
     */
    static final double RAISED_MIN_LIFT = 0.15;
    /**
     * A line is bold (italic) when this share of its letters and digits is set in a bold (italic)
     * face: a marker, a digit or a word in another face may not be.
     */
    static final double FACE_SHARE = 0.8;
    /** Headings are short: longer lines are not kept as styled (a line of running text is about 100 characters). */
    static final int MAX_STYLED_CHARS = 300;
    /** How many non-blank characters before a raised run are kept to place it. */
    static final int BEFORE_CHARS = 20;

    private final List<TextPosition> glyphs = new ArrayList<>();
    /** A word separator was written before the glyph at the same index. */
    private final List<Boolean> spaceBefore = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean pendingSpace;

    /** Per font: bit 1 bold, bit 2 italic. */
    private final Map<PDFont, Integer> faces = new IdentityHashMap<>();
    /** Per size in half points: visible glyphs, bold ones, italic ones. */
    private final Map<Integer, long[]> charsBySize = new HashMap<>();
    private final List<LayoutEvidence.Raised> raised = new ArrayList<>();
    private final List<LayoutEvidence.CellLine> cells = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();

    /** The last line summarised: its page, dominant size, baseline and closing characters. */
    private record Previous(int page, int halfPoints, float baseline, String end) {
    }

    private Previous previous;

    /** A line's summary, kept until the body size is known. */
    private record Line(int page, String text, int halfPoints, boolean bold, boolean italic, boolean smallCaps, float baseline) {
    }

    /** The text the stripper writes and the glyphs it was written from. */
    void add(String written, List<TextPosition> positions) {
        for (int i = 0; i < written.length(); i++) {
            text.append(asExtracted(written.charAt(i)));
        }
        for (TextPosition p : positions) {
            glyphs.add(p);
            spaceBefore.add(pendingSpace);
            pendingSpace = false;
        }
    }

    void wordSeparator() {
        text.append(' ');
        pendingSpace = true;
    }

    /** Ends the current line (a line separator, a paragraph, page or article end); no-op on an empty line. */
    void endLine(int page) {
        if (!glyphs.isEmpty()) {
            summarize(page);
        }
        glyphs.clear();
        spaceBefore.clear();
        text.setLength(0);
        pendingSpace = false;
    }

    LayoutEvidence finish() {
        if (charsBySize.isEmpty()) {
            return LayoutEvidence.NONE;
        }
        int body = 0;
        long most = -1;
        for (Map.Entry<Integer, long[]> e : charsBySize.entrySet()) {
            if (e.getValue()[0] > most || (e.getValue()[0] == most && e.getKey() < body)) {
                most = e.getValue()[0];
                body = e.getKey();
            }
        }
        // When the body itself is bold (italic), bold (italic) type is not a distinction.
        long[] bodyChars = charsBySize.get(body);
        boolean boldBody = bodyChars[1] * 2 > bodyChars[0];
        boolean italicBody = bodyChars[2] * 2 > bodyChars[0];
        List<LayoutEvidence.StyledLine> styled = new ArrayList<>();
        for (Line l : lines) {
            boolean larger = l.halfPoints() >= body * LayoutEvidence.LARGER;
            if (larger || (l.bold() && !boldBody) || (l.italic() && !italicBody) || l.smallCaps()) {
                styled.add(new LayoutEvidence.StyledLine(l.page(), l.text(), l.halfPoints() / 2.0, l.bold(), l.italic(),
                        l.smallCaps(), l.baseline()));
            }
        }
        return new LayoutEvidence(body / 2.0, raised, styled, cells);
    }

    private void summarize(int page) {
        int n = glyphs.size();
        int[] size = new int[n];
        boolean[] visible = new boolean[n];
        Map<Integer, Integer> count = new HashMap<>();
        int letters = 0;
        int boldLetters = 0;
        int italicLetters = 0;
        for (int i = 0; i < n; i++) {
            TextPosition g = glyphs.get(i);
            size[i] = halfPoints(g);
            String u = g.getUnicode();
            visible[i] = u != null && !u.isBlank();
            if (!visible[i]) {
                continue;
            }
            count.merge(size[i], 1, Integer::sum);
            int face = face(g.getFont());
            long[] bySize = charsBySize.computeIfAbsent(size[i], k -> new long[3]);
            bySize[0]++;
            bySize[1] += face & BOLD;
            bySize[2] += (face & ITALIC) >> 1;
            if (u.codePoints().anyMatch(Character::isLetterOrDigit)) {
                letters++;
                boldLetters += face & BOLD;
                italicLetters += (face & ITALIC) >> 1;
            }
        }
        if (count.isEmpty()) {
            return;
        }
        int dominant = dominant(count);
        findRaised(page, size, visible, dominant);
        float baseline = medianBaseline(size, visible, dominant);
        raisedLine(page, visible, dominant, baseline);
        previous = new Previous(page, dominant, baseline, before(n));
        cells(page, visible, dominant / 2.0);
        String folded = fold(text);
        if (!folded.isEmpty() && folded.length() <= MAX_STYLED_CHARS) {
            lines.add(new Line(page, folded, dominant, letters > 0 && boldLetters >= letters * FACE_SHARE,
                    letters > 0 && italicLetters >= letters * FACE_SHARE, isSmallCaps(size, dominant), baseline));
        }
    }

    /**
     * Splits the line where a gap of {@link LayoutEvidence#CELL_GAP} ems or more lies between two
     * visible glyphs on the same baseline (the text stripper writes a table row's cells as one line).
     */
    private void cells(int page, boolean[] visible, double points) {
        List<String> parts = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        TextPosition last = null;
        for (int i = 0; i < glyphs.size(); i++) {
            TextPosition g = glyphs.get(i);
            if (visible[i] && last != null) {
                double gap = g.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                boolean sameBaseline = Math.abs(g.getYDirAdj() - last.getYDirAdj()) < points / 2;
                if (sameBaseline && gap >= points * LayoutEvidence.CELL_GAP) {
                    parts.add(fold(cell));
                    cell.setLength(0);
                }
            }
            if (spaceBefore.get(i)) {
                cell.append(' ');
            }
            cell.append(java.util.Objects.toString(g.getUnicode(), ""));
            if (visible[i]) {
                last = g;
            }
        }
        if (!parts.isEmpty()) {
            parts.add(fold(cell));
            parts.removeIf(String::isEmpty);
            if (parts.size() >= 2) {
                cells.add(new LayoutEvidence.CellLine(page, parts));
            }
        }
    }

    /**
     * Small capitals as word processors set them: every letter a capital, most letters in the line's
     * dominant size and the initials of words in a larger one (an abbreviation such as "EU" may be
     * in full capitals throughout).
     */
    private boolean isSmallCaps(int[] size, int dominant) {
        int letters = 0;
        int small = 0;
        int initials = 0;
        boolean prevLetter = false;
        for (int i = 0; i < size.length; i++) {
            String u = glyphs.get(i).getUnicode();
            boolean letter = u != null && !u.isEmpty() && Character.isLetter(u.codePointAt(0));
            if (letter) {
                if (!u.codePoints().allMatch(Character::isUpperCase)) {
                    return false;
                }
                letters++;
                if (size[i] == dominant) {
                    small++;
                } else if (size[i] > dominant && (!prevLetter || spaceBefore.get(i))) {
                    initials++;
                }
            }
            prevLetter = letter;
        }
        // Four letters at least: a capital or two alone is an abbreviation, not a typeface.
        return letters >= 4 && initials > 0 && small * 2 >= letters;
    }

    /**
     * Digit runs in smaller type whose baseline is above the line's: the line's baseline is the
     * median baseline of its glyphs in the line's dominant size.
     */
    private void findRaised(int page, int[] size, boolean[] visible, int dominant) {
        int n = size.length;
        float[] baselines = new float[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (visible[i] && size[i] == dominant) {
                baselines[m++] = glyphs.get(i).getYDirAdj();
            }
        }
        Arrays.sort(baselines, 0, m);
        float baseline = baselines[m / 2];
        double points = dominant / 2.0;
        int i = 0;
        while (i < n) {
            if (!isRaisedDigit(i, size, dominant, baseline, points)) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder run = new StringBuilder(glyphs.get(i).getUnicode());
            i++;
            while (i < n && !spaceBefore.get(i) && isRaisedDigit(i, size, dominant, baseline, points)) {
                run.append(glyphs.get(i).getUnicode());
                i++;
            }
            raised.add(new LayoutEvidence.Raised(page, run.toString(), before(start)));
        }
    }

    private float medianBaseline(int[] size, boolean[] visible, int dominant) {
        float[] baselines = new float[size.length];
        int m = 0;
        for (int i = 0; i < size.length; i++) {
            if (visible[i] && size[i] == dominant) {
                baselines[m++] = glyphs.get(i).getYDirAdj();
            }
        }
        Arrays.sort(baselines, 0, m);
        return baselines[m / 2];
    }

    /**
     * A line of digits alone, in smaller type and lifted above the baseline of the line just before
     * it on the page, but not above that line's top: a superscript that the stripper wrote as a line
     * of its own (the "3" of the Polish "art. 36³"; PDFBox breaks a line where the baseline jumps).
     * It is raised after that line's last characters.
     */
    private void raisedLine(int page, boolean[] visible, int dominant, float baseline) {
        if (previous == null || previous.page() != page || dominant > previous.halfPoints() * RAISED_MAX_SIZE) {
            return;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < glyphs.size(); i++) {
            String u = glyphs.get(i).getUnicode();
            if (!visible[i]) {
                continue;
            }
            if (u == null || !u.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return;
            }
            digits.append(u);
        }
        double points = previous.halfPoints() / 2.0;
        double lift = previous.baseline() - baseline;
        if (digits.length() > 0 && digits.length() <= 3 && lift >= points * RAISED_MIN_LIFT && lift < points) {
            raised.add(new LayoutEvidence.Raised(page, digits.toString(), previous.end()));
        }
    }

    private boolean isRaisedDigit(int i, int[] size, int dominant, float baseline, double points) {
        String u = glyphs.get(i).getUnicode();
        if (u == null || u.isEmpty() || !u.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return size[i] <= dominant * RAISED_MAX_SIZE && baseline - glyphs.get(i).getYDirAdj() >= points * RAISED_MIN_LIFT;
    }

    /** Up to {@link #BEFORE_CHARS} non-blank characters before glyph {@code end}, whitespace folded. */
    private String before(int end) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < end; i++) {
            if (spaceBefore.get(i)) {
                s.append(' ');
            }
            s.append(java.util.Objects.toString(glyphs.get(i).getUnicode(), ""));
        }
        String folded = fold(s) + (end < spaceBefore.size() && spaceBefore.get(end) ? " " : "");
        int nonBlank = 0;
        int from = folded.length();
        while (from > 0) {
            if (folded.charAt(from - 1) != ' ') {
                if (nonBlank == BEFORE_CHARS) {
                    break;
                }
                nonBlank++;
            }
            from--;
        }
        return folded.substring(from).stripLeading();
    }

    private static int dominant(Map<Integer, Integer> count) {
        int best = 0;
        int most = -1;
        for (Map.Entry<Integer, Integer> e : count.entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && e.getKey() < best)) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** The glyph's type size in half points, from its text rendering matrix (font size, text matrix, page transform). */
    private static int halfPoints(TextPosition g) {
        return Math.round(Math.abs(g.getYScale()) * 2);
    }

    private static final int BOLD = 1;
    private static final int ITALIC = 2;

    /**
     * A bold face by its name ("Arial-BoldMT", "Roboto-Black") or its descriptor (weight 600 or more,
     * forced bold); an italic one by its name ("TimesNewRomanPS-ItalicMT", "Helvetica-Oblique") or its
     * descriptor (italic flag, slanted).
     */
    private int face(PDFont font) {
        if (font == null) {
            return 0;
        }
        return faces.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            PDFontDescriptor d = f.getFontDescriptor();
            boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy")
                    || (d != null && (d.getFontWeight() >= 600 || d.isForceBold()));
            boolean italic = name.contains("italic") || name.contains("oblique")
                    || (d != null && (d.isItalic() || d.getItalicAngle() != 0));
            return (bold ? BOLD : 0) | (italic ? ITALIC : 0);
        });
    }

    /**
     * A character as the extracted text has it: the XHTML events replace what XML cannot hold
     * (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) by U+FFFD.
     */
    private static char asExtracted(char c) {
        boolean invalid = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
        return invalid ? '\uFFFD' : c;
    }

    /** Whitespace runs as single spaces, no leading or trailing space. */
    static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
