package org.polypress.pipeline;

import java.util.List;
import org.polypress.publish.html.VersionLinks;

/**
 * Renders the editions of a document already published again from its Akoma Ntoso, when what
 * they link changed: a language version of its work arrived (the HTML pages link every version),
 * or the document joined a work and its work IRI changed (the PDF's XMP carries it too).
 * Thread-safe, as {@link DocumentPipeline}.
 */
public interface EditionRenderer {
    /**
     * @param name     the publication's NAME
     * @param akn      its Akoma Ntoso XML, as in {@code xml/NAME.xml}
     * @param language its language as the profiles name it ("fr")
     * @param links    the work's language versions and side-by-side page
     * @param withPdf  render {@code pdf/NAME.pdf} too
     * @return the HTML edition's files ({@code html/NAME.html}, standalone, fragment), then the PDF
     */
    List<OutputFile> editions(String name, byte[] akn, String language, VersionLinks links, boolean withPdf)
            throws Exception;
}
