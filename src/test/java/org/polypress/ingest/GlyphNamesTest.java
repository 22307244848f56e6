package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Ligatures a PDF's font only names: the Danish national AI strategy (2019) sets "fi" and "ffi" as
 * glyphs named "f_i" and "f_f_i" in fonts without a ToUnicode map.
 */
class GlyphNamesTest {
    @Test
    void aLigatureNameIsReadByTheGlyphListSpecificationsRule() {
        assertEquals("fi", GlyphNames.fromName("f_i"));
        assertEquals("ffi", GlyphNames.fromName("f_f_i"));
        assertEquals("Th", GlyphNames.fromName("T_h.alt"));
        assertEquals("fi", GlyphNames.fromName("f_uni0069"));
        assertNull(GlyphNames.fromName("f_bogus"));
        assertNull(GlyphNames.fromName("g123"));
    }

    @Test
    void aPdfsNamedLigaturesAreItsText() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            // Codes 11 and 12 name the ligatures, as a layout program's subset font does; no ToUnicode map.
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(11));
            differences.add(COSName.getPDFName("f_i"));
            differences.add(COSName.getPDFName("f_f_i"));
            encoding.setItem(COSName.DIFFERENCES, differences);
            font.getCOSObject().setItem(COSName.ENCODING, encoding);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), font);
            page.setResources(resources);
            PDStream contents = new PDStream(document);
            try (OutputStream out = contents.createOutputStream()) {
                out.write(("BT /F1 12 Tf 72 700 Td (Denmark will use arti\\013cial intelligence for e\\014cient) Tj"
                        + " 0 -14 Td (public services, with a responsible foundation for it.) Tj ET").getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(contents);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            pdf = bytes.toByteArray();
        }
        ExtractedText text = new Extractor(ExtractionLimits.defaults()).extract("strategy.pdf", pdf);
        assertEquals("Denmark will use artificial intelligence for efficient\npublic services, with a responsible foundation for it.",
                text.text().strip());
        assertTrue(text.warnings().stream().anyMatch(w -> w.startsWith("2 glyph(s)")), text.warnings().toString());
    }
}
