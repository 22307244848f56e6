package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** pdftotext's default output of bulleted lists whose glyphs stand in a column of their own. */
class BulletColumnsTest {

    /** The Danish national AI strategy (2019): four glyphs, then four one-line items. */
    @Test
    void glyphsGoBackBeforeTheirItems() {
        List<String> in = List.of("Priority areas", "•", "•", "•", "•", "", "Healthcare", "Energy and utilities",
                "Agriculture", "Transport", "", "Objectives will take their outset in the areas’ own ambitions.");
        assertEquals(List.of("Priority areas", "• Healthcare", "• Energy and utilities", "• Agriculture", "• Transport",
                "", "Objectives will take their outset in the areas’ own ambitions."), BulletColumns.applyToLines(in));
    }

    /** Items wrapped over two lines: in lower case, or a first word that did not fit on a full line. */
    @Test
    void wrappedItemsStayWhole() {
        List<String> in = List.of("The initiatives supplement existing efforts:", "•", "•", "•", "•", "•", "•", "",
                "The Basic Data Programme",
                "Business data from Virk.dk",
                "Clear guidelines for businesses and their use of data.",
                "Free access to weather, climate and marine data from the Danish Meteorological",
                "Institute",
                "The Health Data Programme",
                "Participation in European cooperation on space data, particularly on the weather,",
                "environment and climate", "");
        assertEquals(List.of("The initiatives supplement existing efforts:",
                "• The Basic Data Programme",
                "• Business data from Virk.dk",
                "• Clear guidelines for businesses and their use of data.",
                "• Free access to weather, climate and marine data from the Danish Meteorological",
                "Institute",
                "• The Health Data Programme",
                "• Participation in European cooperation on space data, particularly on the weather,",
                "environment and climate", ""), BulletColumns.applyToLines(in));
    }

    /** Three glyphs and two items (or four): which glyph goes where is not known, nothing moves. */
    @Test
    void asManyItemsAsGlyphsOrNothingMoves() {
        List<String> in = List.of("•", "•", "•", "", "World-class digital services", "Strategy for Denmark’s Digital Growth", "");
        assertEquals(in, BulletColumns.applyToLines(in));
    }

    /** A glyph alone over its own item (the other way pdftotext sets lists) is left to the block builder. */
    @Test
    void aSingleGlyphOverItsItemIsNoColumn() {
        List<String> in = List.of("•", "", "Ethical principles are incorporated in the development and use of artificial intelligence.",
                "", "•", "", "Denmark attracts knowledge and projects.");
        assertEquals(in, BulletColumns.applyToLines(in));
    }
}
