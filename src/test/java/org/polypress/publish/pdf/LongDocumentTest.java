package org.polypress.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.SAXParserFactory;

import net.sf.saxon.s9api.XdmNode;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;
import org.polypress.publish.pdf.PdfFixtures.Note;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Dozens of pages: every note still lands on its page, every page keeps its furniture; and the
 * same document set as a long one (small thresholds stand in for the real ones, which start at
 * about 450 pages): cut into several page sequences, page numbers running on, "Page x" without
 * the total, the contents after the text, nothing lost at a cut.
 */
class LongDocumentTest {

    private static final int COPIES = 12;
    /** The English resolution's body is about 3,900 characters: a cut every two chapters. */
    private static final long LONG_TEXT = 20_000;
    private static final long SEQUENCE_TEXT = 6_000;

    @Test
    void keepsEveryFootnoteWithItsCitationOverManyPages() throws Exception {
        XdmNode akn = PdfFixtures.parse(PdfFixtures.longDocument(COPIES));
        PdfEdition edition = PdfFixtures.renderer().render(akn, "en", PdfFixtures.labels("en"));
        assertEquals(List.of(), edition.warnings());
        assertTrue(edition.pages() >= 15, "pages: " + edition.pages());
        PdfFixtures.writePages("long", edition, 72);

        List<Note> notes = PdfFixtures.notes(akn);
        assertEquals(1 + COPIES * 4, notes.size(), "one note in the preamble, four in each copy of the body");
        assertEquals("49", notes.get(48).label(), "repeated markers are numbered through");
        try (PDDocument pdf = PdfFixtures.open(edition)) {
            assertNotesOnTheirPages(notes, pdf);
            List<String> full = PdfFixtures.fullTextByPage(pdf);
            for (int i = 1; i < full.size(); i++) {
                assertTrue(full.get(i).contains("2013/2606(RSP)"), "header on page " + (i + 1));
            }
        }
    }

    @Test
    void cutsALongDocumentIntoSeveralPageSequences() throws Exception {
        XdmNode akn = PdfFixtures.parse(PdfFixtures.longDocument(COPIES));
        String fo = longRenderer().renderFo(akn, "en", PdfFixtures.labels("en"));
        assertTrue(fo.contains("continue-master=\"ppfo-rest\""), "marked continuable");
        int sequences = sequencesAfterSplitting(fo);
        assertTrue(sequences >= 4 && sequences <= COPIES, "sequences: " + sequences);

        String ordinary = PdfFixtures.renderer().renderFo(akn, "en", PdfFixtures.labels("en"));
        assertFalse(ordinary.contains("continue-master"), "below the threshold a document is one sequence");
        assertEquals(1, sequencesAfterSplitting(ordinary));
    }

    @Test
    void setsALongDocumentWithoutLosingAnythingAtTheCuts() throws Exception {
        XdmNode akn = PdfFixtures.parse(PdfFixtures.longDocument(COPIES));
        PdfEdition edition = longEdition(akn);
        assertEquals(List.of(), edition.warnings());
        PdfFixtures.writePages("long-sequences", edition, 72);
        try (PDDocument pdf = PdfFixtures.open(edition)) {
            String text = String.join("", PdfFixtures.bodyTextByPage(pdf));
            List<Note> notes = PdfFixtures.notes(akn);
            for (Note note : notes) {
                text = text.replaceFirst(Pattern.quote(note.label() + note.text()), "");
            }
            int from = 0;
            for (String paragraph : PdfFixtures.paragraphs(akn)) {
                int at = text.indexOf(paragraph, from);
                assertTrue(at >= 0, "paragraph missing or out of order: " + paragraph);
                from = at + paragraph.length();
            }
            assertNotesOnTheirPages(notes, pdf);
        }
    }

    @Test
    void numbersPagesOnWithoutTheTotalUnderTheDocumentNumber() throws Exception {
        XdmNode akn = PdfFixtures.parse(PdfFixtures.longDocument(COPIES));
        try (PDDocument pdf = PdfFixtures.open(longEdition(akn))) {
            List<String> full = PdfFixtures.fullTextByPage(pdf);
            List<String> bodies = PdfFixtures.bodyTextByPage(pdf);
            for (int i = 0; i < full.size(); i++) {
                String furniture = full.get(i).replace(bodies.get(i), "");
                String footer = "Page" + (i + 1);
                // The number only: FOP 2.11 tags the text wrongly after retrieving markers across sequences.
                String header = i == 0 ? "" : "2013/2606(RSP)";
                assertEquals(header + footer, furniture, "header and footer of page " + (i + 1));
            }
        }
    }

    @Test
    void printsTheContentsAfterTheTextWithPageNumbersThatHold() throws Exception {
        XdmNode akn = PdfFixtures.parse(PdfFixtures.longDocument(COPIES));
        try (PDDocument pdf = PdfFixtures.open(longEdition(akn))) {
            List<String> bodies = PdfFixtures.bodyTextByPage(pdf);
            assertFalse(bodies.get(0).contains("Contents"), "no contents before the text");
            int contents = contentsPage(bodies);
            String lines = String.join("", bodies.subList(contents, bodies.size()));
            for (int chapter = 1; chapter <= COPIES; chapter++) {
                String heading = PdfFixtures.normalize("Chapter " + chapter + " Reading " + chapter + " of the resolution");
                int page = -1;
                for (int i = 0; i < contents && page < 0; i++) {
                    if (bodies.get(i).contains(heading)) {
                        page = i + 1;
                    }
                }
                assertTrue(page > 0, heading + " is printed");
                assertTrue(Pattern.compile(Pattern.quote(heading) + "\\.{5,}" + page + "(?!\\d)").matcher(lines).find(),
                        "contents line of chapter " + chapter + " gives page " + page);
            }
            List<PDOutlineItem> bookmarks = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
            for (PDOutlineItem item : bookmarks.subList(1, bookmarks.size())) {
                int page = pdf.getPages().indexOf(item.findDestinationPage(pdf));
                assertTrue(page >= 0 && bodies.get(page).contains(PdfFixtures.normalize(item.getTitle())),
                        "bookmark " + item.getTitle() + " leads to its page");
            }
        }
    }

    @Test
    void setsAParagraphOfMegabytesAsBlocksThatReadAsOne() throws Exception {
        String source = PdfFixtures.longDocument(1);
        StringBuilder words = new StringBuilder();
        for (int i = 0; words.length() < 35_000; i++) {
            words.append("word").append(i).append(' ');
        }
        String text = words.toString().trim();
        int at = source.indexOf("<p>", source.indexOf("<mainBody>"));
        XdmNode akn = PdfFixtures.parse(source.substring(0, at) + "<p>" + text + "</p>" + source.substring(at));
        String fo = PdfFixtures.renderer().renderFo(akn, "en", PdfFixtures.labels("en"));
        // Pieces of at most 10,000 characters, cut at spaces; all but the last end on a justified line.
        Matcher pieces = Pattern.compile("<fo:block( text-align-last=\"justify\")?>(word[^<]*)</fo:block>").matcher(fo);
        List<String> texts = new ArrayList<>();
        int justified = 0;
        while (pieces.find()) {
            texts.add(pieces.group(2).trim());
            justified += pieces.group(1) == null ? 0 : 1;
        }
        assertEquals(4, texts.size(), "35,000 characters in pieces of 10,000 at most");
        assertEquals(3, justified);
        assertEquals(text, String.join(" ", texts), "whole, in order, cut between words");
        assertTrue(texts.stream().allMatch(t -> t.length() <= 10_000));

        PdfEdition edition = PdfFixtures.renderer().render(akn, "en", PdfFixtures.labels("en"));
        assertEquals(List.of(), edition.warnings());
        try (PDDocument pdf = PdfFixtures.open(edition)) {
            assertTrue(String.join("", PdfFixtures.bodyTextByPage(pdf)).contains(PdfFixtures.normalize(text)),
                    "the paragraph is printed whole");
        }
    }

    /** A renderer that sets documents of more than {@value #LONG_TEXT} characters as long ones. */
    static PdfRenderer longRenderer() throws PdfRenderException {
        return new PdfRenderer(PdfFixtures.PROCESSOR, PdfFixtures.xsltFolder(), LONG_TEXT, SEQUENCE_TEXT);
    }

    /** The long document's edition as a long document. */
    static PdfEdition longEdition(XdmNode akn) throws PdfRenderException {
        return longRenderer().render(akn, "en", PdfFixtures.labels("en"));
    }

    /** Index of the page the contents starts on, after the text. */
    private static int contentsPage(List<String> bodies) {
        int contents = bodies.size() - 1;
        while (contents > 0 && !bodies.get(contents).startsWith("Contents")) {
            contents--;
        }
        assertTrue(contents > 0, "a contents page after the text");
        return contents;
    }

    private static void assertNotesOnTheirPages(List<Note> notes, PDDocument pdf) throws Exception {
        List<String> pages = PdfFixtures.bodyTextByPage(pdf);
        for (Note note : notes) {
            String before = note.textBefore();
            String cited = before.substring(Math.max(0, before.length() - 24)) + note.label();
            int page = -1;
            for (int i = 0; i < pages.size() && page < 0; i++) {
                if (pages.get(i).contains(cited)) {
                    page = i;
                }
            }
            assertTrue(page >= 0, "note " + note.label() + " is cited");
            assertTrue(pages.get(page).contains(note.label() + note.text()),
                    "note " + note.label() + " at the foot of page " + (page + 1));
        }
    }

    private static int sequencesAfterSplitting(String fo) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        PageSequenceSplitter splitter = new PageSequenceSplitter(new DefaultHandler(), SEQUENCE_TEXT);
        reader.setContentHandler(splitter);
        reader.parse(new InputSource(new java.io.StringReader(fo)));
        return splitter.sequences();
    }

    private static void collect(PDOutlineNode node, List<PDOutlineItem> into) {
        for (PDOutlineItem item : node.children()) {
            into.add(item);
            collect(item, into);
        }
    }
}
