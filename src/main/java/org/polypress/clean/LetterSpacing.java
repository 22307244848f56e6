package org.polypress.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles set in letter-spaced capitals (Dziennik Ustaw's "O B W I E S Z C Z E N I E", "U S T A W A";
 * Sperrsatz in German and Czech typesetting) come out of pdftotext's default output with spaces at
 * random places inside the words: "O B W IE S ZC ZE N I E", "M ARS ZA ŁK A S EJ M U R ZE C ZY P O S P O
 * LI T EJ". The spaces are typesetting, not text: such a line has its letters joined, and its word
 * breaks put back where the joined letters read as words of the document itself ("MARSZAŁKA SEJMU
 * RZECZYPOSPOLITEJ POLSKIEJ", from the same words elsewhere in the document); a line whose letters do
 * not read so is one word ("OBWIESZCZENIE") when short, and is left as printed otherwise.
 *
 * <p>Evidence of letter spacing: a line wholly in capitals of at least {@value #MIN_PIECES} pieces,
 * {@value #SHORT_SHARE_PERCENT}% or more of them one or two letters long and
 * {@value #SINGLE_SHARE_PERCENT}% or more single letters, but not all (words of display type are
 * rarely that short; rows of labels or codes are regular). Only letters and spaces are touched; no digit, no punctuation. Pure.
 */
final class LetterSpacing {
    static final int MIN_PIECES = 4;
    static final int SHORT_SHARE_PERCENT = 70;
    static final int SINGLE_SHARE_PERCENT = 40;
    /** Longest single word a line whose letters read as no words of the document may be. */
    static final int MAX_ONE_WORD = 20;
    private static final Pattern LETTERS_AND_SPACES = Pattern.compile("[\\p{Lu} ]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** What was joined: the line as printed and as joined. */
    record Result(String text, List<String> joined) {
    }

    private LetterSpacing() {
    }

    static Result apply(String text) {
        String[] lines = text.split("\n", -1);
        Set<String> vocabulary = null;
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!isLetterSpaced(line)) {
                continue;
            }
            if (vocabulary == null) {
                vocabulary = vocabulary(text);
            }
            String letters = line.strip().replace(" ", "");
            List<String> words = segment(letters, vocabulary);
            String out = words != null ? String.join(" ", words) : letters.length() <= MAX_ONE_WORD ? letters : null;
            if (out != null) {
                int lead = line.indexOf(line.strip());
                lines[i] = line.substring(0, lead) + out;
                joined.add(line.strip() + " → " + out);
            }
        }
        return joined.isEmpty() ? new Result(text, List.of()) : new Result(String.join("\n", lines), joined);
    }

    static boolean isLetterSpaced(String line) {
        String t = line.strip();
        if (!LETTERS_AND_SPACES.matcher(t).matches()) {
            return false;
        }
        String[] pieces = t.split(" +");
        if (pieces.length < MIN_PIECES) {
            return false;
        }
        int shortPieces = 0;
        int single = 0;
        int roman = 0;
        for (String p : pieces) {
            int n = p.codePointCount(0, p.length());
            shortPieces += n <= 2 ? 1 : 0;
            single += n == 1 ? 1 : 0;
            roman += p.matches("[IVXLCDM]+") ? 1 : 0;
        }
        // pdftotext groups the letters of a spaced word at random: single letters beside pairs and
        // triples. A row of single letters only ("A B C D": column labels), of pairs only ("BE BG CZ
        // DK": country codes) or of roman numbers ("I II III IV") is no spaced word.
        return shortPieces * 100 >= pieces.length * SHORT_SHARE_PERCENT
                && single * 100 >= pieces.length * SINGLE_SHARE_PERCENT && single < pieces.length
                && roman < pieces.length;
    }

    /** The document's words of two letters or more, in lower case, from lines that are not letter-spaced. */
    private static Set<String> vocabulary(String text) {
        Set<String> out = new HashSet<>();
        for (String line : text.split("\n")) {
            if (isLetterSpaced(line)) {
                continue;
            }
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                if (m.group().length() >= 2) {
                    out.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The fewest words of the vocabulary that spell {@code letters}; null if none do. */
    static List<String> segment(String letters, Set<String> vocabulary) {
        String low = letters.toLowerCase(Locale.ROOT);
        int n = low.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = 0; start < end; start++) {
                if (best[start] != Integer.MAX_VALUE && best[start] + 1 < best[end]
                        && vocabulary.contains(low.substring(start, end))) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            words.add(0, letters.substring(from[end], end));
        }
        return words;
    }
}
