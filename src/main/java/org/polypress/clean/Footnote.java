package org.polypress.clean;

/**
 * A footnote found at a page bottom. {@code id} is unique in the document (1..n in order of the
 * bodies); {@code marker} is the label printed in the source, which may restart on every page.
 * {@code linked} tells whether its marker was found in the text (an unlinked note is kept and
 * reported, never dropped). {@code bodyInSource} is false for a note that the text calls but
 * whose body the source does not contain (an extract that stops before the page's notes, see
 * {@link UnprintedNoteCalls}): its {@code text} is then empty, and the editions say so.
 */
public record Footnote(int id, String marker, int page, String text, boolean linked, boolean bodyInSource) {
    /** A note whose body is in the source. */
    public Footnote(int id, String marker, int page, String text, boolean linked) {
        this(id, marker, page, text, linked, true);
    }

    /** A note called in the text at {@code marker} whose body is not in the source. */
    public static Footnote notInSource(int id, String marker, int page) {
        return new Footnote(id, marker, page, "", true, false);
    }

    public Footnote withLinked(boolean value) {
        return new Footnote(id, marker, page, text, value, bodyInSource);
    }
}
