package org.polypress.publish.html;

import java.util.Objects;

/**
 * The three variants of a document's HTML edition, each a complete UTF-8 text.
 *
 * @param page       the page ({@code html/NAME.html}); links {@code polypress.css} in the same folder
 * @param standalone the same page with the stylesheet inlined ({@code html/NAME.standalone.html})
 * @param fragment   only the {@code <article>}, classes prefixed {@code pp-}, for embedding
 *                   ({@code html/NAME.fragment.html})
 */
public record HtmlEdition(String page, String standalone, String fragment) {
    public HtmlEdition {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(standalone, "standalone");
        Objects.requireNonNull(fragment, "fragment");
    }
}
