package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/**
 * A brochure page whose layout program wrote its text frames out of order (the French ANSSI NIS 2
 * brochure, 2024, page 12: the steps' headings, then their texts, then the steps' numbers in their
 * circles, then the section's heading), against a two-column gazette page written column after column.
 */
class ReadingOrderTest {
    private static final Extractor EXTRACTOR = new Extractor(ExtractionLimits.defaults());

    private static byte[] pdf(List<TestFiles.PdfLine> lines) throws IOException {
        return TestFiles.linesPdf(new PDRectangle[] {new PDRectangle(420, 595)}, List.of(lines));
    }

    private static final List<TestFiles.PdfLine> STEPS_OUT_OF_ORDER = List.of(
            new TestFiles.PdfLine(40, 540, "Se preparer avec MonEspaceNIS2"),
            new TestFiles.PdfLine(62, 480, "Decouvrir la directive NIS 2 et rester informe"),
            new TestFiles.PdfLine(62, 300, "Savoir si votre entite est assujettie"),
            new TestFiles.PdfLine(200, 440, "Retrouvez les informations concernant la directive."),
            new TestFiles.PdfLine(200, 260, "Realisez un test en ligne pour determiner si votre entite est assujettie."),
            new TestFiles.PdfLine(45, 480, "1"),
            new TestFiles.PdfLine(45, 300, "2"),
            new TestFiles.PdfLine(40, 510, "Services disponibles"));

    private static List<String> lines(byte[] pdf) throws Exception {
        return EXTRACTOR.extract("page.pdf", pdf).text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void framesWrittenOutOfOrderAreReadTopToBottom() throws Exception {
        byte[] pdf = pdf(STEPS_OUT_OF_ORDER);
        assertEquals(List.of("Se preparer avec MonEspaceNIS2", "Services disponibles", "1 Decouvrir la directive NIS 2 et rester informe",
                "Retrouvez les informations concernant la directive.", "2 Savoir si votre entite est assujettie",
                "Realisez un test en ligne pour determiner si votre entite est assujettie."), lines(pdf));
        assertTrue(EXTRACTOR.extract("page.pdf", pdf).warnings().stream().anyMatch(w -> w.contains("read by position")));
    }

    @Test
    void aTwoColumnPageKeepsItsContentOrder() throws Exception {
        List<TestFiles.PdfLine> columns = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            columns.add(new TestFiles.PdfLine(30, 500 - 14 * i, "left column line " + i));
        }
        for (int i = 0; i < 6; i++) {
            columns.add(new TestFiles.PdfLine(230, 500 - 14 * i, "right column line " + i));
        }
        List<String> lines = lines(pdf(columns));
        assertEquals("left column line 5", lines.get(5));
        assertEquals("right column line 0", lines.get(6));
        assertFalse(EXTRACTOR.extract("page.pdf", pdf(columns)).warnings().stream().anyMatch(w -> w.contains("read by position")));
    }

    /** The brochure's contents page: its entries, then their page numbers right of them, then its heading. */
    @Test
    void aContentsPageWithItsNumbersInAColumnKeepsItsContentOrder() {
        List<ReadingOrder.Line> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(new ReadingOrder.Line(40, 220, 120 + 30 * i, 10));
        }
        for (int i = 0; i < 5; i++) {
            lines.add(new ReadingOrder.Line(380, 386, 120 + 30 * i, 10));
        }
        lines.add(new ReadingOrder.Line(40, 120, 80, 14));
        assertEquals(2, ReadingOrder.jumps(lines));
        assertFalse(ReadingOrder.byPosition(lines));
        // A step's number left of its heading is its label: the page is still one column.
        List<ReadingOrder.Line> steps = List.of(new ReadingOrder.Line(90, 375, 169, 7.6), new ReadingOrder.Line(89, 392, 345, 7.6),
                new ReadingOrder.Line(232, 380, 206, 6.7), new ReadingOrder.Line(69, 75, 170, 8.5), new ReadingOrder.Line(67, 76, 345, 8.5),
                new ReadingOrder.Line(63, 183, 132, 8.5));
        assertEquals(0, ReadingOrder.sideBySide(steps));
        assertTrue(ReadingOrder.byPosition(steps));
    }

    @Test
    void aPageInOrderHasNoJumps() {
        List<ReadingOrder.Line> inOrder = List.of(new ReadingOrder.Line(40, 300, 100, 10), new ReadingOrder.Line(40, 300, 114, 10),
                new ReadingOrder.Line(40, 200, 128, 10));
        assertEquals(0, ReadingOrder.jumps(inOrder));
        assertFalse(ReadingOrder.byPosition(inOrder));
    }

    @Test
    void glyphsGroupIntoLinesByBaseline() {
        List<ReadingOrder.Line> l = ReadingOrder.lines(List.of(new double[] {10, 100, 5, 10}, new double[] {16, 100, 5, 10},
                new double[] {10, 114, 5, 10}));
        assertEquals(2, l.size());
        assertEquals(21, l.get(0).right(), 1e-9);
    }
}
