package org.polypress.clean;

/**
 * A paragraph-level block of clean text: lines joined, hyphenation resolved, footnote markers
 * replaced by {@link NoteRefs} references. {@code page} is where it starts; {@code lines} how many
 * source lines it joined (one-line blocks are heading candidates); {@code box} marks a framed
 * callout that interrupted a sentence in the source.
 */
public record Block(String text, int page, int lines, boolean box) {
    /** The text without note references. */
    public String plain() {
        return NoteRefs.strip(text);
    }

    public Block withText(String value) {
        return new Block(value, page, lines, box);
    }
}
