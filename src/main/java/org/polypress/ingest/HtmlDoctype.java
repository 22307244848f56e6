package org.polypress.ingest;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Removes the internal subset of an HTML file's document type declaration
 * ({@code <!DOCTYPE html [ <!ENTITY x "..."> ]>}), an XML (XHTML) construct that HTML parsers do
 * not know: the HTML5 tokenizer (jsoup, behind Tika) ends the declaration at the first {@code >},
 * inside the subset, so that the rest ({@code ]>}) becomes text before the title and the page's
 * structure shifts (the first heading is taken into the title). The subset declares entities and
 * attribute defaults, which are never resolved anyway (nothing external is read); the declaration
 * itself stays, without its subset.
 *
 * <p>Works on the bytes of charsets in which ASCII is one byte per character (UTF-8, ISO-8859,
 * windows-125x: every charset an HTML file declares in practice); others are returned as they are.
 * Pure and thread-safe.
 */
final class HtmlDoctype {
    private HtmlDoctype() {
    }

    /** The content without the internal subset, or the same array when it has none. */
    static byte[] withoutInternalSubset(byte[] content, Charset charset) {
        if (charset != null && !Arrays.equals("<!x>".getBytes(charset), new byte[] {'<', '!', 'x', '>'})) {
            return content;
        }
        int i = prologEnd(content);
        if (!startsWithIgnoreCase(content, i, "<!DOCTYPE")) {
            return content;
        }
        int open = -1;
        byte quote = 0;
        for (int j = i + 9; j < content.length; j++) {
            byte b = content[j];
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == '>') {
                return content; // a declaration without a subset
            } else if (b == '[') {
                open = j;
                break;
            }
        }
        if (open < 0) {
            return content;
        }
        int close = subsetEnd(content, open + 1);
        if (close < 0) {
            return content;
        }
        byte[] out = new byte[content.length - (close + 1 - open)];
        System.arraycopy(content, 0, out, 0, open);
        System.arraycopy(content, close + 1, out, open, content.length - close - 1);
        return out;
    }

    /** Where the document type declaration may start: after a UTF-8 signature, white space, comments, an XML declaration. */
    private static int prologEnd(byte[] c) {
        int i = c.length >= 3 && (c[0] & 0xFF) == 0xEF && (c[1] & 0xFF) == 0xBB && (c[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < c.length) {
            if (c[i] == ' ' || c[i] == '\t' || c[i] == '\n' || c[i] == '\r') {
                i++;
            } else if (startsWithIgnoreCase(c, i, "<!--")) {
                int end = indexOf(c, i + 4, "-->");
                if (end < 0) {
                    return c.length;
                }
                i = end + 3;
            } else if (startsWithIgnoreCase(c, i, "<?")) {
                int end = indexOf(c, i + 2, "?>");
                if (end < 0) {
                    return c.length;
                }
                i = end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * The index of the {@code ]} closing the subset that starts at {@code from}: quoted strings
     * and comments may hold {@code ]} and {@code >}; -1 when it never closes.
     */
    private static int subsetEnd(byte[] c, int from) {
        byte quote = 0;
        for (int j = from; j < c.length; j++) {
            byte b = c[j];
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
            } else if (startsWithIgnoreCase(c, j, "<!--")) {
                int end = indexOf(c, j + 4, "-->");
                if (end < 0) {
                    return -1;
                }
                j = end + 2;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == ']') {
                return j;
            }
        }
        return -1;
    }

    private static boolean startsWithIgnoreCase(byte[] c, int at, String ascii) {
        if (at + ascii.length() > c.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (Character.toUpperCase((char) (c[at + k] & 0xFF)) != Character.toUpperCase(ascii.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] c, int from, String ascii) {
        for (int j = from; j + ascii.length() <= c.length; j++) {
            if (startsWithIgnoreCase(c, j, ascii)) {
                return j;
            }
        }
        return -1;
    }
}
