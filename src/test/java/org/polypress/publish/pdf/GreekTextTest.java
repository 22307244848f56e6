package org.polypress.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polypress.publish.pdf.PdfFixtures.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;
import org.polypress.publish.pdf.PdfFixtures.Fixture;

/** Greek (and a Bulgarian paragraph) print with real glyphs and read back as the same text. */
class GreekTextTest {

    @Test
    void greekAndCyrillicNeedNoMissingGlyph() {
        PdfEdition edition = PdfFixtures.edition(Fixture.EL_LAW);
        assertEquals(List.of(), edition.missingGlyphs());
        assertEquals(List.of(), edition.warnings());
    }

    @Test
    void extractedTextMatchesTheSource() throws Exception {
        try (PDDocument pdf = PdfFixtures.open(PdfFixtures.edition(Fixture.EL_LAW))) {
            String text = String.join("", PdfFixtures.bodyTextByPage(pdf));
            for (String sentence : List.of(
                    "Κυρώνεται και έχει την ισχύ, που ορίζει το άρθρο 28 παρ. 1 του Συντάγματος",
                    "ο όρος «Όμιλος» σημαίνει σύνολο επιχειρήσεων που σχετίζονται μέσω ιδιοκτησίας ή ελέγχου",
                    "όπως περιγράφεται στην υποπερίπτωση αα΄ στην πρώτη αναφερόμενη Συνιστώσα Οντότητα.",
                    "Εκδίδομε τον ακόλουθο νόμο που ψήφισε η Βουλή:",
                    "ΕΦΗΜΕΡΙ∆Α ΤΗΣ ΚΥΒΕΡΝΗΣΕΩΣ ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ",
                    "Настоящият закон влиза в сила от деня на обнародването му в „Държавен вестник“.")) {
                assertTrue(text.contains(normalize(sentence)), "missing: " + sentence);
            }
        }
    }

    @Test
    void tagsTheBulgarianParagraphWithItsLanguage() throws Exception {
        try (PDDocument pdf = PdfFixtures.open(PdfFixtures.edition(Fixture.EL_LAW))) {
            assertEquals("el", pdf.getDocumentCatalog().getLanguage());
            List<String> languages = new ArrayList<>();
            collectLanguages(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), languages);
            assertTrue(languages.contains("bg"), "structure languages: " + languages);
        }
    }

    @Test
    void reportsACharacterNoBundledFontCanDraw() throws Exception {
        String akn = PdfRendererTest.minimalAkn("Glyphs", "<p eId=\"p_1\">Kanji 漢字 are not in DejaVu.</p>");
        PdfEdition edition = PdfFixtures.renderer().render(PdfFixtures.parse(akn), "en", Map.of());
        assertEquals(2, edition.missingGlyphs().size(), "each missing glyph once: " + edition.warnings());
        assertTrue(edition.missingGlyphs().get(0).startsWith("U+5B57 字"), edition.missingGlyphs().get(0));
        assertTrue(edition.missingGlyphs().get(1).startsWith("U+6F22 漢"), edition.missingGlyphs().get(1));
    }

    @Test
    void reportsEachMissingCharacterOnceByItsTrueCodePoint() throws Exception {
        // Characters outside the Basic Multilingual Plane, which FOP names by their low 16 bits
        // ("0xf1ea"), and shaped scripts (Thai, Devanagari), which it does not name at all.
        String akn = PdfRendererTest.minimalAkn("Glyphs", "<p eId=\"p_1\">The flag 🇪🇺, 🇪🇺 again, 𝐀 and Thai ภา, "
                + "Devanagari हि, 𠀀; Arabic سلام and Hebrew שלום print.</p>");
        PdfEdition edition = PdfFixtures.renderer().render(PdfFixtures.parse(akn), "en", Map.of());
        List<String> codePoints = edition.missingGlyphs().stream().map(w -> w.substring(0, w.indexOf(' '))).toList();
        assertEquals(List.of("U+0939", "U+093F", "U+0E20", "U+0E32", "U+1D400", "U+1F1EA", "U+1F1FA", "U+20000"),
                codePoints, edition.warnings().toString());
    }

    private static void collectLanguages(List<Object> kids, List<String> into) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (element.getLanguage() != null) {
                    into.add(element.getLanguage());
                }
                collectLanguages(element.getKids(), into);
            }
        }
    }
}
