package org.polypress.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The label cells of a two-column form as pdftotext's default output interleaves them with their
 * values. A form such as the Romanian explanatory memorandum ("Notă de fundamentare") is a table: a
 * narrow numbered label cell ("1. Impact / macroeconomic") beside a wide value cell. pdftotext reads
 * the table by line: the label's first line, the value's first line, then the label's second line
 * between two lines of the value:
 *
 * <pre>
 * 1. Impact
 * Scopul prezentului act normativ este de a facilita accesul pe
 * macroeconomic
 * pieţe externe a producătorilor autohtoni, de crestere a
 * </pre>
 *
 * A line of a paragraph is short only at its end, and a sentence does not open in lower case; so a
 * short line in lower case inside a label's value, which neither can be, is the label's: it follows
 * a full value line that does not end a clause, and the line after it continues that one in lower
 * case; or it follows a value line that ends a sentence, or stands past a blank line after it. Such
 * lines move up to their label, in order, and a blank line then parts the label's cell from its
 * value's; no character changes. Pure.
 */
final class InterleavedLabels {
    /** A form's numbered label: "1. Impact", "2.Impact asupra", not ending as a sentence or a clause. */
    private static final Pattern LABEL = Pattern.compile("\\d{1,2}\\.\\s?\\p{Lu}[^.;:!?]*");
    /** A label cell is narrow: its lines hold a few words. */
    static final int MAX_LABEL_CHARS = 30;
    /** A stray label line is at most this share of the value line before it. */
    static final double SHORT_SHARE = 0.5;
    /** A full line: at least this share of the page's longest lines (its measure). */
    static final double FULL_SHARE = 0.8;
    /** How many lines of a label's value are looked at: a form's values are a few lines long. */
    static final int MAX_VALUE_LINES = 15;

    private InterleavedLabels() {
    }

    static List<Page> apply(List<Page> pages) {
        List<Page> out = new ArrayList<>(pages.size());
        for (Page p : pages) {
            out.add(apply(p));
        }
        return out;
    }

    private static Page apply(Page page) {
        List<String> lines = new ArrayList<>(page.lines());
        int measure = measure(lines);
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!isLabel(lines.get(i))) {
                continue;
            }
            List<Integer> strays = new ArrayList<>();
            for (int j = i + 2; j < lines.size() && j <= i + MAX_VALUE_LINES; j++) {
                String line = lines.get(j).strip();
                if (isLabel(line)) {
                    break;
                }
                if (line.isEmpty()) {
                    // The label's last line may stand after the value, past a blank line: the value
                    // ended its sentence (or the label's line before it was moved), and a short line
                    // in lower case, which opens no sentence, comes next ("veniturilor bugetare," /
                    // "" / "plus/minus" / "2. Modificări ale").
                    String after = j + 1 < lines.size() ? lines.get(j + 1).strip() : "";
                    String beyond = j + 2 < lines.size() ? lines.get(j + 2).strip() : "";
                    String before = lines.get(j - 1).strip();
                    if ((strays.contains(j - 1) || BlockBuilder.endsSentence(before)) && isLabelTail(after, beyond)) {
                        strays.add(j + 1);
                    }
                    break;
                }
                String before = lines.get(j - 1).strip();
                String after = j + 1 < lines.size() ? lines.get(j + 1).strip() : "";
                if (isStray(line, before, after, measure)) {
                    strays.add(j);
                }
            }
            int at = i + 1;
            for (int s : strays) {
                // Removing a later line and inserting it earlier leaves the lines after it in place.
                lines.add(at++, lines.remove(s));
                changed = true;
            }
            if (!strays.isEmpty() && at < lines.size() && !lines.get(at).isBlank()) {
                // The label cell ends where its value's cell begins: a blank line between them, as
                // between two blocks, so that a label ending in a comma does not run into its value.
                lines.add(at, "");
            }
            i = at - 1;
        }
        return changed ? new Page(page.number(), lines) : page;
    }

    private static boolean isLabel(String line) {
        String t = line.strip();
        return t.length() <= MAX_LABEL_CHARS && LABEL.matcher(t).matches();
    }

    /** A label's last line after a blank: short, in lower case, no sentence's end, and a label, a blank or a capital after it. */
    private static boolean isLabelTail(String line, String after) {
        return !line.isEmpty() && line.length() <= MAX_LABEL_CHARS && Character.isLowerCase(line.codePointAt(0))
                && !BlockBuilder.endsSentence(line) && !isLabel(line)
                && (after.isEmpty() || isLabel(after) || !Character.isLowerCase(after.codePointAt(0)));
    }

    /** A label's line standing among its value's lines. */
    private static boolean isStray(String line, String before, String after, int measure) {
        if (line.length() > MAX_LABEL_CHARS || !Character.isLowerCase(line.codePointAt(0))
                || line.length() > SHORT_SHARE * before.length() || BlockBuilder.endsSentence(line)) {
            return false;
        }
        if (BlockBuilder.endsSentence(before)) {
            return after.isEmpty() || isLabel(after) || !Character.isLowerCase(after.codePointAt(0));
        }
        return before.length() >= FULL_SHARE * measure && !BlockBuilder.endsClause(before)
                && !after.isEmpty() && Character.isLowerCase(after.codePointAt(0));
    }

    /** The page's measure: the length its longest lines reach (the 90th percentile, so one long line does not set it). */
    private static int measure(List<String> lines) {
        List<Integer> lengths = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                lengths.add(l.strip().length());
            }
        }
        if (lengths.isEmpty()) {
            return 0;
        }
        lengths.sort(null);
        return lengths.get((int) Math.floor(0.9 * (lengths.size() - 1)));
    }
}
