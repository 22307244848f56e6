package org.polypress.publish.html;

import org.polypress.publish.StylesheetDocuments;
import org.polypress.publish.Stylesheets;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * Makes the report page ({@code report/NAME.html}) with {@code report.xsl} from the document's
 * Akoma Ntoso and its report JSON: counts, the spots to check first (linked to the HTML
 * edition), then every repair in context.
 *
 * <p>Thread-safe: the stylesheet is compiled once; each call gets its own transformer.
 */
public final class ReportRenderer {

    /** The report stylesheet, looked up in the folder given to the constructor. */
    public static final String STYLESHEET = "report.xsl";

    private static final QName REPORT = new QName("report");
    private static final QName NAME = new QName("name");
    private static final QName LANG = new QName("lang");
    private static final QName LABELS = new QName("labels");

    private final XsltExecutable stylesheet;
    /** The label files the stylesheet reads, parsed once for all its transformations. */
    private final StylesheetDocuments documents;

    /**
     * @param xsltBase URI of the folder holding {@value #STYLESHEET} ({@code file:} or {@code jar:})
     * @throws SaxonApiException if the stylesheet cannot be read or does not compile
     */
    public ReportRenderer(Processor processor, URI xsltBase) throws SaxonApiException {
        Objects.requireNonNull(processor, "processor");
        this.stylesheet = Stylesheets.compile(processor, Stylesheets.resolve(xsltBase, STYLESHEET));
        this.documents = new StylesheetDocuments(processor, Objects.requireNonNull(xsltBase, "xsltBase"));
    }

    /**
     * @param akn        the document's Akoma Ntoso
     * @param reportJson the report as written to {@code report/NAME.json}
     * @param name       the publication's NAME, for the links to its editions
     * @param lang       BCP-47 language of the page
     * @param labels     the words the page prints (profile keys without {@code "label."})
     * @return the page, UTF-8
     * @throws SaxonApiException if the JSON is not a report or the transformation fails
     */
    public byte[] render(XdmNode akn, String reportJson, String name, String lang, Map<String, String> labels)
            throws SaxonApiException {
        Objects.requireNonNull(akn, "akn");
        Xslt30Transformer transformer = stylesheet.load30();
        transformer.setResourceResolver(documents);
        transformer.setStylesheetParameters(Map.<QName, XdmValue>of(
                REPORT, new XdmAtomicValue(Objects.requireNonNull(reportJson, "reportJson")),
                NAME, new XdmAtomicValue(Objects.requireNonNull(name, "name")),
                LANG, new XdmAtomicValue(Stylesheets.languageTag(lang)),
                LABELS, XdmMap.makeMap(Objects.requireNonNull(labels, "labels"))));
        transformer.setGlobalContextItem(akn);
        ByteArrayOutputStream page = new ByteArrayOutputStream(32 * 1024);
        transformer.applyTemplates(akn, transformer.newSerializer(page));
        return page.toByteArray();
    }
}
