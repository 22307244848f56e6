package org.polypress.publish.html;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The three variants of a document's HTML edition, each a complete page encoded as UTF-8 (as
 * serialised: a long document's text is never held as a Java string as well).
 *
 * @param page       the page ({@code html/NAME.html}); links {@code polypress.css} in the same folder
 * @param standalone the same page with the stylesheet inlined ({@code html/NAME.standalone.html})
 * @param fragment   only the {@code <article>}, classes prefixed {@code pp-}, for embedding
 *                   ({@code html/NAME.fragment.html})
 */
public record HtmlEdition(byte[] page, byte[] standalone, byte[] fragment) {
    public HtmlEdition {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(standalone, "standalone");
        Objects.requireNonNull(fragment, "fragment");
    }

    /** Equal when the three texts are byte for byte the same. */
    @Override
    public boolean equals(Object o) {
        return o instanceof HtmlEdition h && Arrays.equals(page, h.page)
                && Arrays.equals(standalone, h.standalone) && Arrays.equals(fragment, h.fragment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(page), Arrays.hashCode(standalone), Arrays.hashCode(fragment));
    }

    @Override
    public String toString() {
        return "HtmlEdition[page=" + page.length + " bytes, standalone=" + standalone.length
                + " bytes, fragment=" + fragment.length + " bytes]";
    }

    /** The page as text. */
    public String pageText() {
        return new String(page, StandardCharsets.UTF_8);
    }

    /** The standalone page as text. */
    public String standaloneText() {
        return new String(standalone, StandardCharsets.UTF_8);
    }

    /** The fragment as text. */
    public String fragmentText() {
        return new String(fragment, StandardCharsets.UTF_8);
    }
}
