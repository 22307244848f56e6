package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GlyphNormalizerTest {
    private final GlyphNormalizer normalizer = new GlyphNormalizer();

    @Test
    void privateUseBulletsBecomeBullets() {
        assertEquals("• verdediging van het eigen grondgebied;",
                normalizer.normalize("\uF0B7 verdediging van het eigen grondgebied;").text());
        assertEquals("• item", normalizer.normalize("\uF0A7 item").text());
    }

    @Test
    void softHyphensLigaturesAndSpacesAreNormalised() {
        GlyphNormalizer.Result r = normalizer.normalize("cyber\u00ADbeveiliging e\uFB03ciency 20\u00A0november\u200B");
        assertEquals("cyberbeveiliging efficiency 20 november", r.text());
        assertEquals(4, r.changed());
    }

    /**
     * A PDF glyph that maps to no character comes out as U+FFFD: the German AI strategy's "III. \uFFFD We
     * will ..." (a tab glyph), the NIS 2 brochure's contents "What is NIS 2?\uFFFD 5" (a leader). At a
     * word's edge it is no letter and goes; inside a word it marks a lost letter and stays; in a text
     * file, where it marks an undecodable byte, it always stays.
     */
    @Test
    void aReplacementCharacterAtAWordsEdgeGoesInsideAWordItStays() {
        GlyphNormalizer.Result r = normalizer.normalize("III. \uFFFD We will\nWhat is NIS 2?\uFFFD 5\n\uFFFDEngaging", true);
        assertEquals("III.   We will\nWhat is NIS 2?  5\n Engaging", r.text());
        assertEquals(Map.of("U+FFFD", 3), r.removed());
        assertEquals("caf\uFFFDs", normalizer.normalize("caf\uFFFDs", true).text());
        assertEquals("caf\uFFFD au lait", normalizer.normalize("caf\uFFFD au lait", false).text(),
                "in a text file it marks a byte that could not be decoded, and stays");
    }

    @Test
    void controlCharactersGoButLineAndPageBreaksStay() {
        assertEquals("a\nb\fc d", normalizer.normalize("a\r\n\u0000b\f\u0007c\td").text());
    }

    @Test
    void decomposedTextIsComposed() {
        assertEquals("geëerbiedigd", normalizer.normalize("gee\u0308erbiedigd").text());
    }

    @Test
    void aDotAboveAfterAWordIsTheGreekAnoTeleia() {
        // Greek Government Gazette 77/2018 (pdftotext): the same clause ends "2020)·" and "2020)˙".
        String in = "που θα πραγματοποιηθεί το 2020)˙\nδ) ο όρος «Συνιστώσα»";
        assertEquals("που θα πραγματοποιηθεί το 2020)·\nδ) ο όρος «Συνιστώσα»", new GlyphNormalizer().normalize(in).text());
        assertEquals("a ˙b", new GlyphNormalizer().normalize("a ˙b").text());
    }

    @Test
    void joinersInsideAWordOrAnEmojiSequenceAreText() {
        // A family emoji is three people joined by ZWJ; ZWNJ is spelling in Persian ("می‌خواهم",
        // "I want") and Hindi; ZWSP is the word boundary of Thai ("ภาษา​ไทย").
        String in = "👨\u200d👩\u200d👧 می\u200cخواهم ภาษา\u200bไทย";
        GlyphNormalizer.Result r = normalizer.normalize(in);
        assertEquals(in, r.text());
        assertEquals(java.util.Map.of(), r.removed());
    }

    @Test
    void invisibleCharactersThatAreExtractionNoiseGoAndAreCountedByCodePoint() {
        // PDF producers' line-break hints in Latin text, a word joiner, a byte-order mark left inside
        // the text by concatenated files, and joiners at a word's edge, which join nothing.
        GlyphNormalizer.Result r = normalizer.normalize(
                "zero\u200bwidth, word\u2060joiner, a\ufeffBOM, \u200dedge\u200c and cyber\u00adsecurity");
        assertEquals("zerowidth, wordjoiner, aBOM, edge and cybersecurity", r.text());
        assertEquals(java.util.Map.of("U+00AD", 1, "U+200B", 1, "U+200C", 1, "U+200D", 1, "U+2060", 1, "U+FEFF", 1),
                r.removed());
        assertEquals(java.util.List.of("U+00AD", "U+200B", "U+200C", "U+200D", "U+2060", "U+FEFF"),
                java.util.List.copyOf(r.removed().keySet()), "in code point order");
    }
}
