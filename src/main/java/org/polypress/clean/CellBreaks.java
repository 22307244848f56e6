package org.polypress.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import org.polypress.ingest.LayoutEvidence;

/**
 * Table cells that the text stripper wrote as one line. A form such as the Romanian explanatory
 * memorandum ("Notă de fundamentare") is a two-column table: a numbered label cell ("3. Impactul
 * social") beside its value ("Creşterea şi diversificarea exporturilor ..."). Where both cells start
 * on the same baseline, PDFBox writes them as one line, and the label would run into its value. The
 * layout evidence ({@link LayoutEvidence#cells()}) shows the gutter between them; the line is cut
 * there into lines of their own, with a blank line between, so each cell is a block. No character is
 * changed, none moved: the cells keep their order.
 *
 * <p>A label alone in its cell ("(1)", "c)": a hanging indent, not a table) stays with the text after
 * it. Without layout evidence (text input) nothing changes. Pure.
 */
final class CellBreaks {
    private CellBreaks() {
    }

    /** @param normalize what the cleaner did to the text's characters, done to the evidence's cells too */
    static List<Page> apply(List<Page> pages, LayoutEvidence layout, UnaryOperator<String> normalize) {
        if (layout.cells().isEmpty()) {
            return pages;
        }
        Map<Integer, Map<String, List<Integer>>> byPage = new HashMap<>();
        for (LayoutEvidence.CellLine line : layout.cells()) {
            List<Integer> words = new ArrayList<>();
            StringBuilder whole = new StringBuilder();
            int count = 0;
            for (int i = 0; i < line.cells().size(); i++) {
                String cell = fold(normalize.apply(line.cells().get(i)));
                count += cell.isEmpty() ? 0 : cell.split(" ").length;
                // A label alone in its cell stays with the next cell; a contents entry with its page number.
                if (i < line.cells().size() - 1 && !labelAlone(cell) && !contentsEntry(cell, line.cells().get(i + 1))) {
                    words.add(count);
                }
                whole.append(whole.length() == 0 ? "" : " ").append(cell);
            }
            words.removeIf(w -> w == 0);
            if (!words.isEmpty()) {
                byPage.computeIfAbsent(line.page(), p -> new HashMap<>()).putIfAbsent(whole.toString(), List.copyOf(words));
            }
        }
        List<Page> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            Map<String, List<Integer>> lines = byPage.get(page.number());
            if (lines == null) {
                out.add(page);
                continue;
            }
            List<String> cut = new ArrayList<>(page.lines().size());
            boolean changed = false;
            for (String l : page.lines()) {
                List<Integer> at = lines.get(fold(l));
                if (at == null) {
                    cut.add(l);
                    continue;
                }
                changed = true;
                int from = 0;
                for (int words : at) {
                    int end = afterWords(l, words);
                    cut.add(l.substring(from, end).strip());
                    cut.add("");
                    from = end;
                }
                cut.add(l.substring(from).strip());
            }
            out.add(changed ? new Page(page.number(), cut) : page);
        }
        return out;
    }

    /** "(1)", "c)", "2.", "•", a note's "1": a unit label with nothing after it. */
    static boolean labelAlone(String cell) {
        if (cell.matches("\\d{1,3}")) {
            return true;
        }
        Matcher m = LineStarts.UNIT.matcher(cell + " ");
        return m.lookingAt() && cell.substring(Math.min(cell.length(), m.end())).isBlank();
    }

    /**
     * A contents line: an entry and its page number, set flush right ("3.1 Strengthening research
     * . . . . 12", or without leader dots).
     */
    static boolean contentsEntry(String cell, String next) {
        return LEADER.matcher(cell).find() || PAGE_NUMBER.matcher(next.strip()).matches();
    }

    private static final java.util.regex.Pattern LEADER = java.util.regex.Pattern.compile("(?:\\.\\s*){3,}$|…$");
    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile("\\d{1,4}");

    /** The index in {@code line} just after its first {@code words} whitespace-separated words. */
    private static int afterWords(String line, int words) {
        int seen = 0;
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && space(line.charAt(i))) {
                i++;
            }
            if (i == line.length()) {
                break;
            }
            while (i < line.length() && !space(line.charAt(i))) {
                i++;
            }
            if (++seen == words) {
                return i;
            }
        }
        return line.length();
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String fold(String s) {
        return s.replaceAll("(?U)\\s+", " ").strip();
    }
}
