package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.LayoutEvidence.Raised;
import org.polypress.ingest.LayoutEvidence.StyledLine;

class PdfLayoutTest {
    private static final Extractor EXTRACTOR = new Extractor(ExtractionLimits.defaults());

    /**
     * A page as an Official Journal act sets it: a 14 pt bold title, 10 pt body text with a 6 pt
     * footnote marker raised 4 pt ("Union2,"), an italic heading, a heading in small capitals, and
     * the note in 8 pt with its raised marker at the line start.
     */
    private static byte[] actPage() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
            PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                c.beginText();
                c.newLineAtOffset(72, 720);
                c.setFont(bold, 14);
                c.showText("Scope of this Regulation");
                c.newLineAtOffset(0, -24);
                c.setFont(regular, 10);
                c.showText("Member States shall apply the rules of the Union");
                c.setFont(regular, 6);
                c.setTextRise(4);
                c.showText("2");
                c.setTextRise(0);
                c.setFont(regular, 10);
                c.showText(", which enter into force today, to every");
                c.newLineAtOffset(0, -14);
                c.showText("operator established in their territory and to every public authority.");
                c.newLineAtOffset(0, -24);
                c.setFont(italic, 10);
                c.showText("Obligations of the operators");
                c.newLineAtOffset(0, -24);
                // Small capitals: word initials in 10 pt, the other capitals in 8 pt; "EU" in full capitals.
                for (String word : new String[] {"(I) ", "EU ", "PREVENTION ", "OF ", "HEALTH ", "THREATS"}) {
                    int initial = word.startsWith("(") ? 3 : word.startsWith("EU") ? 2 : 1;
                    c.setFont(regular, 10);
                    c.showText(word.substring(0, initial));
                    c.setFont(regular, 8);
                    c.showText(word.substring(initial));
                }
                c.newLineAtOffset(0, -24);
                c.setFont(regular, 10);
                c.showText("Operators shall report any incident within twenty-four hours of its detection.");
                c.newLineAtOffset(0, -24);
                c.setFont(regular, 5);
                c.setTextRise(3);
                c.showText("2");
                c.setTextRise(0);
                c.setFont(regular, 8);
                c.showText(" Regulation (EU) 2022/2554 of 14 December 2022.");
                c.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void bodySizeRaisedMarkersAndStyledLinesComeFromTheTextPositions() throws Exception {
        ExtractedText result = EXTRACTOR.extract("act.pdf", actPage());
        assertTrue(result.text().contains("the rules of the Union2, which enter into force"), result.text());
        LayoutEvidence layout = result.layout();
        assertEquals(10.0, layout.bodyFontSize());
        assertEquals(List.of(new Raised(1, "2", "ly the rules of the Union"), new Raised(1, "2", "")), layout.raised());
        // Baselines in points from the page's top: the page is 792 high and the lines are drawn at y 720, 658 and 634.
        assertEquals(List.of(new StyledLine(1, "Scope of this Regulation", 14, true, false, false, 72.0),
                new StyledLine(1, "Obligations of the operators", 10, false, true, false, 134.0),
                new StyledLine(1, "(I) EU PREVENTION OF HEALTH THREATS", 8, false, false, true, 158.0)), layout.styled());
        assertTrue(layout.larger(layout.styled().get(0)));
    }

    @Test
    void textInputHasNoLayout() throws Exception {
        assertEquals(LayoutEvidence.NONE, EXTRACTOR.extract("act.txt", TestFiles.utf8("Article 1\nScope\n")).layout());
    }

    /** Reading the PDF with PDFBox directly must not change its text: it is the one Tika's PDF parser gave. */
    @Test
    void theTextIsTheOneTikasPdfParserGives() throws Exception {
        for (byte[] pdf : List.of(TestFiles.resource("ro_oug-internationalizare_draft-2017.pdf"), actPage())) {
            assertEquals(tikaText(pdf), EXTRACTOR.extract("doc.pdf", pdf).text());
        }
    }

    /** The text as the extraction had it through Tika's PDF parser, with the settings it used. */
    private static String tikaText(byte[] pdf) throws Exception {
        PDFParserConfig config = new PDFParserConfig();
        config.setSortByPosition(false);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setExtractInlineImages(false);
        config.setExtractAnnotationText(false);
        config.setExtractBookmarksText(false);
        config.setExtractAcroFormContent(false);
        config.setExtractActions(false);
        config.setExtractMarkedContent(false);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, config);
        TextNormalizer sink = new TextNormalizer(1 << 16, Long.MAX_VALUE);
        try (InputStream in = TikaInputStream.get(pdf)) {
            new PDFParser().parse(in, new PageTextHandler(sink, true, false, 1000), new Metadata(), context);
        }
        return sink.text();
    }

    /**
     * A Polish gazette line with an article number's raised suffix ("art. 36³") drawn as text objects
     * of their own, as Dz.U. 2015 poz. 2058 does: the stripper writes the "3" as a line of its own.
     */
    private static byte[] articleSuffixPage() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                c.beginText();
                c.setFont(regular, 9);
                c.newLineAtOffset(72, 700);
                c.showText("1) centralnej bazy danych ksiag wieczystych, o ktorej mowa w art. 36");
                c.endText();
                c.beginText();
                c.setFont(regular, 6);
                c.newLineAtOffset(330, 704.56f);
                c.showText("3");
                c.endText();
                c.beginText();
                c.setFont(regular, 9);
                c.newLineAtOffset(334, 700);
                c.showText(" ust. 1 ustawy z dnia 6 lipca 1982 r. o ksiegach");
                c.endText();
                c.beginText();
                c.setFont(regular, 9);
                c.newLineAtOffset(72, 688);
                c.showText("wieczystych i hipotece (Dz. U. z 2013 r. poz. 707, z pozn. zm.);");
                c.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aRaisedArticleSuffixIsPrintedAsASuperscriptAfterItsNumber() throws Exception {
        ExtractedText result = EXTRACTOR.extract("dzu.pdf", articleSuffixPage());
        assertTrue(result.layout().raised().stream().anyMatch(r -> r.text().equals("3") && r.before().strip().endsWith("art. 36")),
                result.layout().raised() + "\n" + result.text());
        org.polypress.profile.LanguageProfile pl = new org.polypress.profile.Profiles().forLanguage("pl");
        String clean = new org.polypress.clean.Cleaner().clean(result.text(), pl, result.layout()).blocks().stream()
                .map(org.polypress.clean.Block::plain).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(clean.contains("w art. 36³ ust. 1 ustawy z dnia 6 lipca 1982 r."), clean);
    }

    /**
     * A row of a two-column form as the Romanian explanatory memorandum sets it: the label cell
     * ("3. Impactul social") and its value on one baseline, 120 pt apart; a recital's hanging label
     * 1.6 em before its text (Official Journal); a contents entry with its page number flush right.
     */
    private static byte[] formPage() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(document, page)) {
                String[][] rows = {{"72", "3. Impactul social"}, {"200", "Cresterea si diversificarea exporturilor"},
                        {"72", "(1)"}, {"100", "Regulation (EU) 2022/2554 aims to harmonise"},
                        {"72", "Goals . . . . . . . ."}, {"500", "8"}};
                float y = 700;
                for (int i = 0; i < rows.length; i += 2) {
                    for (int j = i; j < i + 2; j++) {
                        c.beginText();
                        c.setFont(regular, 10);
                        c.newLineAtOffset(Float.parseFloat(rows[j][0]), y);
                        c.showText(rows[j][1]);
                        c.endText();
                    }
                    y -= 14;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void cellsOnOneBaselineAreSeparatedByTheirGutter() throws Exception {
        ExtractedText result = EXTRACTOR.extract("form.pdf", formPage());
        assertEquals(List.of(new LayoutEvidence.CellLine(1, List.of("3. Impactul social", "Cresterea si diversificarea exporturilor")),
                new LayoutEvidence.CellLine(1, List.of("Goals . . . . . . . .", "8"))), result.layout().cells(), result.text());
        String clean = new org.polypress.clean.Cleaner().clean(result.text(), new org.polypress.profile.Profiles().forLanguage("ro"),
                result.layout()).blocks().stream().map(org.polypress.clean.Block::plain).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(clean.contains("\n3. Impactul social\nCresterea si diversificarea exporturilor\n"), clean);
        assertTrue(clean.contains("\n(1) Regulation (EU) 2022/2554 aims to harmonise"), clean);
    }
}
