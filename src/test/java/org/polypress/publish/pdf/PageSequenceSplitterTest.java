package org.polypress.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The page-sequence cutter on hand-written XSL-FO: where it cuts, what it repeats, what it never does. */
class PageSequenceSplitterTest {

    private static final String HEAD = "<fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format' xmlns:ppfo='urn:polypress:fo'>"
            + "<fo:layout-master-set/>";
    private static final String STATIC = "<fo:static-content flow-name='footer'><fo:block>Page <fo:page-number/></fo:block>"
            + "</fo:static-content>";

    /** Ten chapters of 30 characters each, in a body block with its own id, marker and spacing. */
    private static String chapters(String sequenceAttributes) {
        StringBuilder fo = new StringBuilder(HEAD).append("<fo:page-sequence master-reference='first' id='seq' ")
                .append("initial-page-number='1' ").append(sequenceAttributes).append('>')
                .append(STATIC).append("<fo:flow flow-name='xsl-region-body'>")
                .append("<fo:block id='body' space-before='12pt' font-size='10pt' ppfo:split='before'>")
                .append("<fo:marker marker-class-name='m'>Body</fo:marker>");
        for (int i = 1; i <= 10; i++) {
            fo.append("<fo:block id='c").append(i).append("' ppfo:split='before'>")
                    .append(String.format("Chapter %02d text of thirty chs.", i)).append("</fo:block>");
        }
        return fo.append("</fo:block></fo:flow></fo:page-sequence></fo:root>").toString();
    }

    @Test
    void givesFopNoLocatorOfTheTransformation() {
        // Saxon's locator points into the stylesheet; FOP printed it in reports as the document's place.
        java.util.List<org.xml.sax.Locator> given = new java.util.ArrayList<>();
        PageSequenceSplitter splitter = new PageSequenceSplitter(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void setDocumentLocator(org.xml.sax.Locator locator) {
                given.add(locator);
            }
        }, 100);
        splitter.setDocumentLocator(new org.xml.sax.helpers.LocatorImpl());
        assertEquals(java.util.List.of(), given);
    }

    @Test
    void passesAnOrdinarySequenceThroughAndDropsOnlyItsInstructions() throws Exception {
        XdmNode out = split(chapters(""), 10);
        assertEquals(1, count(out, "//fo:page-sequence"));
        assertEquals(0, count(out, "//@ppfo:*"), "no ppfo attribute reaches FOP");
        assertEquals(10, count(out, "//fo:block[starts-with(@id, 'c')]"));
        assertEquals("seq", value(out, "//fo:page-sequence/@id"));
    }

    @Test
    void cutsAContinuableSequenceBeforeDivisionsOnceTheChunkHasPassed() throws Exception {
        XdmNode out = split(chapters("ppfo:continue-master='rest'"), 60);
        // 30 characters per chapter: the cut comes before the chapter after two have passed.
        assertEquals(5, count(out, "//fo:page-sequence"));
        assertEquals("first rest rest rest rest", value(out, "string-join(//fo:page-sequence/@master-reference, ' ')"));
        assertEquals(List.of("c1 c2", "c3 c4", "c5 c6", "c7 c8", "c9 c10"), perSequence(out,
                "string-join(.//fo:block[starts-with(@id, 'c')]/@id, ' ')"));
        assertEquals(String.join("", chapterTexts()), value(out, "string-join(//fo:flow//text()[not(ancestor::fo:marker)], '')"),
                "the text, whole and in order");
    }

    @Test
    void repeatsStaticContentOpenBlocksAndMarkersButNotWhatBelongsToTheStart() throws Exception {
        XdmNode out = split(chapters("ppfo:continue-master='rest'"), 60);
        assertEquals(5, count(out, "//fo:page-sequence/fo:static-content[@flow-name='footer']"), "footer in each");
        assertEquals(1, count(out, "//fo:page-sequence[@id]"), "the sequence id stays on the first");
        assertEquals(1, count(out, "//fo:page-sequence[@initial-page-number]"), "page numbers run on");
        assertEquals(5, count(out, "//fo:flow/fo:block[@font-size='10pt']"), "the body block opens again in each");
        assertEquals(1, count(out, "//fo:flow/fo:block[@id or @space-before]"), "its id and space only once");
        assertEquals(5, count(out, "//fo:flow/fo:block/fo:marker[1][@marker-class-name='m'][. = 'Body']"),
                "its marker first in each, for the running header");
    }

    @Test
    void cutsAnywhereBetweenBlocksAfterTwiceTheChunkWithoutADivision() throws Exception {
        String plain = chapters("ppfo:continue-master='rest'").replace(" ppfo:split='before'", "");
        XdmNode out = split(plain, 40);
        // No preferred place: a cut before the block after 80 characters, i.e. every three chapters.
        assertEquals(List.of("c1 c2 c3", "c4 c5 c6", "c7 c8 c9", "c10"), perSequence(out,
                "string-join(.//fo:block[starts-with(@id, 'c')]/@id, ' ')"));
    }

    @Test
    void neverCutsInsideListsTablesFootnotesOrLines() throws Exception {
        StringBuilder fo = new StringBuilder(HEAD).append("<fo:page-sequence master-reference='first' ppfo:continue-master='rest'>")
                .append("<fo:flow flow-name='xsl-region-body'><fo:list-block>");
        for (int i = 1; i <= 6; i++) {
            fo.append("<fo:list-item><fo:list-item-label><fo:block>").append(i).append("</fo:block></fo:list-item-label>")
                    .append("<fo:list-item-body><fo:block ppfo:split='before'>Item text of thirty characters.</fo:block>")
                    .append("</fo:list-item-body></fo:list-item>");
        }
        fo.append("</fo:list-block><fo:block>Text<fo:footnote><fo:inline>1</fo:inline><fo:footnote-body>")
                .append("<fo:block ppfo:split='before'>A long note of more than thirty characters.</fo:block>")
                .append("<fo:block ppfo:split='before'>And a second block in it.</fo:block></fo:footnote-body></fo:footnote>")
                .append("<fo:inline><fo:block ppfo:split='before'>Odd, but legal.</fo:block></fo:inline></fo:block>")
                .append("<fo:block ppfo:split='before'>After the list and the note.</fo:block>")
                .append("</fo:flow></fo:page-sequence></fo:root>");
        XdmNode out = split(fo.toString(), 20);
        // Cuts only between the blocks of the flow: after the list and after the paragraph.
        assertEquals(3, count(out, "//fo:page-sequence"));
        assertEquals(1, count(out, "//fo:list-block"), "the list whole");
        assertEquals(6, count(out, "(//fo:page-sequence)[1]//fo:list-item"));
        assertEquals(1, count(out, "//fo:footnote"), "the note whole");
        assertEquals(2, count(out, "(//fo:page-sequence)[2]//fo:footnote-body/fo:block"));
        assertEquals(1, count(out, "(//fo:page-sequence)[2]//fo:inline/fo:block"), "the line whole");
        assertEquals("After the list and the note.", value(out, "string((//fo:page-sequence)[3]/fo:flow)"));
    }

    @Test
    void refusesAChunkThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> new PageSequenceSplitter(new org.xml.sax.helpers.DefaultHandler(), 0));
    }

    // ---------------------------------------------------------------------------------------

    private static List<String> chapterTexts() {
        return java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(i -> String.format("Chapter %02d text of thirty chs.", i)).toList();
    }

    /** The FO after the splitter, serialised by the JDK's identity transformer and parsed again. */
    private static XdmNode split(String fo, long chunk) throws Exception {
        SAXTransformerFactory factory = (SAXTransformerFactory) SAXTransformerFactory.newInstance(
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl", null);
        TransformerHandler serializer = factory.newTransformerHandler();
        serializer.getTransformer().setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter written = new StringWriter();
        serializer.setResult(new StreamResult(written));
        SAXParserFactory parsers = SAXParserFactory.newInstance();
        parsers.setNamespaceAware(true);
        XMLReader reader = parsers.newSAXParser().getXMLReader();
        PageSequenceSplitter splitter = new PageSequenceSplitter(serializer, chunk);
        reader.setContentHandler(splitter);
        reader.parse(new InputSource(new StringReader(fo)));
        XdmNode out = PdfFixtures.parse(written.toString());
        assertEquals(splitter.sequences(), count(out, "//fo:page-sequence"), "sequences() counts what was passed on");
        assertFalse(written.toString().isEmpty());
        return out;
    }

    private static XPathCompiler xpath() {
        XPathCompiler xpath = PdfFixtures.PROCESSOR.newXPathCompiler();
        xpath.declareNamespace("fo", PageSequenceSplitter.FO);
        xpath.declareNamespace("ppfo", PageSequenceSplitter.PPFO);
        return xpath;
    }

    private static int count(XdmNode node, String path) throws SaxonApiException {
        return xpath().evaluate(path, node).size();
    }

    private static String value(XdmNode node, String expression) throws SaxonApiException {
        XdmItem item = xpath().evaluateSingle(expression, node);
        return item == null ? "" : item.getStringValue();
    }

    private static List<String> perSequence(XdmNode node, String expression) throws SaxonApiException {
        List<String> values = new java.util.ArrayList<>();
        for (XdmItem sequence : xpath().evaluate("//fo:page-sequence", node)) {
            values.add(value((XdmNode) sequence, expression));
        }
        assertTrue(values.size() > 0);
        return values;
    }
}
