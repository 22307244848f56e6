package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
