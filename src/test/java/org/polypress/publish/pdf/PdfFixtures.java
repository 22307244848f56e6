package org.polypress.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polypress.profile.Labels;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;
import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Shared test fixtures: one renderer for the test JVM, the hand-written AKN documents under
 * {@code src/test/resources/fo/}, each rendered once, and helpers that read a PDF back the way
 * a reader would (text per page without running header and footer, normalised for comparison).
 */
final class PdfFixtures {

    static final String AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final double MM = 72 / 25.4;

    /** A fixture document and the facts the tests expect of its edition. */
    enum Fixture {
        EN_RESOLUTION("en-resolution.akn.xml", "en", "2013/2606(RSP)"),
        NL_COUNCIL("nl-council-conclusions.akn.xml", "nl", "14435/17"),
        EL_LAW("el-law-4534.akn.xml", "el", "4534/2018");

        final String file;
        final String lang;
        final String number;

        Fixture(String file, String lang, String number) {
            this.file = file;
            this.lang = lang;
            this.number = number;
        }
    }

    static final Processor PROCESSOR = new Processor(false);
    private static final Map<Fixture, PdfEdition> EDITIONS = new ConcurrentHashMap<>();
    private static volatile PdfRenderer renderer;

    private PdfFixtures() {
    }

    /**
     * The renderer over the stylesheets as packaged (xslt/ on the classpath), printing a contents
     * whenever there are two headings: the fixtures are documents of two to five pages whose
     * contents the suites check; the page threshold has its own test ({@link ContentsTest}).
     */
    static PdfRenderer renderer() {
        if (renderer == null) {
            synchronized (PdfFixtures.class) {
                if (renderer == null) {
                    try {
                        renderer = new PdfRenderer(PROCESSOR, xsltFolder(), 0);
                    } catch (PdfRenderException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return renderer;
    }

    static URI xsltFolder() {
        URI entry = resource("xslt/" + PdfRenderer.STYLESHEET);
        return entry.resolve(".");
    }

    static URI resource(String path) {
        try {
            var url = PdfFixtures.class.getClassLoader().getResource(path);
            assertNotNull(url, "missing on the test classpath: " + path);
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static XdmNode load(Fixture fixture) {
        return parse(resource("fo/" + fixture.file));
    }

    static XdmNode parse(URI uri) {
        try {
            return PROCESSOR.newDocumentBuilder().build(new StreamSource(uri.toString()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    static XdmNode parse(String xml) {
        try {
            return PROCESSOR.newDocumentBuilder().build(new StreamSource(new java.io.StringReader(xml)));
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The AKN documents other suites share under {@code src/test/resources/akn/}, if any. */
    static List<Path> sharedAkn() {
        var url = PdfFixtures.class.getClassLoader().getResource("akn");
        if (url == null) {
            return List.of();
        }
        try (var files = Files.list(Path.of(url.toURI()))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** BCP-47 language of an AKN document from its FRBRlanguage (ISO 639-2), "en" when unknown. */
    static String language(XdmNode akn) {
        XPathCompiler xpath = PROCESSOR.newXPathCompiler();
        xpath.declareNamespace("akn", AKN_NS);
        try {
            XdmItem code = xpath.evaluateSingle("(//akn:FRBRExpression/akn:FRBRlanguage/@language)[1]", akn);
            String iso = code == null ? "" : code.getStringValue();
            return switch (iso) {
                case "dut", "nld", "nl" -> "nl";
                case "gre", "ell", "el" -> "el";
                case "fre", "fra", "fr" -> "fr";
                case "ger", "deu", "de" -> "de";
                case "pol", "pl" -> "pl";
                case "rum", "ron", "ro" -> "ro";
                case "bul", "bg" -> "bg";
                default -> "en";
            };
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The labels of a language as the stylesheets resolve them (its label file, then English). */
    static Map<String, String> labels(String lang) {
        return Labels.of(lang);
    }

    /** The fixture's edition, rendered once per test JVM. */
    static PdfEdition edition(Fixture fixture) {
        return EDITIONS.computeIfAbsent(fixture, f -> {
            try {
                return renderer().render(load(f), f.lang, Map.of()); // the stylesheets resolve the labels
            } catch (PdfRenderException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static PDDocument open(PdfEdition edition) throws IOException {
        return Loader.loadPDF(edition.pdf());
    }

    /** Text for comparison: no white space, no hyphens (FOP's hyphenation adds them at line ends). */
    static String normalize(String text) {
        return text.replaceAll("[\\s\\u00AD\\-\\u2010\\u2011]", "");
    }

    /** Normalised text of each page's body: everything between the running header and the footer. */
    static List<String> bodyTextByPage(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            double height = page.getMediaBox().getHeight();
            double width = page.getMediaBox().getWidth();
            stripper.addRegion("body", new Rectangle2D.Double(0, 23 * MM, width, height - 45 * MM));
            stripper.extractRegions(page);
            pages.add(normalize(stripper.getTextForRegion("body")));
        }
        return pages;
    }

    /** Normalised text of each whole page, running header and footer included. */
    static List<String> fullTextByPage(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("page", new Rectangle2D.Double(0, 0, page.getMediaBox().getWidth(),
                    page.getMediaBox().getHeight()));
            stripper.extractRegions(page);
            pages.add(normalize(stripper.getTextForRegion("page")));
        }
        return pages;
    }

    /** A footnote of the source and how the edition must print it. */
    record Note(String label, String textBefore, String text) {
    }

    /**
     * The notes of an AKN document in document order, with the label the edition prints (the
     * marker, or the position when markers repeat) and the normalised text just before each.
     */
    static List<Note> notes(XdmNode akn) {
        XPathCompiler xpath = PROCESSOR.newXPathCompiler();
        xpath.declareNamespace("akn", AKN_NS);
        try {
            List<XdmNode> notes = new ArrayList<>();
            xpath.evaluate("//akn:authorialNote", akn).forEach(n -> notes.add((XdmNode) n));
            long distinct = notes.stream().map(n -> n.attribute("marker")).distinct().count();
            boolean renumber = distinct != notes.size() || notes.stream().anyMatch(n -> n.attribute("marker") == null);
            List<Note> result = new ArrayList<>();
            for (int i = 0; i < notes.size(); i++) {
                XdmNode note = notes.get(i);
                XdmItem before = xpath.evaluateSingle("let $n := . return string-join("
                        + "ancestor::*[self::akn:p or self::akn:heading or self::akn:num][1]//text()"
                        + "[. << $n][not(ancestor::akn:authorialNote)], '')", note);
                String label = renumber ? String.valueOf(i + 1) : note.attribute("marker").trim();
                result.add(new Note(label, normalize(before.getStringValue()), normalize(note.getStringValue())));
            }
            return result;
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The running-text paragraphs of an AKN document (preamble, bodies, annexes; not the cover
     * page, which the title block summarises), each as the edition prints it: normalised, with
     * each note replaced by its printed label.
     */
    static List<String> paragraphs(XdmNode akn) {
        Map<XdmNode, String> labels = new LinkedHashMap<>();
        List<Note> notes = notes(akn);
        XPathCompiler xpath = PROCESSOR.newXPathCompiler();
        xpath.declareNamespace("akn", AKN_NS);
        try {
            List<XdmNode> noteNodes = new ArrayList<>();
            xpath.evaluate("//akn:authorialNote", akn).forEach(n -> noteNodes.add((XdmNode) n));
            for (int i = 0; i < noteNodes.size(); i++) {
                labels.put(noteNodes.get(i), notes.get(i).label());
            }
            List<String> paragraphs = new ArrayList<>();
            xpath.evaluate("//(akn:preamble | akn:mainBody)//akn:p[not(ancestor::akn:authorialNote)]", akn)
                    .forEach(p -> {
                        StringBuilder text = new StringBuilder();
                        appendPrinted((XdmNode) p, labels, text);
                        paragraphs.add(normalize(text.toString()));
                    });
            return paragraphs;
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void appendPrinted(XdmNode node, Map<XdmNode, String> labels, StringBuilder out) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                out.append(child.getStringValue());
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                if (child.getNodeName().equals(new QName(AKN_NS, "authorialNote"))) {
                    out.append(labels.get(child));
                } else {
                    appendPrinted(child, labels, out);
                }
            }
        }
    }

    /** Writes each page as PNG under the build folder's pdf-pages/, for people to look at. */
    static List<Path> writePages(String name, PdfEdition edition, float dpi) throws IOException {
        Path folder = buildFolder().resolve("pdf-pages");
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        try (PDDocument pdf = open(edition)) {
            PDFRenderer pages = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                Path file = folder.resolve(String.format("%s-%02d.png", name, i + 1));
                ImageIO.write(pages.renderImageWithDPI(i, dpi), "png", file.toFile());
                files.add(file);
            }
        }
        return files;
    }

    /** The build folder (target/ or the one given with -Dpolypress.build.dir): parent of test-classes. */
    static Path buildFolder() {
        try {
            return Path.of(PdfFixtures.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A long document for stress tests and the benchmark: the English resolution's body repeated
     * {@code copies} times, each copy a chapter of its own (unique eIds, repeated note markers).
     */
    static String longDocument(int copies) {
        try {
            String source = Files.readString(Path.of(resource("fo/" + Fixture.EN_RESOLUTION.file)));
            int start = source.indexOf("<mainBody>") + "<mainBody>".length();
            int end = source.indexOf("</mainBody>");
            String body = source.substring(start, end);
            StringBuilder chapters = new StringBuilder();
            for (int i = 1; i <= copies; i++) {
                chapters.append("<chapter eId=\"chp_").append(i).append("\"><num>Chapter ").append(i)
                        .append("</num><heading>Reading ").append(i).append(" of the resolution</heading>")
                        .append(body.replace("eId=\"", "eId=\"chp_" + i + "__").replace("href=\"#", "href=\"#chp_" + i + "__"))
                        .append("</chapter>");
            }
            return source.substring(0, start) + chapters + source.substring(end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
