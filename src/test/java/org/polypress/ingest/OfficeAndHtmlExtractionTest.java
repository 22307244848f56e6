package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polypress.ingest.TestFiles.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.ingest.ExtractionException.Kind;

class OfficeAndHtmlExtractionTest {
    private static Extractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = new Extractor(ExtractionLimits.defaults());
    }

    @Test
    void docxParagraphsBecomeLines() throws Exception {
        byte[] docx = TestFiles.docx(TestFiles.docxDocument("Council conclusions on water resilience",
                "The Council welcomes the strategy.", "Ο Συμβούλιο χαιρετίζει τη στρατηγική."));
        ExtractedText result = extractor.extract("conclusions.docx", docx);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", result.mediaType());
        assertNull(result.charset());
        assertEquals("Council conclusions on water resilience\nThe Council welcomes the strategy.\n"
                + "Ο Συμβούλιο χαιρετίζει τη στρατηγική.", result.text().strip());
        assertEquals(1, result.pageCount());
        assertFalse(result.pagesKnown());
    }

    @Test
    void odtHeadingAndParagraphsBecomeLines() throws Exception {
        byte[] odt = TestFiles.odt(TestFiles.odtContent("Strategie nationale",
                "Première partie : les objectifs.", "Deuxième partie : les moyens."));
        ExtractedText result = extractor.extract("strategie.odt", odt);
        assertEquals("application/vnd.oasis.opendocument.text", result.mediaType());
        assertEquals("Strategie nationale\nPremière partie : les objectifs.\nDeuxième partie : les moyens.",
                result.text().strip());
    }

    @Test
    void docxExternalEntityIsNotResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7f3a9c");
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"" + TestFiles.W_NS + "\"><w:body>"
                + "<w:p><w:r><w:t>Before &xxe; after</w:t></w:r></w:p></w:body></w:document>";
        ExtractedText result = extractor.extract("xxe.docx", TestFiles.docx(document));
        assertEquals("Before  after", result.text().strip(), "the entity is dropped, not resolved");
    }

    @Test
    void odtExternalEntityIsNotResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-5b21e0");
        String content = TestFiles.odtContent("Title", "Before &xxe; after")
                .replace("<office:document-content", "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \""
                        + secret.toUri() + "\">]><office:document-content");
        ExtractedText result = extractor.extract("xxe.odt", TestFiles.odt(content));
        assertEquals("Title\nBefore  after", result.text().strip(), "the entity is dropped, not resolved");
    }

    @Test
    void zipBombDocxIsRefusedWithLimitExceeded() throws IOException {
        byte[] bomb = TestFiles.docxBomb(100L * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "the bomb itself is small: " + bomb.length);
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract("bomb.docx", bomb));
        assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
        assertTrue(e.getMessage().contains("word/document.xml"), e.getMessage());
    }

    @Test
    void docxWithAnEntityBombIsRefusedAsWhatItIs() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract("laughs.docx", TestFiles.billionLaughsDocx()));
        assertEquals(Kind.ENTITY_BOMB, e.kind());
        assertTrue(e.getMessage().contains("entity expansion bomb"), e.getMessage());
        assertFalse(e.suggestion().contains("damaged"), e.suggestion());
    }

    @Test
    void docxWithTooManyEntriesIsRefused() throws Exception {
        Extractor strict = new Extractor(new ExtractionLimits(1_000_000, 1_000_000, 100, 1L << 30, 3, 200));
        byte[] threeEntries = TestFiles.docx(TestFiles.docxDocument("within the limit"));
        assertEquals("within the limit", strict.extract("ok.docx", threeEntries).text().strip());
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> strict.extract("many.docx", withExtraEntry(threeEntries)));
        assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
        assertTrue(e.getMessage().contains("more than 3 entries"), e.getMessage());
    }

    @Test
    void passwordProtectedDocxIsEncrypted() throws Exception {
        byte[] docx = TestFiles.docx(TestFiles.docxDocument("Restricted draft."));
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            try (java.io.OutputStream out = encryptor.getDataStream(container)) {
                out.write(docx);
            }
            container.writeFilesystem(encrypted);
        }
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract("draft.docx", encrypted.toByteArray()));
        assertEquals(Kind.ENCRYPTED, e.kind());
        assertTrue(e.suggestion().contains("password"), e.suggestion());
    }

    @Test
    void garbageNamedDocxIsCorrupt() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract("report.docx", utf8("PK this is not a zip file at all")));
        assertEquals(Kind.CORRUPT, e.kind());
    }

    @Test
    void docxNamedPdfIsReadAsDocxWithAWarning() throws Exception {
        byte[] docx = TestFiles.docx(TestFiles.docxDocument("Misnamed but readable."));
        ExtractedText result = extractor.extract("misnamed.pdf", docx);
        assertEquals("Misnamed but readable.", result.text().strip());
        assertTrue(result.warnings().get(0).contains("named as PDF but is a Word document (DOCX)"),
                result.warnings().toString());
    }

    @Test
    void htmlScriptAndStyleAreDroppedButEscapedMarkupIsText() throws Exception {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Resolution</title>"
                + "<style>p { color: red; }</style><script>var leaked = 'SCRIPT-CONTENT';</script></head><body>"
                + "<h1>European Parliament resolution</h1>\n<p>The   Parliament\n   calls on the Commission\n"
                + "to act.</p><p>Write &lt;script&gt; tags with care &amp; caution.</p>"
                + "<script>document.write('INLINE-SCRIPT')</script><ul><li>first</li><li>second</li></ul></body></html>";
        ExtractedText result = extractor.extract("resolution.html", html.getBytes(StandardCharsets.UTF_8));
        String text = result.text();
        assertEquals("text/html", result.mediaType());
        assertEquals("UTF-8", result.charset());
        assertFalse(text.contains("SCRIPT-CONTENT") || text.contains("INLINE-SCRIPT") || text.contains("color"), text);
        assertFalse(text.contains("Resolution\n"), "the title is metadata, not body text: " + text);
        assertTrue(text.contains("European Parliament resolution\n"), text);
        assertTrue(text.contains("The Parliament calls on the Commission to act.\n"), text);
        assertTrue(text.contains("Write <script> tags with care & caution."), text);
        assertTrue(text.contains("first") && text.contains("second"), text);
    }

    @Test
    void doctypeInternalSubsetIsNeitherTextNorResolved() throws Exception {
        // An XHTML-style declaration with an internal subset: an HTML tokenizer ends it at the
        // first ">", inside the subset, and "]>" became text before the first heading (the title is metadata).
        String html = "<!DOCTYPE html [\n  <!ENTITY boom \"BOOM > ]\">\n  <!-- a ] in a comment > -->\n]>\n"
                + "<html><head><title>Resolution</title></head><body><h1>First heading</h1>"
                + "<p>The text &boom; stays as written.</p></body></html>";
        ExtractedText result = extractor.extract("subset.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(java.util.List.of("First heading", "The text &boom; stays as written."),
                result.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("internal subset")), result.warnings().toString());
    }

    @Test
    void htmlInLegacyCharsetIsDecodedByItsMetaDeclaration() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">"
                + "</head><body><p>Ustawa o dostępie do informacji publicznej</p></body></html>";
        ExtractedText result = extractor.extract("ustawa.htm", html.getBytes("windows-1250"));
        assertEquals("Ustawa o dostępie do informacji publicznej", result.text().strip());
        assertEquals("windows-1250", result.charset());
    }

    @Test
    void htmlWithoutTextIsEmpty() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract("blank.html", utf8("<html><body><p> </p></body></html>")));
        assertEquals(Kind.EMPTY, e.kind());
    }

    @Test
    void unsupportedExtensionsNameTheDetectedTypeAndTheAcceptedOnes() {
        byte[] xlsx = TestFiles.zip(java.util.Map.of("[Content_Types].xml", utf8("<Types/>")), false);
        ExtractionException spreadsheet = assertThrows(ExtractionException.class,
                () -> extractor.extract("budget.xlsx", xlsx));
        assertEquals(Kind.UNSUPPORTED_FORMAT, spreadsheet.kind());
        assertTrue(spreadsheet.getMessage().contains(".txt, .pdf, .docx, .odt, .html/.htm"), spreadsheet.getMessage());

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        ExtractionException image = assertThrows(ExtractionException.class, () -> extractor.extract("scan.png", png));
        assertEquals(Kind.UNSUPPORTED_FORMAT, image.kind());
        assertTrue(image.getMessage().contains("image/png"), image.getMessage());
    }

    @Test
    void pdfWithoutExtensionIsUnsupportedButTheSuggestionSaysHowToFixIt() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract("act", TestFiles.resource("ro_oug-internationalizare_draft-2017.pdf")));
        assertEquals(Kind.UNSUPPORTED_FORMAT, e.kind());
        assertTrue(e.getMessage().contains("no extension") && e.getMessage().contains("application/pdf"),
                e.getMessage());
        assertTrue(e.suggestion().contains(".pdf"), e.suggestion());
    }

    /** A DOCX whose document.xml repeats one paragraph up to {@code unpackedBytes}: it packs about 1000:1. */
    private static byte[] withExtraEntry(byte[] zipBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
             java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("docProps/extra.xml"));
            zip.write(utf8("<extra/>"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
