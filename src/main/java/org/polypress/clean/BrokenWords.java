package org.polypress.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.polypress.profile.LanguageProfile;

/**
 * Words that the tools upstream (a PDF's fonts, an OCR, a typesetter's keyboard) broke, put back:
 * <ul>
 * <li>a word written in two scripts, Latin and Greek or Latin and Cyrillic, whose letters of one
 *     script all look like letters of the other (Unicode's confusables: Latin "A" and Greek "Α"): the
 *     script that has letters of its own in the word is the word's, and the lookalikes become its
 *     letters ("NOMOΣ" → "ΝΟΜΟΣ", "TΗΣ" → "ΤΗΣ", "ΧΜL" → "XML", "ΝΟRWΑΥ" → "NORWAY", Croatian "оd" with
 *     a Cyrillic "о" → "od"); a word whose both scripts have letters of their own is left alone;</li>
 * <li>U+2206 INCREMENT, which Greek gazettes' fonts give for the capital delta, beside Greek letters
 *     ("ΕΦΗΜΕΡΙ∆Α" → "ΕΦΗΜΕΡΙΔΑ");</li>
 * <li>letters the language writes otherwise than the fonts had them, from the profile (key
 *     {@code letters.replace}: Romanian ş ţ with cedilla, the letters of pre-2003 fonts, are ș ț
 *     with the comma below).</li>
 * </ul>
 * Only letters change, never a word's length or a digit; every repair is counted by kind for the
 * report ("homoglyph", "delta", "letter"), with the first words repaired as examples.
 */
public final class BrokenWords {
    /**
     * @param text     the text with the words put back
     * @param repairs  characters changed, by kind
     * @param examples the first words repaired, "NOMOΣ → ΝΟΜΟΣ", at most {@link Repairs#LIMIT}
     */
    public record Result(String text, Map<String, Integer> repairs, List<String> examples) {
        public Result {
            repairs = java.util.Collections.unmodifiableMap(new TreeMap<>(repairs));
            examples = List.copyOf(examples);
        }
    }

    /** Latin letters and their lookalikes in Greek and in Cyrillic (capitals, and the few small letters that look alike). */
    private static final String LATIN = "ABEHIKMNOPTXYZov" + "ABCEHKMOPTXYaceopxy";
    private static final String OTHER = "ΑΒΕΗΙΚΜΝΟΡΤΧΥΖον" + "АВСЕНКМОРТХУасеорху";
    private static final int GREEK_PAIRS = 16;
    private static final char INCREMENT = '\u2206';

    private final Map<Character, Character> letters;

    /** @param letters letters to replace in every word, from=to (a profile's {@code letters.replace}) */
    BrokenWords(Map<Character, Character> letters) {
        this.letters = Map.copyOf(letters);
    }

    /** The repairs for a language: the confusables for all, the profile's letters for its own. */
    public static BrokenWords of(LanguageProfile profile) {
        Map<Character, Character> letters = new HashMap<>();
        for (String pair : profile.list("letters.replace")) {
            String[] p = pair.split("=");
            if (p.length == 2 && p[0].strip().length() == 1 && p[1].strip().length() == 1) {
                letters.put(p[0].strip().charAt(0), p[1].strip().charAt(0));
            }
        }
        return new BrokenWords(letters);
    }

    public Result apply(String text) {
        StringBuilder out = new StringBuilder(text);
        Map<String, Integer> repairs = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        int i = 0;
        while (i < out.length()) {
            if (!isWordChar(out.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < out.length() && isWordChar(out.charAt(end))) {
                end++;
            }
            String before = out.substring(i, end);
            String after = repairWord(before, repairs);
            if (!after.equals(before)) {
                out.replace(i, end, after);
                if (examples.size() < Repairs.LIMIT) {
                    examples.add(before + " → " + after);
                }
            }
            i = end;
        }
        return new Result(out.toString(), repairs, examples);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == INCREMENT || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private String repairWord(String w, Map<String, Integer> repairs) {
        char[] c = w.toCharArray();
        boolean greek = false;
        boolean cyrillic = false;
        boolean latin = false;
        for (char x : c) {
            Character.UnicodeScript s = Character.isLetter(x) ? Character.UnicodeScript.of(x) : null;
            greek |= s == Character.UnicodeScript.GREEK;
            cyrillic |= s == Character.UnicodeScript.CYRILLIC;
            latin |= s == Character.UnicodeScript.LATIN;
        }
        for (int k = 0; k < c.length; k++) {
            if (c[k] == INCREMENT && greek) {
                c[k] = 'Δ';
                repairs.merge("delta", 1, Integer::sum);
            }
        }
        if (latin && (greek ^ cyrillic)) {
            Character.UnicodeScript other = greek ? Character.UnicodeScript.GREEK : Character.UnicodeScript.CYRILLIC;
            boolean latinOwn = false;
            boolean otherOwn = false;
            for (char x : c) {
                if (!Character.isLetter(x)) {
                    continue;
                }
                Character.UnicodeScript s = Character.UnicodeScript.of(x);
                if (s == Character.UnicodeScript.LATIN) {
                    latinOwn |= lookalike(x, greek, true) < 0;
                } else if (s == other) {
                    otherOwn |= lookalike(x, greek, false) < 0;
                }
            }
            if (latinOwn != otherOwn) {
                // The script with letters of its own is the word's; the other's letters are lookalikes.
                for (int k = 0; k < c.length; k++) {
                    Character.UnicodeScript s = Character.isLetter(c[k]) ? Character.UnicodeScript.of(c[k]) : null;
                    boolean stranger = latinOwn ? s == other : s == Character.UnicodeScript.LATIN;
                    int at = stranger ? lookalike(c[k], greek, s == Character.UnicodeScript.LATIN) : -1;
                    if (at >= 0) {
                        c[k] = (latinOwn ? LATIN : OTHER).charAt(at);
                        repairs.merge("homoglyph", 1, Integer::sum);
                    }
                }
            }
        }
        for (int k = 0; k < c.length; k++) {
            Character to = letters.get(c[k]);
            if (to != null) {
                c[k] = to;
                repairs.merge("letter", 1, Integer::sum);
            }
        }
        return new String(c);
    }

    /** Where a letter stands in the lookalike table of Greek (or Cyrillic), from its Latin or other side; -1 when it has no lookalike. */
    private static int lookalike(char x, boolean greek, boolean fromLatin) {
        String side = fromLatin ? LATIN : OTHER;
        int from = greek ? 0 : GREEK_PAIRS;
        int to = greek ? GREEK_PAIRS : side.length();
        for (int k = from; k < to; k++) {
            if (side.charAt(k) == x) {
                return k;
            }
        }
        return -1;
    }
}
