package org.polypress.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a document writes with digits glued to letters: "MonEspaceNIS2", "G20", "CO2". A footnote
 * marker glued to a word ("Union2,") reads the same, so a word with digits is taken for a name when
 * the document itself shows it is one: it prints it somewhere a marker cannot stand, with a letter,
 * a digit or a web address going on after it ("monespacenis2.cyber.gouv.fr", "NIS2-compliant").
 * How often a word with digits recurs is no evidence: where notes are numbered per page (the
 * European Parliament's texts), "Commission1" may well stand on three pages. Case is ignored.
 * Immutable.
 */
final class DigitNames {
    /** Letters, then digits; what follows decides whether a marker could stand there. */
    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\d])(\\p{L}+\\d{1,3})(?!\\d)(.?.?)");

    static final DigitNames NONE = new DigitNames(Set.of());

    private final Set<String> names;

    private DigitNames(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    static DigitNames of(List<Page> pages) {
        Set<String> names = new HashSet<>();
        for (Page p : pages) {
            for (String line : p.lines()) {
                Matcher m = TOKEN.matcher(line);
                while (m.find()) {
                    if (goesOn(m.group(2))) {
                        names.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return names.isEmpty() ? NONE : new DigitNames(names);
    }

    /** A letter, "_", "@", or a "." "-" "/" before a letter or digit: the token is part of a longer name. */
    private static boolean goesOn(String after) {
        if (after.isEmpty()) {
            return false;
        }
        char c = after.charAt(0);
        if (Character.isLetter(c) || c == '_' || c == '@') {
            return true;
        }
        return ".-/".indexOf(c) >= 0 && after.length() > 1 && Character.isLetterOrDigit(after.charAt(1));
    }

    /** Whether the letters ending at {@code end} in the text, with these digits, are one of the names. */
    boolean isName(String text, int end, String digits) {
        if (names.isEmpty()) {
            return false;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && names.contains((text.substring(start, end) + digits).toLowerCase(Locale.ROOT));
    }
}
