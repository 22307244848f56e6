package org.polypress.clean;

import java.util.Objects;

/**
 * A paragraph-level block of clean text: lines joined, hyphenation resolved, footnote markers
 * replaced by {@link NoteRefs} references. {@code page} is where it starts; {@code lines} how many
 * source lines it joined (one-line blocks are heading candidates); {@code box} marks a framed
 * callout that interrupted a sentence in the source; {@code type} is the type it is printed in,
 * when the PDF's layout says so ({@link Type#UNKNOWN} for text input).
 */
public record Block(String text, int page, int lines, boolean box, Type type) {
    /** The type a block is set in, read from the PDF's text positions ({@link TypeMarker}). */
    public enum Type {
        /** No layout evidence: the input was text, or the block was not matched. */
        UNKNOWN,
        /** The document has layout evidence and the block is not in distinctive type. */
        BODY,
        /** Every line in an italic face (where the body is upright), bold or not, in body size. */
        ITALIC,
        /** Every line in small capitals (capitals, word initials larger), in body size or smaller. */
        SMALL_CAPS,
        /** Every line in a bold face, in body size. */
        BOLD,
        /** Every line clearly larger than the body (bold or not). */
        LARGER,
        /**
         * Text input: a lead sentence set apart before the passage it opens, as the document sets its
         * leads ({@link LeadSentences}): the evidence of a wider face that the line breaks still show.
         */
        LEAD;

        /** Larger, bolder, italic where the body text is not, or small capitals: how documents set their headings. */
        public boolean display() {
            return this == ITALIC || this == SMALL_CAPS || this == BOLD || this == LARGER;
        }
    }

    public Block {
        Objects.requireNonNull(type, "type");
    }

    /** A block whose type is not known (text input, or before {@link TypeMarker}). */
    public Block(String text, int page, int lines, boolean box) {
        this(text, page, lines, box, Type.UNKNOWN);
    }

    /** The text without note references. */
    public String plain() {
        return NoteRefs.strip(text);
    }

    public Block withText(String value) {
        return new Block(value, page, lines, box, type);
    }

    public Block withType(Type value) {
        return new Block(text, page, lines, box, value);
    }
}
