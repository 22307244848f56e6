package org.polypress.clean;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs labelled by a lower-case letter and a full stop ("a. The Federal Government is committed
 * ...", "b. We want ...", as the German AI strategy numbers its objectives a. to n.) or by a roman
 * numeral and a full stop ("II. We want a responsible development ..."). Alone, such a label is
 * ambiguous ("v. Commission", "p. 12", "c. 1850", a sentence that ends "... plan I."), so a label is
 * taken only in a run, in the order of the texts given (lines or blocks):
 * <ul>
 *   <li>a run opens with "a." or "I." when the next label of its style is "b." or "II.";</li>
 *   <li>it goes on with the successor of its last label, or the one after (a label the extraction
 *       lost, "d." merged into the line before);</li>
 *   <li>it counts when it holds at least {@value #MIN_RUN} labels.</li>
 * </ul>
 * The label must be followed by a capital: a lettered paragraph opens a sentence.
 */
public final class LetteredRuns {
    /** "a. The", "n. We". */
    public static final Pattern LETTER = Pattern.compile("^([a-z])\\.\\s+(?=\\p{Lu})");
    /** "I. We", "III. We". */
    public static final Pattern ROMAN = Pattern.compile("^([IVXLC]{1,6})\\.\\s+(?=\\p{Lu})");
    /** A run of fewer labels is not taken: "a." and "b." alone can be initials or abbreviations. */
    static final int MIN_RUN = 3;

    private LetteredRuns() {
    }

    /** The indexes of the texts that open with a label of an accepted run, letters and roman numerals. */
    public static Set<Integer> labelled(List<String> texts) {
        Set<Integer> out = new TreeSet<>();
        out.addAll(runs(texts, LETTER, false));
        out.addAll(runs(texts, ROMAN, true));
        return out;
    }

    private static Set<Integer> runs(List<String> texts, Pattern style, boolean roman) {
        int[] values = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            Matcher m = style.matcher(texts.get(i).strip());
            values[i] = m.lookingAt() ? (roman ? romanValue(m.group(1)) : m.group(1).charAt(0) - 'a' + 1) : 0;
        }
        Set<Integer> out = new TreeSet<>();
        Set<Integer> run = new TreeSet<>();
        int last = 0;
        for (int i = 0; i < values.length; i++) {
            int v = values[i];
            if (v <= 0) {
                continue;
            }
            if (v == 1 && nextLabel(values, i) == 2) {
                keep(run, out);
                run.add(i);
                last = 1;
            } else if (last > 0 && (v == last + 1 || v == last + 2)) {
                run.add(i);
                last = v;
            }
        }
        keep(run, out);
        return out;
    }

    private static void keep(Set<Integer> run, Set<Integer> out) {
        if (run.size() >= MIN_RUN) {
            out.addAll(run);
        }
        run.clear();
    }

    /** The value of the next label of the style after index i, or 0. */
    private static int nextLabel(int[] values, int i) {
        for (int k = i + 1; k < values.length; k++) {
            if (values[k] > 0) {
                return values[k];
            }
        }
        return 0;
    }

    /** A roman numeral's value, or 0 when the letters are not one written the usual way ("IIII", "VX"). */
    static int romanValue(String s) {
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return toRoman(total).equals(s) ? total : 0;
    }

    private static String toRoman(int n) {
        int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length && n > 0; i++) {
            while (n >= values[i]) {
                b.append(numerals[i]);
                n -= values[i];
            }
        }
        return b.toString();
    }
}
