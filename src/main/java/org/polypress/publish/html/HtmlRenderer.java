package org.polypress.publish.html;

import org.polypress.publish.StylesheetDocuments;
import org.polypress.publish.Stylesheets;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import net.sf.saxon.s9api.Destination;
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
 * Makes the HTML edition of an Akoma Ntoso document with {@code akn-html.xsl}: the page, the
 * standalone page (CSS inlined) and the embeddable fragment, all from one transformation.
 *
 * <p>Thread-safe: the stylesheet and the CSS are loaded once in the constructor; each call
 * gets its own transformer.
 */
public final class HtmlRenderer {

    /** The entry stylesheet, looked up in the folder given to the constructor. */
    public static final String STYLESHEET = "akn-html.xsl";
    /** The edition's stylesheet, relative to the same folder. */
    public static final String CSS = "css/polypress.css";
    private static final QName LANG = new QName("lang");
    private static final QName LABELS = new QName("labels");
    private static final QName SITE_BASE = new QName("site-base");
    private static final QName NAME = new QName("name");
    private static final QName CSS_TEXT = new QName("css");
    private static final QName VERSIONS = new QName("versions");
    private static final QName LANGUAGE_NAMES = new QName("language-names");
    private static final QName PARALLEL = new QName("parallel");
    /** The variants' result documents resolve against this; nothing is ever written there. */
    private static final String OUTPUT_BASE = "file:///polypress/html/page.html";
    private static final String STANDALONE = "standalone.html";
    private static final String FRAGMENT = "fragment.html";

    private final XsltExecutable stylesheet;
    /** The label files the stylesheet reads, parsed once for all its transformations. */
    private final StylesheetDocuments documents;
    private final String css;
    private final String siteBase;

    /**
     * Compiles the stylesheet; no site base: canonical links are relative and no host is named.
     *
     * @param processor the Saxon processor the documents are built with
     * @param xsltBase  URI of the folder holding {@value #STYLESHEET} ({@code file:} or {@code jar:})
     * @throws SaxonApiException if the stylesheet or the CSS cannot be read, or it does not compile
     */
    public HtmlRenderer(Processor processor, URI xsltBase) throws SaxonApiException {
        this(processor, xsltBase, "");
    }

    /**
     * Compiles the stylesheet.
     *
     * @param siteBase absolute URL the output folder is published under (the canonical link is
     *                 {@code SITE/html/NAME.html}, AKN IRIs link under it), or "" for none: then
     *                 the canonical link is relative and AKN IRIs are not links
     * @see #HtmlRenderer(Processor, URI)
     */
    public HtmlRenderer(Processor processor, URI xsltBase, String siteBase) throws SaxonApiException {
        Objects.requireNonNull(processor, "processor");
        this.siteBase = Objects.requireNonNull(siteBase, "siteBase").strip();
        if (!this.siteBase.isEmpty() && !URI.create(this.siteBase).isAbsolute()) {
            throw new IllegalArgumentException("the site base must be an absolute URL: " + siteBase);
        }
        this.stylesheet = Stylesheets.compile(processor, Stylesheets.resolve(xsltBase, STYLESHEET));
        this.documents = new StylesheetDocuments(processor, Objects.requireNonNull(xsltBase, "xsltBase"));
        this.css = Stylesheets.text(Stylesheets.resolve(xsltBase, CSS));
    }

    /**
     * Renders the three variants.
     *
     * @param akn    the Akoma Ntoso document (document node or its root element)
     * @param lang   BCP-47 language of the document, e.g. {@code "nl"}
     * @param labels the words the edition prints, keyed as in the language profile without
     *               {@code "label."}; missing keys fall back to English
     * @throws SaxonApiException if the input is not Akoma Ntoso or the transformation fails
     */
    public HtmlEdition render(XdmNode akn, String lang, Map<String, String> labels) throws SaxonApiException {
        return render(akn, "", lang, labels);
    }

    /**
     * Renders the three variants of the publication NAME, whose page's header bar links its PDF,
     * XML and report editions ({@code ../pdf/NAME.pdf}, ...).
     *
     * @param name the publication's NAME, or "" for a bar without links to the other editions
     * @see #render(XdmNode, String, Map)
     */
    public HtmlEdition render(XdmNode akn, String name, String lang, Map<String, String> labels)
            throws SaxonApiException {
        return render(akn, name, lang, labels, VersionLinks.NONE);
    }

    /**
     * Renders the three variants of the publication NAME, linking its work's other language
     * versions and side-by-side page.
     *
     * @see #render(XdmNode, String, String, Map)
     */
    public HtmlEdition render(XdmNode akn, String name, String lang, Map<String, String> labels, VersionLinks links)
            throws SaxonApiException {
        Objects.requireNonNull(akn, "akn");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(labels, "labels");
        Xslt30Transformer transformer = stylesheet.load30();
        transformer.setResourceResolver(documents);
        transformer.setStylesheetParameters(Map.<QName, XdmValue>of(
                LANG, new XdmAtomicValue(Stylesheets.languageTag(lang)),
                LABELS, XdmMap.makeMap(labels),
                SITE_BASE, new XdmAtomicValue(siteBase),
                NAME, new XdmAtomicValue(name),
                CSS_TEXT, new XdmAtomicValue(css),
                VERSIONS, XdmMap.makeMap(links.versions()),
                LANGUAGE_NAMES, XdmMap.makeMap(links.languageNames()),
                PARALLEL, new XdmAtomicValue(links.parallel())));
        transformer.setBaseOutputURI(OUTPUT_BASE);
        Map<String, ByteArrayOutputStream> secondary = new HashMap<>();
        transformer.setResultDocumentHandler(uri -> resultDocument(transformer, uri, secondary));

        ByteArrayOutputStream page = new ByteArrayOutputStream(64 * 1024);
        transformer.applyTemplates(akn, transformer.newSerializer(page));
        return new HtmlEdition(page.toByteArray(), output(secondary, STANDALONE), output(secondary, FRAGMENT));
    }

    /** The CSS text of {@value #CSS}, for {@code output/html/polypress.css}. */
    public String css() {
        return css;
    }

    private static Destination resultDocument(Xslt30Transformer transformer, URI uri,
                                              Map<String, ByteArrayOutputStream> out) {
        String path = uri.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        out.put(name, bytes);
        return transformer.newSerializer(bytes);
    }

    private static byte[] output(Map<String, ByteArrayOutputStream> secondary, String name) throws SaxonApiException {
        ByteArrayOutputStream bytes = secondary.get(name);
        if (bytes == null) {
            throw new SaxonApiException("The stylesheet wrote no " + name + " result document");
        }
        return bytes.toByteArray();
    }
}
