package org.polypress.publish.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import net.sf.saxon.s9api.Destination;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.polypress.publish.StylesheetDocuments;
import org.polypress.publish.Stylesheets;
import org.polypress.publish.pdf.PdfRenderException.Phase;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Makes the PDF edition of an Akoma Ntoso document: {@code akn-fo.xsl} turns it into XSL-FO and
 * Apache FOP lays that out as a tagged PDF/A-2b file with embedded DejaVu fonts.
 *
 * <p>Thread-safe: the stylesheet is compiled once per renderer; each rendering thread reuses its
 * own {@link FopFactory} (see {@link FopFactories} for why not one per process), and each call
 * gets its own transformer and FOP user agent. The XSL-FO streams from the transformation into FOP
 * as SAX events, so it is never held whole, serialised or parsed.
 */
public final class PdfRenderer {

    /** The entry stylesheet, looked up in the folder given to the constructor. */
    public static final String STYLESHEET = "akn-fo.xsl";

    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final String CREATOR = "Polypress";
    private static final QName LANG = new QName("lang");
    private static final QName LABELS = new QName("labels");
    private static final QName LONG = new QName("long");
    private static final QName CONTENTS_MIN_PAGES = new QName("contents-min-pages");

    /**
     * Estimated pages from which the edition prints a contents, when the settings say nothing
     * (the default of {@code pdf.contents.min-pages}): below that a reader sees the whole
     * document in a few page turns, and a contents only pushes the text back.
     */
    public static final int CONTENTS_MIN_PAGES_DEFAULT = 6;

    /**
     * Characters of text from which a document is set as a long one (about 450 pages): page
     * sequences cut into parts of {@link #SEQUENCE_TEXT}, no forward references (akn-fo.xsl), so
     * that FOP's memory no longer grows with the page count.
     */
    static final int LONG_TEXT_CHARS = 1_000_000;
    /** Characters of text per page sequence of a long document (about 45 pages), see {@link PageSequenceSplitter}. */
    static final int SEQUENCE_TEXT = 100_000;

    private final Processor processor;
    private final XsltExecutable stylesheet;
    /** The label files the stylesheet reads, parsed once for all its transformations. */
    private final StylesheetDocuments documents;
    private final XPathExecutable workDate;
    private final XPathExecutable textLength;
    private final long longText;
    private final long sequenceText;
    private final int contentsMinPages;

    /**
     * Compiles the stylesheet.
     *
     * @param processor the Saxon processor the documents are built with
     * @param xsltBase  URI of the folder holding {@value #STYLESHEET} ({@code file:} or {@code jar:})
     * @throws PdfRenderException ({@link Phase#TRANSFORM}) if the stylesheet cannot be read or compiled
     */
    public PdfRenderer(Processor processor, URI xsltBase) throws PdfRenderException {
        this(processor, xsltBase, CONTENTS_MIN_PAGES_DEFAULT);
    }

    /**
     * With another threshold for the contents.
     *
     * @param contentsMinPages estimated pages from which a contents is printed (the
     *                         {@code pdf.contents.min-pages} setting); 0 prints one whenever the
     *                         document has two headed divisions
     */
    public PdfRenderer(Processor processor, URI xsltBase, int contentsMinPages) throws PdfRenderException {
        this(processor, xsltBase, LONG_TEXT_CHARS, SEQUENCE_TEXT, contentsMinPages);
    }

    /**
     * With other thresholds for long documents (tests use small ones).
     *
     * @param longText     characters of text from which a document is set as a long one
     * @param sequenceText characters of text per page sequence of a long document
     */
    PdfRenderer(Processor processor, URI xsltBase, long longText, long sequenceText) throws PdfRenderException {
        this(processor, xsltBase, longText, sequenceText, CONTENTS_MIN_PAGES_DEFAULT);
    }

    private PdfRenderer(Processor processor, URI xsltBase, long longText, long sequenceText, int contentsMinPages)
            throws PdfRenderException {
        if (contentsMinPages < 0) {
            throw new IllegalArgumentException("contentsMinPages must be 0 or more: " + contentsMinPages);
        }
        this.contentsMinPages = contentsMinPages;
        this.processor = Objects.requireNonNull(processor, "processor");
        this.stylesheet = compile(processor, Stylesheets.resolve(Objects.requireNonNull(xsltBase, "xsltBase"), STYLESHEET));
        this.documents = new StylesheetDocuments(processor, Objects.requireNonNull(xsltBase, "xsltBase"));
        this.workDate = compileXPath(processor, "(root(.)/akn:akomaNtoso/*/akn:meta/akn:identification/akn:FRBRWork"
                + "/akn:FRBRdate/@date)[1]");
        this.textLength = compileXPath(processor, "sum(root(.)/akn:akomaNtoso/*[not(self::akn:components)][1]"
                + "/(* except akn:meta)//text() ! string-length())");
        this.longText = longText;
        this.sequenceText = sequenceText;
        FopFactories.forCurrentThread(); // reads the configuration now: errors show at start-up
    }

    /**
     * Builds the calling thread's FOP factory now (reading FOP's configuration), if not done yet,
     * as the constructor does: start-up can time it apart from the stylesheets.
     */
    public static void prepareFop() {
        FopFactories.forCurrentThread();
    }

    /**
     * AKN to XSL-FO as text, for debugging and for measuring FOP alone.
     *
     * @param akn    the Akoma Ntoso document (document node or its root element)
     * @param lang   BCP-47 language of the document, e.g. {@code "nl"} or {@code "el"}
     * @param labels the words the edition prints, keyed as in the language profile without
     *               {@code "label."}; missing keys fall back to English
     */
    public String renderFo(XdmNode akn, String lang, Map<String, String> labels) throws PdfRenderException {
        StringWriter fo = new StringWriter(64 * 1024);
        Serializer serializer = processor.newSerializer(fo);
        serializer.setOutputProperty(Serializer.Property.INDENT, "no");
        transform(akn, lang, labels, isLong(akn), serializer);
        return fo.toString();
    }

    /**
     * AKN to PDF. The transformation streams its XSL-FO into FOP as SAX events, for a document of
     * any length: the XSL-FO is never held whole, never serialised, never parsed. (A document of
     * ordinary length used to be transformed into an in-memory tree first and replayed into FOP;
     * with the transformation's costs cut, building and walking that tree cost more than it saved.)
     * A long one (see {@link #LONG_TEXT_CHARS}) is also set without forward references, in page
     * sequences of {@link #SEQUENCE_TEXT} characters, so that FOP's memory does not grow with it.
     *
     * @see #renderFo(XdmNode, String, Map) for the parameters
     * @throws PdfRenderException {@link Phase#TRANSFORM} when the stylesheet fails, {@link Phase#FORMAT} when FOP does
     */
    public PdfEdition render(XdmNode akn, String lang, Map<String, String> labels) throws PdfRenderException {
        Objects.requireNonNull(akn, "akn");
        Objects.requireNonNull(labels, "labels");
        Stylesheets.languageTag(lang); // a wrong argument is the caller's, not FOP's
        boolean isLong = isLong(akn);
        FopRun run = startFop(workDate(akn));
        try {
            transform(akn, lang, labels, isLong, new SAXDestination(run.handler()));
        } catch (PdfRenderException e) {
            if (fromFormatter(e)) {
                throw run.failure("FOP could not format the document", e.getCause());
            }
            throw e; // the stylesheet's own failure (not Akoma Ntoso, an xsl:message that terminates)
        } catch (RuntimeException e) {
            throw run.failure("FOP could not format the document", e);
        }
        return withGlyphReport(run.finish(), akn);
    }

    /**
     * Whether a failure of the streamed transformation came from its destination, FOP: what FOP
     * throws reaches Saxon as a {@link SAXException} (FOP's own {@link FOPException} is one), which
     * Saxon keeps as a cause; the stylesheet's own errors have none.
     */
    private static boolean fromFormatter(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SAXException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The edition with FOP's missing-glyph reports (wrong code points outside the Basic
     * Multilingual Plane, none for shaped scripts) replaced by one report per character the fonts
     * lack, by its true code point ({@link FontCoverage}).
     */
    private static PdfEdition withGlyphReport(PdfEdition edition, XdmNode akn) {
        List<String> warnings = new java.util.ArrayList<>();
        for (String w : edition.warnings()) {
            if (!w.contains(PdfEdition.MISSING_GLYPH)) {
                warnings.add(w);
            }
        }
        for (int cp : FontCoverage.missing(akn)) {
            warnings.add(FontCoverage.warning(cp));
        }
        return new PdfEdition(edition.pdf(), edition.pages(), warnings);
    }

    /**
     * XSL-FO text to PDF with FOP only (the baseline the benchmark compares with).
     *
     * @throws PdfRenderException ({@link Phase#FORMAT}) if the FO is not well-formed or FOP fails
     */
    public PdfEdition renderFromFo(String fo) throws PdfRenderException {
        Objects.requireNonNull(fo, "fo");
        FopRun run = startFop(Optional.empty());
        try {
            XMLReader reader = secureParserFactory().newSAXParser().getXMLReader();
            reader.setContentHandler(run.handler());
            reader.parse(new InputSource(new StringReader(fo)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new PdfRenderException(Phase.FORMAT, "FOP could not format the XSL-FO: " + e.getMessage(), e);
        }
        return run.finish();
    }

    // ---------------------------------------------------------------------------------------

    private void transform(XdmNode akn, String lang, Map<String, String> labels, boolean isLong,
                           Destination destination) throws PdfRenderException {
        Objects.requireNonNull(akn, "akn");
        Objects.requireNonNull(labels, "labels");
        Stylesheets.languageTag(lang);
        Xslt30Transformer transformer = stylesheet.load30();
        transformer.setResourceResolver(documents);
        // Failures reach the caller as PdfRenderException; nothing is printed to stderr.
        transformer.setErrorReporter(error -> { });
        try {
            transformer.setStylesheetParameters(Map.of(
                    LANG, new XdmAtomicValue(lang),
                    LABELS, XdmMap.makeMap(labels),
                    LONG, new XdmAtomicValue(isLong),
                    CONTENTS_MIN_PAGES, new XdmAtomicValue(contentsMinPages)));
            transformer.applyTemplates(akn, destination);
        } catch (SaxonApiException e) {
            throw new PdfRenderException(Phase.TRANSFORM, "The XSL-FO stylesheet failed: " + e.getMessage(), e);
        }
    }

    private FopRun startFop(Optional<Date> creationDate) throws PdfRenderException {
        FopFactory fopFactory = FopFactories.forCurrentThread();
        FOUserAgent agent = fopFactory.newFOUserAgent();
        agent.setCreator(CREATOR);
        creationDate.ifPresent(agent::setCreationDate);
        FopEventCollector events = new FopEventCollector();
        agent.getEventBroadcaster().addEventListener(events);
        // Chunks never copied while the PDF grows, joined once (a ByteArrayOutputStream doubles and
        // copies its buffer: a 300 MB PDF briefly needed about 800 MB); one per run, unsynchronized.
        UnsynchronizedByteArrayOutputStream out = UnsynchronizedByteArrayOutputStream.builder().get();
        try {
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
            return new FopRun(fop, new PageSequenceSplitter(fop.getDefaultHandler(), sequenceText), events, out);
        } catch (FOPException e) {
            throw new PdfRenderException(Phase.FORMAT, "FOP could not start: " + e.getMessage(), e);
        }
    }

    /** One FOP formatting run: where the FO goes in and the PDF comes out. */
    private record FopRun(Fop fop, ContentHandler handler, FopEventCollector events, UnsynchronizedByteArrayOutputStream out) {
        PdfEdition finish() {
            return new PdfEdition(out.toByteArray(), fop.getResults().getPageCount(), events.messages());
        }

        /** FOP stopped: its own reports (a font it could not load, a glyph it lacks) say why. */
        PdfRenderException failure(String what, Throwable e) {
            List<String> reports = events.messages();
            return new PdfRenderException(Phase.FORMAT, what + ": " + e.getMessage()
                    + (reports.isEmpty() ? "" : " (FOP reported: " + String.join("; ", reports) + ")"), e);
        }
    }

    /** Whether the document's text reaches {@link #longText} characters. */
    private boolean isLong(XdmNode akn) throws PdfRenderException {
        try {
            XPathSelector selector = textLength.load();
            selector.setContextItem(akn);
            XdmItem length = selector.evaluateSingle();
            return length != null && ((XdmAtomicValue) length).getLongValue() >= longText;
        } catch (SaxonApiException e) {
            throw new PdfRenderException(Phase.TRANSFORM, "Cannot measure the document's text: " + e.getMessage(), e);
        }
    }

    /** The work's date (FRBRWork/FRBRdate), midnight UTC, as the PDF's creation date: same input, same date. */
    private Optional<Date> workDate(XdmNode akn) throws PdfRenderException {
        try {
            XPathSelector selector = workDate.load();
            selector.setContextItem(akn);
            XdmItem date = selector.evaluateSingle();
            if (date == null) {
                return Optional.empty();
            }
            LocalDate day = LocalDate.parse(date.getStringValue().trim());
            return Optional.of(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
        } catch (SaxonApiException e) {
            throw new PdfRenderException(Phase.TRANSFORM, "Cannot read the document date: " + e.getMessage(), e);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static XsltExecutable compile(Processor processor, URI uri) throws PdfRenderException {
        try {
            return Stylesheets.compile(processor, uri);
        } catch (SaxonApiException e) {
            throw new PdfRenderException(Phase.TRANSFORM, e.getMessage(), e);
        }
    }

    private static XPathExecutable compileXPath(Processor processor, String expression) {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("akn", AKN);
        try {
            return xpath.compile(expression);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Invalid built-in XPath: " + expression, e);
        }
    }

    private static SAXParserFactory secureParserFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory;
    }
}
