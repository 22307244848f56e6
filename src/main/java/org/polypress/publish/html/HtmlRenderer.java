package org.polypress.publish.html;

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
    /** Where canonical links point unless the constructor is told otherwise. */
    public static final String DEFAULT_BASE_URI = "https://publications.example.eu";

    private static final QName LANG = new QName("lang");
    private static final QName LABELS = new QName("labels");
    private static final QName BASE_URI = new QName("base-uri");
    private static final QName CSS_TEXT = new QName("css");
    /** The variants' result documents resolve against this; nothing is ever written there. */
    private static final String OUTPUT_BASE = "file:///polypress/html/page.html";
    private static final String STANDALONE = "standalone.html";
    private static final String FRAGMENT = "fragment.html";

    private final XsltExecutable stylesheet;
    private final String css;
    private final String baseUri;

    /**
     * Compiles the stylesheet; canonical links point under {@value #DEFAULT_BASE_URI}.
     *
     * @param processor the Saxon processor the documents are built with
     * @param xsltBase  URI of the folder holding {@value #STYLESHEET} ({@code file:} or {@code jar:})
     * @throws SaxonApiException if the stylesheet or the CSS cannot be read, or it does not compile
     */
    public HtmlRenderer(Processor processor, URI xsltBase) throws SaxonApiException {
        this(processor, xsltBase, DEFAULT_BASE_URI);
    }

    /**
     * Compiles the stylesheet.
     *
     * @param baseUri absolute URL the AKN expression IRI is appended to for {@code <link rel="canonical">}
     * @see #HtmlRenderer(Processor, URI)
     */
    public HtmlRenderer(Processor processor, URI xsltBase, String baseUri) throws SaxonApiException {
        Objects.requireNonNull(processor, "processor");
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        if (!URI.create(baseUri).isAbsolute()) {
            throw new IllegalArgumentException("baseUri must be an absolute URL: " + baseUri);
        }
        this.stylesheet = Stylesheets.compile(processor, Stylesheets.resolve(xsltBase, STYLESHEET));
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
        Objects.requireNonNull(akn, "akn");
        Objects.requireNonNull(labels, "labels");
        Xslt30Transformer transformer = stylesheet.load30();
        transformer.setStylesheetParameters(Map.<QName, XdmValue>of(
                LANG, new XdmAtomicValue(Stylesheets.languageTag(lang)),
                LABELS, XdmMap.makeMap(labels),
                BASE_URI, new XdmAtomicValue(baseUri),
                CSS_TEXT, new XdmAtomicValue(css)));
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
