package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.ExtractionException.Kind;

class PdfExtractionTest {
    private static final String REAL_PDF = "ro_oug-internationalizare_draft-2017.pdf";

    private static Extractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = new Extractor(ExtractionLimits.defaults());
    }

    @Test
    void realPdfGivesItsPagesSeparatedByFormFeeds() throws Exception {
        ExtractedText result = extractor.extract(REAL_PDF, TestFiles.resource(REAL_PDF));
        assertEquals("application/pdf", result.mediaType());
        assertNull(result.charset());
        assertEquals(3, result.pageCount());
        assertTrue(result.pagesKnown());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        // pdftotext convention: every page ends with a form feed.
        List<String> pages = Arrays.asList(result.text().split("\f", -1));
        assertEquals(4, pages.size());
        assertEquals("", pages.get(3));
        assertTrue(pages.get(0).strip().startsWith("GUVERNUL ROMÂNIEI"), pages.get(0));
        assertTrue(pages.get(0).contains("Ordonanţă de Urgenţă a Guvernului"));
        assertTrue(pages.get(1).contains("ART. 3 Prin Program se finanţează, prin alocaţie financiară nerambursabilă"),
                pages.get(1));
        assertTrue(pages.get(2).contains("PRIM MINISTRU"));
        assertTrue(pages.get(2).contains("SORIN MIHAI GRINDEANU"));
        assertTrue(result.text().chars().noneMatch(c -> c == '\r' || c == 0));
    }

    @Test
    void generatedPdfKeepsLinesAndPages() throws Exception {
        byte[] pdf = TestFiles.pdf(new String[][] {
                {"Article 1", "The Council adopts this regulation."},
                {"Article 2", "It enters into force on the day of its publication."}}, null);
        ExtractedText result = extractor.extract("reg.pdf", pdf);
        assertEquals(2, result.pageCount());
        String[] pages = result.text().split("\f");
        assertEquals("Article 1\nThe Council adopts this regulation.", pages[0].strip());
        assertEquals("Article 2\nIt enters into force on the day of its publication.", pages[1].strip());
    }

    @Test
    void passwordProtectedPdfIsEncrypted() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract("secret.pdf", TestFiles.encryptedPdf()));
        assertEquals(Kind.ENCRYPTED, e.kind());
        assertTrue(e.permanent());
        assertTrue(e.suggestion().contains("password"), e.suggestion());
    }

    @Test
    void truncatedPdfIsCorrupt() {
        byte[] whole = TestFiles.resource(REAL_PDF);
        byte[] truncated = Arrays.copyOf(whole, 4_000);
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract("cut.pdf", truncated));
        assertEquals(Kind.CORRUPT, e.kind());
        assertTrue(e.getMessage().startsWith("the PDF is incomplete"), e.getMessage());
    }

    @Test
    void imageOnlyPdfNeedsOcr() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract("scan.pdf", TestFiles.imageOnlyPdf(2)));
        assertEquals(Kind.NO_TEXT_OCR_NEEDED, e.kind());
        assertTrue(e.getMessage().contains("2 page(s)") && e.getMessage().contains("OCR"), e.getMessage());
        assertTrue(e.suggestion().contains("OCR"));
    }

    @Test
    void pagesWithoutTextAreReported() throws Exception {
        byte[] pdf = TestFiles.pdf(new String[][] {
                {"First page with enough words to count as a real text layer."},
                {},
                {"Third page, again with a proper text layer to extract."}}, null);
        ExtractedText result = extractor.extract("partial.pdf", pdf);
        assertEquals(3, result.pageCount());
        assertEquals(List.of("1 of 3 page(s) have no extractable text (images or scans; their text is missing)"),
                result.warnings());
    }

    @Test
    void pdfTextBeyondTheLimitIsTooLarge() {
        Extractor small = new Extractor(ExtractionLimits.defaults().withSizes(1_000_000, 2_000));
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> small.extract(REAL_PDF, TestFiles.resource(REAL_PDF)));
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("2000 characters"), e.getMessage());
    }

    @Test
    void upperCaseExtensionIsAccepted() throws Exception {
        byte[] pdf = TestFiles.pdf(new String[][] {{"Decision of the Board of Governors."}}, null);
        assertEquals("Decision of the Board of Governors.", extractor.extract("DECISION.PDF", pdf).text().strip());
    }

    @Test
    void noOcrEngineIsAvailableToTika() {
        // The PDF parser is configured with OCR_STRATEGY.NO_OCR; in addition no OCR parser is on the class path.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.tika.parser.ocr.TesseractOCRParser"));
    }

    @Test
    void textNamedPdfIsCorrupt() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract("notes.pdf", TestFiles.utf8("just some notes\n")));
        assertEquals(Kind.CORRUPT, e.kind());
        assertTrue(e.getMessage().contains("is not a valid PDF"), e.getMessage());
    }
}
