package org.polypress.clean;

import java.text.Normalizer;

/**
 * Normalises the glyph oddities PDF extraction leaves behind: private-use bullet glyphs become
 * "•", soft hyphens and zero-width characters go, ligatures are decomposed, non-breaking and
 * other special spaces become plain spaces, a dot above used as the Greek ano teleia becomes it,
 * stray control characters are removed (line feeds and form feeds are kept), and the result is NFC.
 */
public final class GlyphNormalizer {
    /** How many characters were changed, for the report. */
    public record Result(String text, int changed) {
    }

    public Result normalize(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int changed = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            String replacement = c == DOT_ABOVE && isAnoTeleia(raw, i) ? "\u00b7" : replacement(c);
            if (replacement == null) {
                out.append(c);
            } else {
                out.append(replacement);
                changed++;
            }
        }
        String nfc = Normalizer.normalize(out, Normalizer.Form.NFC);
        return new Result(nfc, changed);
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
            case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
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
