package org.polypress.publish.parallel;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a translation keeps of a passage whatever the language: its numbers ("10 000" in French is
 * "10,000" in English: digits only are compared), its acronyms and coded names ("NIS", "ANSSI",
 * "MonEspaceNIS2": a word with two capitals or with a digit) and its web addresses. The side-by-side
 * page pairs passages that share them; a rule of typography, not of one language.
 */
final class Anchors {
    /** A number as printed, with the thousands separators of any language (space, no-break space, comma, dot). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[\\s\\u00A0\\u202F.,]\\d{3}(?!\\d))*");
    /**
     * Acronyms (two to five capitals: a longer word in capitals is a heading's word, which is
     * translated), words with a digit ("MonEspaceNIS2"), and names with a capital inside ("MonEspace").
     */
    private static final Pattern CODED = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{Lu}{2,5}|\\p{L}+\\p{N}[\\p{L}\\p{N}]*"
            + "|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}])");
    /** A host name ("eur-lex.europa.eu"), looked for in one run of {@link #isHostChar} characters. */
    private static final Pattern ADDRESS = Pattern.compile("[\\p{L}\\p{N}-]++(?:\\.[\\p{L}\\p{N}-]+)+\\.(?:[a-z]{2,})\\b");
    /** The longest host name DNS allows: a longer run of letters, digits, dots and hyphens is not one. */
    private static final int LONGEST_HOST = 253;

    private Anchors() {
    }

    static Set<String> of(String text) {
        Set<String> anchors = new HashSet<>();
        addresses(text, anchors);
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            anchors.add("#" + m.group().replaceAll("\\D", ""));
        }
        m = CODED.matcher(text);
        while (m.find()) {
            anchors.add(m.group());
        }
        return anchors;
    }

    /**
     * The host names in a text, each run of letters, digits, dots and hyphens searched on its own
     * and only when it could be one (a dot, at most {@link #LONGEST_HOST} characters): linear in the
     * text. Searched whole, a word of 100,000 letters took minutes (every letter tried as a start,
     * each try running to the word's end) and one of 500,000 "a." overflowed the stack.
     */
    private static void addresses(String text, Set<String> anchors) {
        int start = -1;
        boolean dot = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (isHostChar(c)) {
                if (start < 0) {
                    start = i;
                    dot = false;
                }
                dot |= c == '.';
            } else if (start >= 0) {
                if (dot && i - start <= LONGEST_HOST) {
                    Matcher m = ADDRESS.matcher(text).region(start, i);
                    while (m.find()) {
                        anchors.add(m.group().toLowerCase(java.util.Locale.ROOT));
                    }
                }
                start = -1;
            }
        }
    }

    private static boolean isHostChar(char c) {
        return c == '.' || c == '-' || Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    /**
     * Dice's coefficient of two sets of anchors, each weighed 2 / its frequency (an anchor in
     * one block of each version weighs 1; one missing from the map too); -1 when neither has any
     * (no evidence either way).
     */
    static double overlap(Set<String> a, Set<String> b, java.util.Map<String, Integer> frequency) {
        if (a.isEmpty() && b.isEmpty()) {
            return -1;
        }
        double common = 0;
        double total = 0;
        for (String x : a) {
            double w = Math.min(1.0, 2.0 / frequency.getOrDefault(x, 2));
            total += w;
            if (b.contains(x)) {
                common += 2 * w;
            }
        }
        for (String x : b) {
            total += Math.min(1.0, 2.0 / frequency.getOrDefault(x, 2));
        }
        return total == 0 ? 0 : common / total;
    }
}
