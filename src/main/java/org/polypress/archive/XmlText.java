package org.polypress.archive;

/**
 * Text made safe for the archive's tag files: characters XML 1.0 cannot carry become U+FFFD (a
 * report may quote a document's control characters), and for bag-info.txt values, whose lines
 * would otherwise break, every run of white space becomes one space.
 */
final class XmlText {
    private XmlText() {
    }

    /** The text with characters outside the XML 1.0 character range replaced by U+FFFD. */
    static String xml(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(ok ? c : 0xFFFD);
            }
            i += Character.charCount(c);
        }
        return out == null ? s : out.toString();
    }

    /** One line of text: XML-safe, control characters and line breaks as single spaces. */
    static String line(String s) {
        return xml(s).replaceAll("[\\s\\p{Cc}]+", " ").strip();
    }
}
