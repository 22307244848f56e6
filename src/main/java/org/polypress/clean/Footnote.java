package org.polypress.clean;

/**
 * A footnote found at a page bottom. {@code id} is unique in the document (1..n in order of the
 * bodies); {@code marker} is the label printed in the source, which may restart on every page.
 * {@code linked} tells whether its marker was found in the text (an unlinked note is kept and
 * reported, never dropped).
 */
public record Footnote(int id, String marker, int page, String text, boolean linked) {
    public Footnote withLinked(boolean value) {
        return new Footnote(id, marker, page, text, value);
    }
}
