package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * Facing pages exported as one PDF page: a brochure's cover single (A5, 420 x 595 pt), its inner
 * pages as spreads twice as wide (840 x 595 pt), as the French ANSSI NIS 2 brochure is published. The
 * layout program writes the two pages' text blocks alternately, top to bottom across the spread.
 */
class SpreadsTest {
    private static final Extractor EXTRACTOR = new Extractor(ExtractionLimits.defaults());
    private static final PDRectangle A5 = new PDRectangle(420, 595);
    private static final PDRectangle A5_SPREAD = new PDRectangle(840, 595);

    private static byte[] pdf(PDRectangle[] sizes, List<List<TestFiles.PdfLine>> pages) throws IOException {
        return TestFiles.linesPdf(sizes, pages);
    }

    private static final List<TestFiles.PdfLine> COVER = List.of(new TestFiles.PdfLine(40, 500, "Directive NIS 2"));

    /** The director's word on the left page, "What is NIS 2?" on the right, written alternately. */
    private static final List<TestFiles.PdfLine> INTERLEAVED = List.of(
            new TestFiles.PdfLine(40, 540, "The word of the director"),
            new TestFiles.PdfLine(460, 540, "What is NIS 2?"),
            new TestFiles.PdfLine(40, 500, "The directive raises the level of cybersecurity."),
            new TestFiles.PdfLine(460, 500, "The directive aims to strengthen the networks."),
            new TestFiles.PdfLine(40, 460, "Vincent Strubel"),
            new TestFiles.PdfLine(460, 460, "It widens the sectors concerned."),
            new TestFiles.PdfLine(380, 30, "4"),
            new TestFiles.PdfLine(800, 30, "5"));

    private static List<String> pages(byte[] pdf) throws Exception {
        ExtractedText text = EXTRACTOR.extract("brochure.pdf", pdf);
        // One line a text line: the stripper sets the page's lines apart as paragraphs (blank lines between).
        return Arrays.stream(text.text().split("\f")).map(p -> p.strip().replaceAll("\n\\s*\n", "\n")).toList();
    }

    @Test
    void aSpreadIsReadAsItsTwoPagesLeftThenRight() throws Exception {
        byte[] pdf = pdf(new PDRectangle[] {A5, A5_SPREAD, A5}, List.of(COVER, INTERLEAVED, List.of(new TestFiles.PdfLine(40, 500, "Back"))));
        assertEquals(List.of("Directive NIS 2",
                "The word of the director\nThe directive raises the level of cybersecurity.\nVincent Strubel\n4",
                "What is NIS 2?\nThe directive aims to strengthen the networks.\nIt widens the sectors concerned.\n5",
                "Back"), pages(pdf));
        ExtractedText text = EXTRACTOR.extract("brochure.pdf", pdf);
        assertEquals(4, text.pageCount());
        assertEquals(List.of("1 spread(s), facing pages exported as one PDF page, read as two pages each, left then right"),
                text.warnings());
    }

    @Test
    void aTitleSetAcrossTheGutterKeepsTheSpreadWhole() throws Exception {
        List<TestFiles.PdfLine> spread = new java.util.ArrayList<>(INTERLEAVED);
        spread.add(0, new TestFiles.PdfLine(300, 570, "Ten thousand entities in eighteen sectors"));
        List<String> pages = pages(pdf(new PDRectangle[] {A5, A5_SPREAD}, List.of(COVER, spread)));
        assertEquals(2, pages.size());
        assertEquals("Ten thousand entities in eighteen sectors\nThe word of the director What is NIS 2?",
                String.join("\n", pages.get(1).lines().limit(2).toList()));
    }

    @Test
    void aLandscapePageIsNoSpreadWithoutSinglePagesHalfItsWidth() throws Exception {
        PDRectangle a4Landscape = new PDRectangle(842, 595);
        PDRectangle a4 = new PDRectangle(595, 842);
        List<String> onlyLandscape = pages(pdf(new PDRectangle[] {a4Landscape}, List.of(INTERLEAVED)));
        assertEquals(1, onlyLandscape.size());
        List<String> withPortrait = pages(pdf(new PDRectangle[] {a4, a4Landscape}, List.of(COVER, INTERLEAVED)));
        assertEquals(2, withPortrait.size());
        assertEquals("The word of the director What is NIS 2?", withPortrait.get(1).lines().findFirst().orElseThrow());
    }
}
