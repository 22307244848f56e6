package org.polypress.clean;

import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;

/**
 * Normalises the glyph oddities PDF extraction leaves behind: private-use bullet glyphs become
 * "•", soft hyphens go, ligatures are decomposed, non-breaking and other special spaces become
 * plain spaces, a dot above used as the Greek ano teleia becomes it, stray control characters are
 * removed (line feeds and form feeds are kept), a replacement character (U+FFFD) at a word's edge
 * of a PDF's text goes, and the result is NFC.
 *
 * <p>Invisible format characters are kept where they are text and removed where they are
 * extraction noise (Unicode's own definitions, UAX #14 and chapter 23 of the Standard):
 * <ul>
 * <li>the zero-width joiner and non-joiner (U+200D, U+200C) are text inside a word or an emoji
 *     sequence: between two letters, marks, digits or symbols ("👨‍👩‍👧" is one family, ZWNJ is
 *     spelling in Persian and Indic scripts); at a word's edge they join nothing and go;</li>
 * <li>the zero-width space (U+200B) is the word boundary of scripts written without spaces (Thai,
 *     Lao, Khmer, Myanmar, Tibetan, Chinese, Japanese) and stays between their letters; elsewhere it
 *     is a PDF producer's line-break hint and goes;</li>
 * <li>the word joiner (U+2060) and a byte-order mark inside the text (U+FEFF, a file's signature
 *     left by concatenation) only forbid a line break: they go.</li>
 * </ul>
 * Every character removed is counted by its code point ({@link Result#removed()}), for the report.
 */
public final class GlyphNormalizer {
    /**
     * @param changed how many characters were changed or removed, for the report
     * @param removed characters removed, by code point ("U+200B") in code point order, with counts
     */
    public record Result(String text, int changed, Map<String, Integer> removed) {
        public Result {
            removed = java.util.Collections.unmodifiableMap(new TreeMap<>(removed));
        }
    }

    public Result normalize(String raw) {
        return normalize(raw, false);
    }

    /**
     * @param fromPdf whether the text was extracted from a PDF, where a replacement character is a
     *                glyph without a character; in a text file it marks a byte that could not be
     *                decoded (the report warns of each), and stays wherever it stands
     */
    public Result normalize(String raw, boolean fromPdf) {
        StringBuilder out = new StringBuilder(raw.length());
        int changed = 0;
        Map<String, Integer> removed = new TreeMap<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            String replacement = c == DOT_ABOVE && isAnoTeleia(raw, i) ? "\u00b7"
                    : c == REPLACEMENT ? (fromPdf && atWordEdge(raw, i) ? " " : null)
                    : isFormatCharacter(c) ? (isText(raw, i) ? null : "") : replacement(c);
            if (replacement == null) {
                out.append(c);
            } else {
                out.append(replacement);
                changed++;
                if (replacement.isEmpty() || c == REPLACEMENT) {
                    removed.merge(codePoint(c), 1, Integer::sum);
                }
            }
        }
        String nfc = Normalizer.normalize(out, Normalizer.Form.NFC);
        return new Result(nfc, changed, removed);
    }

    /** "U+200B". */
    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }

    private static boolean isFormatCharacter(char c) {
        return c == ZWSP || c == ZWNJ || c == ZWJ || c == '\u2060' || c == '\ufeff';
    }

    private static final char ZWSP = '\u200b';
    private static final char ZWNJ = '\u200c';
    private static final char ZWJ = '\u200d';

    /** Whether the format character at {@code i} is part of the text (see the class comment). */
    private static boolean isText(String raw, int i) {
        char c = raw.charAt(i);
        if (i == 0 || i + 1 >= raw.length() || (c != ZWSP && c != ZWNJ && c != ZWJ)) {
            return false;
        }
        int before = raw.codePointBefore(i);
        int after = raw.codePointAt(i + 1);
        if (c == ZWSP) {
            return withoutSpaces(before) && withoutSpaces(after);
        }
        return joins(before) && joins(after);
    }

    /** A letter, mark, digit or symbol: what a joiner or non-joiner stands between inside a word or emoji sequence. */
    private static boolean joins(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL, Character.MATH_SYMBOL -> true;
            default -> false;
        };
    }

    /** A letter or mark of a script written without spaces between words. */
    private static boolean withoutSpaces(int cp) {
        if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
                && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return switch (s) {
            case THAI, LAO, KHMER, MYANMAR, TIBETAN, HAN, HIRAGANA, KATAKANA -> true;
            default -> false;
        };
    }

    /** U+02D9, which Greek PDFs' fonts give for the ano teleia (the Greek semicolon). */
    private static final char DOT_ABOVE = '\u02d9';

    /**
     * A spacing dot above right after a word or closing bracket and before a space or line end
     * ("το 2020)˙" beside "το 2020)·" in the same gazette) is the ano teleia, U+00B7 after NFC: no
     * language writes a dot above as punctuation of its own.
     */
    private static boolean isAnoTeleia(String raw, int i) {
        return i > 0 && !Character.isWhitespace(raw.charAt(i - 1))
                && (i + 1 == raw.length() || Character.isWhitespace(raw.charAt(i + 1)));
    }

    /** null = keep the character as it is. */
    /**
     * U+FFFD, the replacement character: a PDF glyph that maps to no character (a symbol font's tab
     * leader or bullet, an arrow before a page number: "What is NIS 2?\uFFFD 5", "III. \uFFFD We will")
     * or a damaged byte of a text file. In a PDF's text, at a word's edge (next to a space, a line end
     * or the text's start or end) it stands for no letter of a word and goes, as a space; inside a word
     * it marks a letter that was lost and stays, for a reader to see, as it does in a text file.
     */
    private static final char REPLACEMENT = '\uFFFD';

    private static boolean atWordEdge(String raw, int i) {
        return i == 0 || i == raw.length() - 1 || Character.isWhitespace(raw.charAt(i - 1))
                || Character.isWhitespace(raw.charAt(i + 1)) || !Character.isLetterOrDigit(raw.charAt(i - 1))
                || !Character.isLetterOrDigit(raw.charAt(i + 1));
    }

    private static String replacement(char c) {
        if (c == '\n' || c == '\f' || c == '\t') {
            return c == '\t' ? " " : null;
        }
        if (c == '\r') {
            return "";
        }
        if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
            return "";
        }
        if (c >= 0xE000 && c <= 0xF8FF) {
            // Symbol-font bullets (U+F0B7, U+F0A7, U+F076, U+F0D8, U+F0FC, ...) and other
            // private-use glyphs: in running text they are list bullets.
            return "•";
        }
        switch (c) {
            case '\u00ad':
                return "";
            case '\u00a0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
                 '\u2007', '\u2008', '\u2009', '\u200a', '\u202f', '\u205f', '\u3000':
                return " ";
            case '\u2022', '\u25cf', '\u25aa', '\u25a0', '\u2219', '\u25e6', '\u2023', '\u2043':
                return c == '\u2022' ? null : "•";
            case '\ufb00':
                return "ff";
            case '\ufb01':
                return "fi";
            case '\ufb02':
                return "fl";
            case '\ufb03':
                return "ffi";
            case '\ufb04':
                return "ffl";
            case '\ufb05', '\ufb06':
                return "st";
            case '\u2028', '\u2029':
                return "\n";
            default:
                return null;
        }
    }
}
