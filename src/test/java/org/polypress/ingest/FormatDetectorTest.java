package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** When the bytes decide the type without Tika's detection, and when they leave it to Tika. */
class FormatDetectorTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void pdftotextOutputIsPlainTextByItsBytes() {
        // The openings of dev-corpus texts (pdftotext's default output): Greek gazette, OJ act, Polish journal.
        assertTrue(FormatDetector.decidesPlainText(utf8("ΕΦΗΜΕΡΙΔΑ ΤΗΣ ΚΥΒΕΡΝΗΣΕΩΣ\nΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ\n\f")));
        assertTrue(FormatDetector.decidesPlainText(utf8("\n\nOfficial Journal\nof the European Union\n\nEN\nL series\n")));
        assertTrue(FormatDetector.decidesPlainText(utf8("DZIENNIK USTAW\nRZECZYPOSPOLITEJ POLSKIEJ\r\nWarszawa, dnia 4 grudnia 2015 r.\r\n")));
        assertTrue(FormatDetector.decidesPlainText(utf8("\uFEFF2024/1772\t25.6.2024")), "with a byte-order mark");
    }

    @Test
    void markupScriptsControlBytesAndOtherCharsetsAreLeftToTika() {
        assertFalse(FormatDetector.decidesPlainText(utf8("<!DOCTYPE html><html><body><p>Official Journal</p>")));
        assertFalse(FormatDetector.decidesPlainText(utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj")));
        assertFalse(FormatDetector.decidesPlainText(utf8("{\\rtf1\\ansi Official Journal}")));
        assertFalse(FormatDetector.decidesPlainText(utf8("#!/bin/sh\necho Official Journal")));
        assertFalse(FormatDetector.decidesPlainText(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}));
        assertFalse(FormatDetector.decidesPlainText(utf8("PK\u0003\u0004 word/document.xml")));
        assertFalse(FormatDetector.decidesPlainText("ΕΦΗΜΕΡΙΔΑ".getBytes(StandardCharsets.UTF_16LE)));
        assertFalse(FormatDetector.decidesPlainText("ΕΦΗΜΕΡΙΔΑ ΤΗΣ ΚΥΒΕΡΝΗΣΕΩΣ".getBytes(Charset.forName("windows-1253"))));
        assertFalse(FormatDetector.decidesPlainText(utf8(" \n\t ")), "blank: the decoder says it is empty");
    }

    /** What the extractor assumes when the bytes decide, without asking Tika's registry. */
    @Test
    void typesDecidedByTheBytesAreTheirFormatsInTikasRegistry() {
        FormatDetector detector = new FormatDetector();
        assertEquals(java.util.Optional.of(DocumentFormat.TEXT),
                DocumentFormat.byMediaType(org.apache.tika.mime.MediaType.TEXT_PLAIN, detector.registry()));
        assertEquals(java.util.Optional.of(DocumentFormat.PDF), DocumentFormat.byMediaType(FormatDetector.PDF, detector.registry()));
        assertEquals(FormatDetector.PDF, detector.detect(utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), "a.pdf"));
    }

    @Test
    void aPdfOpensWithItsHeader() {
        assertTrue(FormatDetector.decidesPdf(utf8("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n")));
        assertFalse(FormatDetector.decidesPdf(utf8("PK\u0003\u0004")));
        assertFalse(FormatDetector.decidesPdf(utf8("%PDF")));
    }
}
