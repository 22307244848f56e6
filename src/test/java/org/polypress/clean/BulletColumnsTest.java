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

    /** The German AI strategy (2018), pdftotext: a glyph and first word printed after the line they open. */
    @Test
    void aDisplacedGlyphAndFirstWordGoBackToTheirLine() {
        List<String> in = List.of(
                "1. We want to make Germany and Europe a leading centre for AI and thus help safeguard Germany’s competitiveness.",
                "will further develop our existing Centres of Excellence for AI at supra-regional level, establish additional ones,",
                "• We",
                "and develop them into a national network of at least twelve centres and application hubs.",
                "• We will make AI one of the priorities for the envisaged Agency for Breakthrough Innovations.",
                "Government will establish a German observatory for artificial intelligence and will support",
                "• the",
                "establishment of similar observatories at European and international level.");
        assertEquals(List.of(
                "1. We want to make Germany and Europe a leading centre for AI and thus help safeguard Germany’s competitiveness.",
                "• We will further develop our existing Centres of Excellence for AI at supra-regional level, establish additional ones,",
                "and develop them into a national network of at least twelve centres and application hubs.",
                "• We will make AI one of the priorities for the envisaged Agency for Breakthrough Innovations.",
                "Government will establish a German observatory for artificial intelligence and will support",
                "• the",
                "establishment of similar observatories at European and international level."), BulletColumns.displacedFirstWords(in),
                "a word in lower case is no item's first word: left as printed");
    }

    /** A heading over one-word items: no glyph was displaced. */
    @Test
    void aHeadingOverOneWordItemsStays() {
        List<String> in = List.of("The government will set goals within specific priority areas.", "Priority areas",
                "• Healthcare", "• Transport", "");
        assertEquals(in, BulletColumns.displacedFirstWords(in));
    }

    /**
     * The Danish strategy's overview table ("Initiatives in the strategy"): a column of numbers, a
     * blank line, then the titles; each number goes back before its title, in order, and the titles
     * end where a line opens with a label of its own ("3.4 Stronger ...", "IV.").
     */
    @Test
    void aColumnOfNumbersGoesBackBeforeItsItems() {
        List<String> in = List.of("II.", "2.1", "2.2", "", "More and better data", "Common Danish language resource",
                "Better access to public-sector data", "", "III.", "3.1", "3.2", "",
                "Strong competences and new knowledge", "Dialogue with research funding foundations on artificial intelligence.",
                "Strong Danish participation in the EU Framework Programme for Research and", "Innovation",
                "3.4 Stronger digital competences through adult, continuing and further education", "IV.");
        assertEquals(List.of("II. More and better data", "2.1 Common Danish language resource",
                "2.2 Better access to public-sector data", "", "III. Strong competences and new knowledge",
                "3.1 Dialogue with research funding foundations on artificial intelligence.",
                "3.2 Strong Danish participation in the EU Framework Programme for Research and", "Innovation",
                "3.4 Stronger digital competences through adult, continuing and further education", "IV."),
                BulletColumns.applyToLines(in));
    }

    /** As many labels as lines is no evidence when the counts differ: the lines stay as printed. */
    @Test
    void numbersWithoutAsManyItemsStayAsPrinted() {
        List<String> in = List.of("1.1", "1.2", "", "Only one title here.", "");
        assertEquals(in, BulletColumns.applyToLines(in));
    }
}
