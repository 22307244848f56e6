package org.polypress.clean;

/**
 * Runs of white space folded to one space, as {@code s.replaceAll("\\s+", " ")} does (the regex
 * class {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return), without a
 * regex: the cleaner folds every line of a document several times over (furniture, mastheads,
 * stamps), and {@code String.replaceAll} compiles its pattern and copies the line each time, which
 * was a fifth of the cleaning stage. A line with nothing to fold is returned as it is.
 */
final class Spaces {

    private Spaces() {
    }

    /** {@code line.strip()} with each run of {@code \s} characters inside it as one space. */
    static String strippedAndFolded(String line) {
        return folded(line.strip());
    }

    /** {@code text} with each run of {@code \s} characters as one space. */
    static String folded(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(text.charAt(i + 1)))) {
                break; // the first run that is not already one space
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder b = new StringBuilder(n).append(text, 0, i);
        boolean inRun = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inRun) {
                    b.append(' ');
                }
                inRun = true;
            } else {
                b.append(c);
                inRun = false;
            }
        }
        return b.toString();
    }

    /** The regex class {@code \s} (without {@code UNICODE_CHARACTER_CLASS}). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
