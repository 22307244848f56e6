package org.polypress.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pdftotext's default output prints a bulleted list whose glyphs stand in a column of their own as
 * that column first, the texts after it: "Priority areas", "•", "•", "•", "•", blank, "Healthcare",
 * "Energy and utilities", "Agriculture", "Transport". Each glyph is put back before its item. A
 * column of numbers comes out the same way ("I.", "1.1", "1.2", blank, "A responsible foundation
 * ...", "Ethical principles ...": an overview table), and each number goes back before its item, in
 * order; the items then end at a line that opens with a label of its own.
 *
 * <p>The items are the lines after the glyphs, up to the next blank line; a line continues the item
 * before it when it starts in lower case, or, while there are more lines than glyphs, when its first
 * word would not have fitted on the line before (that line is filled to the column's width:
 * "... from the Danish Meteorological" / "Institute"). The glyphs are given back only when there are exactly as many items as glyphs;
 * otherwise the lines stay as they are. No character is added, changed or dropped: the glyphs
 * move. Pure.
 */
final class BulletColumns {
    /** A bullet glyph alone on its line. */
    private static final Pattern LONE_BULLET = Pattern.compile("[•●▪■◦‣∙]");

    private BulletColumns() {
    }

    static List<Page> apply(List<Page> pages) {
        List<Page> out = new ArrayList<>(pages.size());
        for (Page p : pages) {
            out.add(new Page(p.number(), displacedFirstWords(applyToLines(p.lines()))));
        }
        return out;
    }

    /** A bullet glyph and one word in capitals alone on a line: "• We", "• Working". */
    private static final Pattern GLYPH_AND_WORD = Pattern.compile("([•●▪■◦‣∙]) ?(\\p{Lu}\\S*)");

    /**
     * pdftotext's default output of a bulleted item whose glyph and first word sit apart from the
     * rest of its first line (set in another font or on a shifted baseline): the line without its
     * first word, then the glyph with that word, then the item's next lines ("will further develop
     * our existing Centres ...", "• We", "and develop them ..."). The glyph and word go back to the
     * start of the line they were taken from when that line follows the end of a sentence (the item
     * before, or the text that introduces the list) and does not end one itself, and the item's
     * text is visibly cut around the glyph (the line before or after it starts in lower case; a
     * heading over a list of one-word items is left alone). No character is added or dropped.
     */
    static List<String> displacedFirstWords(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (int i = 2; i + 1 < out.size(); i++) {
            Matcher m = GLYPH_AND_WORD.matcher(out.get(i).strip());
            String line = out.get(i - 1).strip();
            String next = out.get(i + 1).strip();
            if (m.matches() && !line.isEmpty() && !next.isEmpty()
                    && BlockBuilder.endsSentence(NoteRefs.strip(out.get(i - 2))) && !BlockBuilder.endsSentence(line)
                    && !LONE_BULLET.matcher(line.substring(0, 1)).matches()
                    // the item's text is cut mid-sentence around the glyph: a line in lower case on one side
                    && (Character.isLowerCase(line.codePointAt(0)) || Character.isLowerCase(next.codePointAt(0)))) {
                out.set(i - 1, m.group(1) + " " + m.group(2) + " " + line);
                out.remove(i);
            }
        }
        return out;
    }

    static List<String> applyToLines(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int k = run(lines, i);
            if (k >= 2) {
                int j = i + k;
                while (j < lines.size() && lines.get(j).isBlank()) {
                    j++;
                }
                int end = j;
                while (end < lines.size() && !lines.get(end).isBlank() && !isLoneBullet(lines.get(end))
                        && !isLoneLabel(lines.get(end)) && !(end > j && LineStarts.UNIT.matcher(lines.get(end).strip()).lookingAt())) {
                    end++;
                }
                List<List<String>> items = items(lines.subList(j, end), k);
                if (j > i + k && items.size() == k) {
                    for (int n = 0; n < k; n++) {
                        List<String> item = items.get(n);
                        out.add(lines.get(i + n).strip() + " " + item.get(0).strip());
                        out.addAll(item.subList(1, item.size()));
                    }
                    i = end;
                    continue;
                }
                out.addAll(lines.subList(i, i + k));
                i += k;
                continue;
            }
            out.add(lines.get(i));
            i++;
        }
        return out;
    }

    /** How many lines from {@code i} are the same lone bullet glyph, or lone labels ("I.", "1.1", "1.2"). */
    private static int run(List<String> lines, int i) {
        if (isLoneLabel(lines.get(i))) {
            int k = 0;
            while (i + k < lines.size() && isLoneLabel(lines.get(i + k))) {
                k++;
            }
            return k;
        }
        if (!isLoneBullet(lines.get(i))) {
            return 0;
        }
        String glyph = lines.get(i).strip();
        int k = 0;
        while (i + k < lines.size() && lines.get(i + k).strip().equals(glyph)) {
            k++;
        }
        return k;
    }

    /**
     * A unit label alone on its line, with its stop or bracket ("I.", "1.1", "2.", "a)", "(3)"): a
     * bare number is not one (a page number, a figure's value).
     */
    private static final Pattern LONE_LABEL = Pattern.compile(
            "\\d{1,2}(?:\\.\\d{1,2})+\\.?|\\d{1,2}[.)]|[IVXLC]{1,6}\\.|\\(?\\p{Ll}\\)|\\(\\d{1,3}\\)");

    private static boolean isLoneLabel(String line) {
        return LONE_LABEL.matcher(line.strip()).matches();
    }

    private static boolean isLoneBullet(String line) {
        return LONE_BULLET.matcher(line.strip()).matches();
    }

    /**
     * The lines grouped into {@code count} items, or fewer or more when they cannot be: a line in
     * lower case continues its item; then, while there are more items than glyphs, the fullest line
     * whose next line's first word would not have fitted on it (the column's width is its longest
     * line) is joined to that next line.
     */
    static List<List<String>> items(List<String> lines, int count) {
        List<List<String>> items = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (!items.isEmpty() && Character.isLowerCase(t.codePointAt(0))) {
                items.get(items.size() - 1).add(line);
            } else {
                items.add(new ArrayList<>(List.of(line)));
            }
        }
        int width = lines.stream().mapToInt(l -> l.strip().length()).max().orElse(0);
        while (items.size() > count) {
            int best = -1;
            int bestLength = -1;
            for (int i = 0; i + 1 < items.size(); i++) {
                String last = items.get(i).get(items.get(i).size() - 1).strip();
                String next = items.get(i + 1).get(0).strip();
                if (last.length() + 1 + BlockBuilder.firstWord(next).length() > width && last.length() > bestLength) {
                    best = i;
                    bestLength = last.length();
                }
            }
            if (best < 0) {
                break;
            }
            items.get(best).addAll(items.remove(best + 1));
        }
        return items;
    }

}
