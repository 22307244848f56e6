package org.polypress.clean;

/**
 * How a document labels its footnotes, which is also how its markers are printed in the text:
 * "1" (markers glued to words: "Union2,"), "(1)" (the Official Journal: "2022/2554 (1),") or "1)"
 * (Polish and other gazettes: "publicznej1)", "zm.2))").
 */
enum NoteLabel {
    PLAIN, PAREN, CLOSING;

    /** The marker as printed in the text for note number {@code number}. */
    String needle(String number) {
        return switch (this) {
            case PLAIN -> number;
            case PAREN -> "(" + number + ")";
            case CLOSING -> number + ")";
        };
    }

    /** The label style of a note start: its opening and closing brackets, or null when unbalanced. */
    static NoteLabel of(boolean open, boolean close) {
        if (open) {
            return close ? PAREN : null;
        }
        return close ? CLOSING : PLAIN;
    }
}
