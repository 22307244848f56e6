package org.polypress.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.polypress.ingest.LayoutEvidence;

/**
 * Sets on each block the type it is printed in, from the PDF's layout evidence: a block whose text
 * is one or more consecutive styled lines of its page is {@link Block.Type#LARGER} (every line
 * clearly larger than the body), {@link Block.Type#BOLD} or {@link Block.Type#ITALIC}; any other block of a document with
 * evidence is {@link Block.Type#BODY}. Without evidence (text input) blocks stay
 * {@link Block.Type#UNKNOWN}.
 *
 * <p>Blocks are joined, dehyphenated and glyph-normalised lines, and the evidence is the lines as
 * extracted: both are compared after glyph normalisation, without white space and hyphens.
 * Pure; one instance per document.
 */
final class TypeMarker {
    /** Blocks of more lines than this are running text, never a heading set in display type. */
    static final int MAX_LINES = 6;

    private final boolean present;
    private final LineStarts starts;
    private final Map<Integer, List<Styled>> byPage = new HashMap<>();

    private record Styled(String key, Block.Type type, double size, double baseline) {
    }

    /** @param normalize what the cleaner does to the text's characters, done to the layout's lines too */
    TypeMarker(LayoutEvidence layout, java.util.function.UnaryOperator<String> normalize) {
        this(layout, normalize, null);
    }

    /**
     * @param normalize what the cleaner does to the text's characters, done to the layout's lines too
     * @param starts    what opens a block (a label, a structure word), or null: a styled line so opened
     *                  is a heading of its own, never a heading's wrapped line
     */
    TypeMarker(LayoutEvidence layout, java.util.function.UnaryOperator<String> normalize, LineStarts starts) {
        this.starts = starts;
        this.present = layout.present();
        // A styled line whose words stand in cells ({@link CellBreaks}) styles each of its cells.
        Map<Integer, Map<String, List<String>>> cells = new HashMap<>();
        for (LayoutEvidence.CellLine c : layout.cells()) {
            cells.computeIfAbsent(c.page(), p -> new HashMap<>()).putIfAbsent(key(String.join("", c.cells())), c.cells());
        }
        for (LayoutEvidence.StyledLine s : layout.styled()) {
            Block.Type type = layout.larger(s) ? Block.Type.LARGER
                    : s.bold() ? Block.Type.BOLD : s.smallCaps() ? Block.Type.SMALL_CAPS : Block.Type.ITALIC;
            List<String> parts = cells.getOrDefault(s.page(), Map.of()).getOrDefault(key(s.text()), List.of(s.text()));
            for (String part : parts) {
                String key = key(normalize.apply(part));
                if (!key.isEmpty()) {
                    byPage.computeIfAbsent(s.page(), p -> new ArrayList<>()).add(new Styled(key, type, s.fontSize(), s.baseline()));
                }
            }
        }
    }

    List<Block> mark(List<Block> blocks) {
        if (!present) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            mark(b, out);
        }
        return joinWrappedHeadings(out);
    }

    /**
     * A heading wrapped over two lines of one display type, which the line joiner set apart (a
     * numbered heading's line, then a capital: "Initiative 3.3: Strong Danish participation in the EU"
     * / "Framework Programme for Research and Innovation"): the layout shows the two as consecutive
     * styled lines of the page in one type and one size, the second's baseline one line below the
     * first's (at most {@value #NEXT_LINE} sizes: not a heading further down), the first ending without punctuation and
     * the second opening with no label or structure word of its own, neither in capitals (a title in
     * capitals is a heading of its own, and capitals over capitals are joined by the line joiner). One heading.
     */
    private List<Block> joinWrappedHeadings(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            Block last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && wrapsInto(last, b)) {
                out.set(out.size() - 1, new Block(last.text() + " " + b.text(), last.page(), last.lines() + b.lines(),
                        last.box(), last.type()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * A dash, then lower case: a title going on past its dash ("2 Good starting point" / "– but
     * challenges as well"), not a dash-bulleted item, which opens with a capital.
     */
    private static final java.util.regex.Pattern DASH_THEN_LOWER = java.util.regex.Pattern.compile("^[–—]\\s+\\p{Ll}");

    /** The next line of a heading: its baseline at most this many font sizes below the line before. */
    static final double NEXT_LINE = 1.6;

    private boolean wrapsInto(Block a, Block b) {
        if (starts == null || a.page() != b.page() || a.type() != b.type() || a.lines() != 1 || b.lines() > 2
                || a.type() != Block.Type.LARGER && a.type() != Block.Type.BOLD) {
            return false;
        }
        String at = a.plain().strip();
        String bt = b.plain().strip();
        if (at.isEmpty() || bt.isEmpty() || ".:;!?".indexOf(at.charAt(at.length() - 1)) >= 0
                || !Character.isLetterOrDigit(at.codePointBefore(at.length()))
                || starts.opensBlock(bt) && !DASH_THEN_LOWER.matcher(bt).lookingAt()
                || starts.isStructureLabel(at) || isCapitals(at) || isCapitals(bt)) {
            return false;
        }
        List<Styled> lines = byPage.get(a.page());
        String ka = key(a.plain());
        String kb = key(b.plain());
        for (int i = 0; i + 1 < lines.size(); i++) {
            Styled x = lines.get(i);
            Styled y = lines.get(i + 1);
            double step = y.baseline() - x.baseline();
            if (x.key().equals(ka) && run(lines, i + 1, kb).length() == kb.length() && x.type() == y.type()
                    && x.size() == y.size() && step > 0 && step <= x.size() * NEXT_LINE) {
                return true;
            }
        }
        return false;
    }

    /**
     * A block wholly in styled lines takes their type. A block that opens with styled lines and goes
     * on in body type with a new sentence (a capital or a digit) is a heading that the line joiner ran
     * into its paragraph, as happens when no blank line separates them in the extracted text: it is
     * cut there, between two lines, into the heading and the paragraph. No character is changed.
     */
    private void mark(Block block, List<Block> out) {
        List<Styled> lines = byPage.get(block.page());
        String key = key(block.plain());
        if (lines == null || key.isEmpty()) {
            out.add(block.withType(Block.Type.BODY));
            return;
        }
        Run best = null;
        for (int i = 0; i < lines.size(); i++) {
            Run run = run(lines, i, key);
            if (run.length() == key.length() && block.lines() <= MAX_LINES) {
                int larger = largerLead(lines, i, run.count());
                int cut = larger == 0 ? -1 : cutAfter(block.text(), keyLength(lines, i, larger));
                if (cut > 0) {
                    // A title in larger type over its subtitle ("COVID-19 pandemic: lessons learned ..." in
                    // 14 pt, "European Parliament resolution of 12 July 2023 on ..." in 12 pt): two headings.
                    out.add(new Block(block.text().substring(0, cut).strip(), block.page(), larger, block.box(),
                            run(lines, i, key.substring(0, keyLength(lines, i, larger))).type()));
                    String rest = block.text().substring(cut).strip();
                    out.add(new Block(rest, block.page(), Math.max(1, block.lines() - larger), block.box(),
                            run(lines, i + larger, key(rest)).type()));
                    return;
                }
                out.add(block.withType(run.type()));
                return;
            }
            if (run.length() > 0 && (best == null || run.length() > best.length())) {
                best = run;
            }
        }
        int cut = best == null ? -1 : cutAfter(block.text(), best.length());
        if (cut > 0 && isCapitals(block.text().substring(0, cut)) && isCapitals(block.text().substring(cut))) {
            // A heading in capitals over several lines ("(I) EU PREVENTION OF, ... CROSS-BORDER HEALTH" /
            // "THREATS") whose last line the layout evidence missed: one heading, not a heading and text.
            out.add(block.withType(best.type()));
            return;
        }
        if (cut < 0 || !hasLetter(key.substring(0, best.length()))) {
            out.add(block.withType(Block.Type.BODY));
            return;
        }
        String rest = block.text().substring(cut).strip();
        int headingLines = Math.min(best.count(), block.lines() - 1);
        out.add(new Block(block.text().substring(0, cut).strip(), block.page(), headingLines, block.box(), best.type()));
        out.add(new Block(rest, block.page(), Math.max(1, block.lines() - headingLines), block.box(), Block.Type.BODY));
    }

    /**
     * How many of the {@code count} lines from {@code i} are set in a larger size than all the lines
     * after them; 0 when the sizes do not step down once (one size, or mixed).
     */
    private static int largerLead(List<Styled> lines, int i, int count) {
        if (count < 2) {
            return 0;
        }
        double first = lines.get(i).size();
        int m = 1;
        while (m < count && lines.get(i + m).size() == first) {
            m++;
        }
        if (m == count) {
            return 0;
        }
        double rest = lines.get(i + m).size();
        for (int k = m; k < count; k++) {
            if (lines.get(i + k).size() != rest) {
                return 0;
            }
        }
        return first >= rest * org.polypress.ingest.LayoutEvidence.LARGER ? m : 0;
    }

    private static int keyLength(List<Styled> lines, int i, int count) {
        int n = 0;
        for (int k = i; k < i + count; k++) {
            n += lines.get(k).key().length();
        }
        return n;
    }

    /** Letters all capitals, and at least one. */
    private static boolean isCapitals(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    /** Consecutive styled lines from line {@code i} that spell the start of {@code key}. */
    private record Run(int length, int count, Block.Type type) {
    }

    private static Run run(List<Styled> lines, int i, String key) {
        int at = 0;
        Block.Type type = Block.Type.LARGER;
        int j = i;
        while (j < lines.size() && at < key.length() && key.startsWith(lines.get(j).key(), at)) {
            at += lines.get(j).key().length();
            // A run is as distinctive as its least distinctive line.
            type = lines.get(j).type().compareTo(type) < 0 ? lines.get(j).type() : type;
            j++;
        }
        return new Run(at, j - i, type);
    }

    /**
     * Where to cut the text after its first {@code keyLength} key characters: at the white space that
     * follows them (a line join), when a capital or a digit starts what follows; -1 otherwise.
     */
    static int cutAfter(String text, int keyLength) {
        int seen = 0;
        int i = 0;
        while (i < text.length() && seen < keyLength) {
            char c = text.charAt(i);
            if (c == NoteRefs.OPEN) {
                int close = text.indexOf(NoteRefs.CLOSE, i);
                i = close < 0 ? text.length() : close + 1;
                continue;
            }
            if (isKeyChar(c)) {
                seen++;
            }
            i++;
        }
        if (seen < keyLength || i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
            return -1;
        }
        String rest = text.substring(i).strip();
        if (rest.isEmpty()) {
            return -1;
        }
        int first = rest.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) ? i : -1;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    /** The text without white space and hyphens (line-end hyphens are joined or kept by the cleaner). */
    static String key(String text) {
        StringBuilder k = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isKeyChar(c)) {
                k.append(c);
            }
        }
        return k.toString();
    }

    private static boolean isKeyChar(char c) {
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '\u2010' && c != '\u2011'
                && c != '\u00ad';
    }
}
