package org.polypress.clean;

/**
 * The words of a line as the dehyphenation stages count them, found by hand instead of by a
 * regex: the vocabulary of a document is learnt from every one of its words, twice over (the
 * {@link Dehyphenator}'s and the {@link JoinedHyphens}'), and {@link java.util.regex.Matcher#find}
 * with Unicode classes was a third of the cleaning stage. A cursor over one text, used as a
 * {@code Matcher} is ({@code while (w.find()) w.group()}). Not thread-safe.
 */
final class Words {

    /** Which words: the two shapes the stages use. */
    enum Shape {
        /**
         * {@code [\p{L}\p{M}][\p{L}\p{M}\-]*[\p{L}\p{M}]|[\p{L}\p{M}]}: letters and marks, hyphens
         * inside (a trailing hyphen is not part of the word).
         */
        LETTERS_AND_INNER_HYPHENS,
        /** {@code [\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*}: letters, marks and digits, joined by single hyphens. */
        ALPHANUMERIC_HYPHENATED
    }

    private final String text;
    private final Shape shape;
    private int from;
    private int start = -1;
    private int end = -1;

    Words(String text, Shape shape) {
        this.text = text;
        this.shape = shape;
    }

    /** Moves to the next word; false when there is none. */
    boolean find() {
        int n = text.length();
        int i = from;
        while (i < n && !isWordChar(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i >= n) {
            from = n;
            return false;
        }
        start = i;
        i = afterRun(i);
        if (shape == Shape.LETTERS_AND_INNER_HYPHENS) {
            int last = i; // the end of the last letter or mark
            while (i < n && (text.charAt(i) == '-' || isWordChar(text.codePointAt(i)))) {
                if (text.charAt(i) == '-') {
                    i++;
                } else {
                    i = afterRun(i);
                    last = i;
                }
            }
            end = last;
        } else {
            while (i + 1 < n && text.charAt(i) == '-' && isWordChar(text.codePointAt(i + 1))) {
                i = afterRun(i + 1);
            }
            end = i;
        }
        from = end;
        return true;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String group() {
        return text.substring(start, end);
    }

    /** The index after the run of word characters that starts at {@code i}. */
    private int afterRun(int i) {
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private boolean isWordChar(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK:
                return true;
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return shape == Shape.ALPHANUMERIC_HYPHENATED;
            default:
                return false;
        }
    }
}
