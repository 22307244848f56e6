package org.polypress.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Two-column pages as pdftotext's {@code -layout} output prints them: each row holds a line of the
 * left column, a gutter of spaces, and the line of the right column beside it (a gazette's page: the
 * Greek Government Gazette, the Official Journal). Read row by row, the columns interleave; they are
 * read one after the other, left then right, as the page is read.
 *
 * <p>The evidence is the gutter: one position that, on at least {@value #MIN_SHARE_PERCENT} % of
 * the page's rows and on {@value #MIN_ROWS} rows or more, has two spaces with text on both sides,
 * where the left text reaches to within {@value #FILL} characters of the left column's edge (where the
 * upper quarter of those lines end) on most
 * of those rows (justified columns fill their measure; a table's ragged cells do not), and that
 * text crosses on no more than {@value #MAX_CROSSING_PERCENT} % of the rows. A row that crosses the
 * gutter (a running header, a title set across the page) is kept whole where it stands, and the
 * columns are read between such rows; two blank rows across the page end a band too (boxes of two
 * columns one under the other, each read left then right). A column's own vertical gap (two rows or more blank in it,
 * or one between rows that fill both columns) stays a blank line; rows where the columns'
 * baselines alternate make no gap, and none is put between the columns (a sentence runs on from the
 * foot of the left column to the head of the right one). Pages without such a gutter are unchanged. No character is
 * changed: lines are cut at the gutter and their right parts lose the gutter's spaces. Pure.
 */
final class LayoutColumns {
    static final int MIN_ROWS = 8;
    static final int MIN_SHARE_PERCENT = 40;
    static final int MAX_CROSSING_PERCENT = 15;
    /** A filled left line ends this close to the left column's edge (justified text; ragged last lines excepted). */
    static final int FILL = 6;

    /** @param pages the pages; @param split the numbers of the pages read column by column */
    record Result(List<Page> pages, List<Integer> split) {
        Result {
            pages = List.copyOf(pages);
            split = List.copyOf(split);
        }
    }

    private LayoutColumns() {
    }

    static Result apply(List<Page> pages) {
        List<Page> out = new ArrayList<>(pages.size());
        List<Integer> split = new ArrayList<>();
        for (Page p : pages) {
            int gutter = gutter(p.lines());
            if (gutter < 0) {
                out.add(p);
            } else {
                out.add(new Page(p.number(), read(p.lines(), gutter)));
                split.add(p.number());
            }
        }
        return new Result(out, split);
    }

    /** The gutter's position (a column index with a space before it and at it), or -1. */
    static int gutter(List<String> lines) {
        int rows = 0;
        int width = 0;
        for (String l : lines) {
            if (!l.isBlank()) {
                rows++;
                width = Math.max(width, l.stripTrailing().length());
            }
        }
        if (rows < MIN_ROWS) {
            return -1;
        }
        // Where each row's text starts and ends, so that each position costs a comparison per row
        // (a text without form feeds is one page of many rows).
        int[] first = new int[lines.size()];
        int[] last = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            first[i] = firstText(lines.get(i));
            last[i] = lastText(lines.get(i));
        }
        int best = -1;
        int bestBoth = 0;
        for (int c = width * 3 / 10; c <= width * 7 / 10; c++) {
            int both = 0;
            int crossing = 0;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (last[i] < 0 || l.length() <= c || first[i] >= c) {
                    continue; // blank, ending before the position, or all right of it
                }
                if (l.charAt(c) != ' ' || l.charAt(c - 1) != ' ') {
                    crossing++;
                } else if (last[i] >= c) {
                    both++;
                }
            }
            if (both > bestBoth && crossing * 100 <= MAX_CROSSING_PERCENT * rows) {
                best = c;
                bestBoth = both;
            }
        }
        if (best < 0 || bestBoth < MIN_ROWS || bestBoth * 100 < MIN_SHARE_PERCENT * rows || !filled(lines, best)) {
            return -1;
        }
        return best;
    }

    /** Most rows with text on both sides have their left text reach the left column's edge. */
    private static boolean filled(List<String> lines, int gutter) {
        List<Integer> ends = new ArrayList<>();
        for (String l : lines) {
            if (l.length() > gutter && l.charAt(gutter) == ' ' && !l.substring(0, gutter).isBlank()
                    && !l.substring(gutter).isBlank()) {
                ends.add(l.substring(0, gutter).stripTrailing().length());
            }
        }
        if (ends.isEmpty()) {
            return false;
        }
        // The column's edge: where the upper quarter of the lines end (one overlong line does not set it).
        ends.sort(null);
        int edge = ends.get(ends.size() * 3 / 4);
        long near = ends.stream().filter(e -> e >= edge - FILL).count();
        return near * 2 > ends.size();
    }

    private static List<String> read(List<String> lines, int gutter) {
        List<String> out = new ArrayList<>(lines.size());
        int from = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || crosses(lines.get(i), gutter)) {
                readColumns(lines.subList(from, i), gutter, out);
                if (i < lines.size()) {
                    out.add(lines.get(i));
                }
                from = i + 1;
            } else if (i > from && isBandBreak(lines, i)) {
                readColumns(lines.subList(from, i), gutter, out);
                out.add(""); // the blank rows between the bands
                from = i;
            }
        }
        return out;
    }

    /**
     * Rows i-2 and i-1 blank across the page and row i not: a band of the page ends (a page of
     * two-column boxes one under the other, each read left then right).
     */
    private static boolean isBandBreak(List<String> lines, int i) {
        return i >= 2 && !lines.get(i).isBlank() && lines.get(i - 1).isBlank() && lines.get(i - 2).isBlank();
    }

    private static boolean crosses(String line, int gutter) {
        return line.length() > gutter && (line.charAt(gutter) != ' ' || line.charAt(gutter - 1) != ' ')
                && !line.substring(0, gutter).isBlank();
    }

    /** The rows between crossing rows: the left column's lines, then the right column's. */
    private static void readColumns(List<String> rows, int gutter, List<String> out) {
        int n = rows.size();
        String[] left = new String[n];
        String[] right = new String[n];
        int indent = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            String r = rows.get(i);
            left[i] = r.substring(0, Math.min(gutter, r.length())).stripTrailing();
            right[i] = r.length() > gutter ? r.substring(gutter).stripTrailing() : "";
            if (!right[i].isBlank()) {
                indent = Math.min(indent, leadingSpaces(right[i]));
            }
        }
        for (int i = 0; i < n; i++) {
            if (!right[i].isBlank()) {
                right[i] = right[i].substring(indent);
            }
        }
        column(left, right, out);
        column(right, left, out);
    }

    /** One column's lines, with its own gaps as blank lines (the other column's rows decide). */
    private static void column(String[] mine, String[] other, List<String> out) {
        int n = mine.length;
        for (int i = 0; i < n; i++) {
            if (!mine[i].isBlank()) {
                out.add(mine[i]);
                continue;
            }
            int j = i;
            while (j < n && mine[j].isBlank()) {
                j++;
            }
            boolean allBlank = true;
            for (int k = i; k < j; k++) {
                allBlank &= other[k].isBlank();
            }
            boolean gap = allBlank || j - i >= 2
                    || (i > 0 && j < n && !other[i - 1].isBlank() && !other[j].isBlank()
                    && !mine[i - 1].isBlank());
            if (gap && i > 0 && j < n && (out.isEmpty() || !out.get(out.size() - 1).isEmpty())) {
                out.add("");
            }
            i = j - 1;
        }
    }

    /** The index of the row's first character that is not white space; the length when there is none. */
    private static int firstText(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the row's last character that is not white space; -1 when there is none. */
    private static int lastText(String s) {
        int i = s.length() - 1;
        while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
