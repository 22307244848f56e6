package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.ExtractionException.Kind;

/**
 * Tika's SecureContentHandler behind ZipGuard: a parser that writes far more text than the file
 * holds is stopped by the handler, and the refusal is recognised by the handler, not by words in
 * an exception's message.
 */
class SecureExtractionTest {
    private static final MediaType DOCX =
            MediaType.parse("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    @Test
    void textFarLargerThanTheFileIsRefusedAsABomb() {
        byte[] bomb = TestFiles.docxBomb(20L * 1024 * 1024);
        // Straight to the parser, as if ZipGuard had let it through: the handler is the second guard.
        ExtractionException e = assertThrows(ExtractionException.class, () -> new TikaTextExtractor()
                .parse(DocumentFormat.DOCX, DOCX, bomb, ExtractionLimits.defaults(), null));
        assertEquals(Kind.LIMIT_EXCEEDED, e.kind());
        assertTrue(e.getMessage().contains("its text would be far larger than the file"), e.getMessage());
    }

    @Test
    void anOrdinaryDocxPassesTheGuard() throws Exception {
        byte[] docx = TestFiles.docx(TestFiles.docxDocument("Article 1\nThe guard lets this through."));
        String text = new TikaTextExtractor().parse(DocumentFormat.DOCX, DOCX, docx, ExtractionLimits.defaults(), null)
                .text();
        assertTrue(text.contains("The guard lets this through."), text);
    }
}
