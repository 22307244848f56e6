package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Large inputs are extracted completely and correctly. How fast is the benchmark's business
 * (mvn -Pbench verify), not a unit test's: the timings are only printed here.
 */
class LargeInputExtractionTest {
    private static final int MB = 1024 * 1024;
    private static final String PARAGRAPH = "Article 12. The Member States shall ensure that the competent "
            + "authorities – «autorités compétentes», αρμόδιες αρχές, właściwe organy – cooperate.\r\n";

    private static Extractor extractor;

    @BeforeAll
    static void setUp() {
        extractor = new Extractor(ExtractionLimits.defaults());
    }

    @Test
    void fiftyMegabytesOfUtf8() throws Exception {
        byte[] content = repeat(PARAGRAPH, StandardCharsets.UTF_8, 50 * MB);
        long start = System.nanoTime();
        ExtractedText result = extractor.extract("big.txt", content);
        double seconds = (System.nanoTime() - start) / 1e9;
        report("UTF-8", content.length, seconds);
        assertEquals("UTF-8", result.charset());
        String expectedParagraph = PARAGRAPH.replace("\r\n", "\n");
        assertEquals(content.length / PARAGRAPH.getBytes(StandardCharsets.UTF_8).length * expectedParagraph.length(),
                result.text().length());
        assertTrue(result.text().startsWith(expectedParagraph + expectedParagraph));
    }

    @Test
    void fiftyMegabytesOfWindows1252() throws Exception {
        String french = "Le Comité des représentants permanents a approuvé le règlement – « accord » …\r\n";
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] content = repeat(french, cp1252, 50 * MB);
        long start = System.nanoTime();
        ExtractedText result = extractor.extract("big-legacy.txt", content);
        double seconds = (System.nanoTime() - start) / 1e9;
        report("windows-1252", content.length, seconds);
        assertEquals("windows-1252", result.charset());
        assertTrue(result.text().startsWith(french.replace("\r\n", "\n")));
    }

    @Test
    void fiveMegabyteSingleLine() throws Exception {
        byte[] content = repeat("Ενιαίο κείμενο χωρίς αλλαγή γραμμής; ", StandardCharsets.UTF_8, 5 * MB);
        long start = System.nanoTime();
        ExtractedText result = extractor.extract("line.txt", content);
        double seconds = (System.nanoTime() - start) / 1e9;
        report("one 5 MB line", content.length, seconds);
        assertEquals(-1, result.text().indexOf('\n'));
        assertEquals(new String(content, StandardCharsets.UTF_8), result.text());
    }

    private static byte[] repeat(String unit, Charset charset, int atMost) {
        byte[] bytes = unit.getBytes(charset);
        ByteArrayOutputStream out = new ByteArrayOutputStream(atMost);
        for (int n = atMost / bytes.length; n > 0; n--) {
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    private static void report(String what, int bytes, double seconds) {
        System.out.printf("ingest %s: %.1f MB in %.2f s = %.0f MB/s%n", what, bytes / (double) MB, seconds,
                bytes / (double) MB / seconds);
    }
}
