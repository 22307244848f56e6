package org.polypress.route;

/**
 * File names as they go into log lines: a name is the dropper's text, so everything that could
 * end a line or disguise one ({@code \n}, {@code \r}, other control characters, line and
 * paragraph separators, bidirectional overrides) is written as an escape ({@code \n},
 * {@code \u2028}), and a backslash as {@code \\}, so that one log line is always one line and a
 * name can never forge another ("published forged.txt").
 */
final class LogText {
    private LogText() {
    }

    static String name(String fileName) {
        if (fileName == null) {
            return "?";
        }
        StringBuilder out = new StringBuilder(fileName.length());
        fileName.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(cp)) {
                        out.append(String.format("\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Control and format characters (line separators, bidi controls, BOM) and unpaired surrogates. */
    private static boolean needsEscape(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED;
    }
}
