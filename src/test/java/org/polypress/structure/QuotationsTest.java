package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.polypress.akn.AknWriter;
import org.polypress.profile.QuoteMarks;

/**
 * Quoted provisions (EU Interinstitutional Style Guide 3.3, "Amending provisions"): the text an
 * amending provision inserts or substitutes stays inside that provision, as
 * {@code mod/quotedStructure}, and never becomes an article, heading or point of the amending act.
 */
class QuotationsTest {

    /** An Official Journal amending regulation as pdftotext gives it: labels on lines of their own. */
    private static final String OJ_AMENDING = String.join("\n",
            "COMMISSION IMPLEMENTING REGULATION (EU) 2024/2001",
            "of 10 July 2024",
            "amending Implementing Regulation (EU) 2019/2072 as regards the requirements for plant passports",
            "",
            "THE EUROPEAN COMMISSION,",
            "",
            "Having regard to the Treaty on the Functioning of the European Union,",
            "Whereas:",
            "(1)",
            "",
            "Implementing Regulation (EU) 2019/2072 sets out the requirements for plant passports.",
            "",
            "HAS ADOPTED THIS REGULATION:",
            "",
            "Article 1",
            "Implementing Regulation (EU) 2019/2072 is amended as follows:",
            "(1)",
            "",
            "Article 2 is replaced by the following:",
            "‘Article 2",
            "Definitions",
            "For the purposes of this Regulation, the following definitions apply:",
            "(a)",
            "",
            "‘plants for planting’ means plants intended to remain planted;",
            "",
            "(b)",
            "",
            "‘seeds’ means seeds in the botanical sense.’;",
            "",
            "(2)",
            "",
            "in Article 5, paragraph 2 is replaced by the following:",
            "‘2.",
            "The competent authority shall check the plant passports once a year.’;",
            "",
            "(3)",
            "",
            "Annex I is amended in accordance with the Annex to this Regulation.",
            "Article 2",
            "This Regulation shall enter into force on the twentieth day following that of its publication in the Official Journal of",
            "the European Union.",
            "Done at Brussels, 10 July 2024.",
            "");

    private static String akn(String lang, String text) throws Exception {
        return new AknWriter().write(StructureFixtures.tree(lang, text), "t", LocalDate.of(2026, 1, 2));
    }

    private static List<String> all(String regex, String xml) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void aReplacedArticleStaysInsideThePointThatReplacesIt() throws Exception {
        String xml = akn("en", OJ_AMENDING);
        assertEquals(List.of("art_1", "art_2"), all("<article eId=\"([^\"]+)\"", xml), "the quoted Article 2 is no article");
        assertFalse(xml.contains("<heading>Definitions"), "the quoted heading is no heading");
        assertTrue(xml.contains("<num>(1)</num><p>Article 2 is replaced by the following:</p>"
                + "<p><mod eId=\"art_1__list_1__item_1__mod_1\"><quotedStructure eId=\"art_1__list_1__item_1__mod_1__qstr_1\">"
                + "<p>‘Article 2</p><p>Definitions</p><p>For the purposes of this Regulation, the following definitions apply:</p>"
                + "<p>(a) ‘plants for planting’ means plants intended to remain planted;</p>"
                + "<p>(b) ‘seeds’ means seeds in the botanical sense.’;</p></quotedStructure></mod></p></item>"), xml);
        // A label on its own line joins its text, as labels do outside quotations.
        assertTrue(xml.contains("<quotedStructure eId=\"art_1__list_1__item_2__mod_1__qstr_1\">"
                + "<p>‘2. The competent authority shall check the plant passports once a year.’;</p></quotedStructure>"), xml);
        // The amending act's own points go on after the quotations.
        assertTrue(xml.contains("<num>(3)</num><p>Annex I is amended in accordance with the Annex to this Regulation.</p>"), xml);
        assertTrue(xml.contains("<num>Article 2</num><content><p>This Regulation shall enter into force"), xml);
    }

    /** Dz.U. 2015 poz. 2058: what the consolidated text does not include, quoted after "który stanowi:". */
    @Test
    void aQuotedArticleAfterItsIntroductionBelongsToTheQuotingPoint() throws Exception {
        String xml = akn("pl", StructureFixtures.DZU_2058_OPENING + String.join("\n",
                "2. Podany w załączniku do niniejszego obwieszczenia tekst jednolity ustawy nie obejmuje:",
                "1)",
                "",
                "art. 41 ustawy z dnia 7 listopada 2014 r. o ułatwieniu wykonywania działalności gospodarczej (Dz. U. poz. 1662),",
                "który stanowi:",
                "",
                "„Art. 41. Ustawa wchodzi w życie z dniem 1 stycznia 2015 r., z wyjątkiem art. 1, art. 32 i art. 33, które wchodzą w życie z dniem 1 kwietnia 2015 r.”;",
                "",
                "2)",
                "",
                "art. 90 ustawy z dnia 24 lipca 2015 r. o Radzie Dialogu Społecznego i innych instytucjach dialogu społecznego",
                "(Dz. U. poz. 1240), który stanowi:",
                "",
                "„Art. 90. Ustawa wchodzi w życie po upływie 14 dni od dnia ogłoszenia.”.",
                "",
                "Marszałek Sejmu: M. Kuchciński",
                "") + StructureFixtures.DZU_2058_ANNEX_HEAD + String.join("\n",
                "Art. 1. Każda informacja o sprawach publicznych stanowi informację publiczną w rozumieniu ustawy.",
                ""));
        assertEquals(List.of("att_1__art_1"), all("<article eId=\"([^\"]+)\"", xml), "no quoted article is an article of the announcement");
        assertTrue(xml.contains("który stanowi:</p><p><mod eId=\"para_2__point_1__mod_1\"><quotedStructure eId=\"para_2__point_1__mod_1__qstr_1\">"
                + "<p>„Art. 41. Ustawa wchodzi w życie z dniem 1 stycznia 2015 r., z wyjątkiem art. 1, art. 32 i art. 33, "
                + "które wchodzą w życie z dniem 1 kwietnia 2015 r.”;</p></quotedStructure></mod></p>"), xml);
        assertTrue(xml.contains("<mod eId=\"para_2__point_2__mod_1\"><quotedStructure eId=\"para_2__point_2__mod_1__qstr_1\">"
                + "<p>„Art. 90. Ustawa wchodzi w życie po upływie 14 dni od dnia ogłoszenia.”.</p>"), xml);
    }

    /** Outside an act a quotation modifies nothing: a strategy quoting a treaty holds an extract. */
    @Test
    void aQuotationOutsideAnActIsAnExtract() throws Exception {
        String xml = akn("en", String.join("\n",
                "National Strategy for Artificial Intelligence",
                "",
                "1. Our values",
                "",
                "Article 2 of the Treaty on European Union states:",
                "",
                "‘The Union is founded on the values of respect for human dignity, freedom, democracy, equality,",
                "the rule of law and respect for human rights.’",
                "",
                "The strategy builds on these values in every initiative it proposes to the Government.",
                ""));
        assertFalse(xml.contains("<mod") || xml.contains("quotedStructure"), xml);
        assertTrue(xml.contains("<p><embeddedStructure eId=\"") && xml.contains("<p>‘The Union is founded on the values of respect "
                + "for human dignity, freedom, democracy, equality, the rule of law and respect for human rights.’</p></embeddedStructure></p>"), xml);
        assertTrue(xml.contains("<p>The strategy builds on these values"), xml);
    }

    /**
     * Real Decreto of 24 April 1981 (BOE-A-1981-9348), as its page gives it: the quoted article's
     * last line closes the quotation ("... alguna.»") and the decree's own next sentence follows on
     * the next line; that sentence is the decree's, not the quotation's.
     */
    @Test
    void theLineThatClosesAQuotationEndsItsBlock() throws Exception {
        String xml = akn("es", String.join("\n",
                "DISPONGO:",
                "El artículo tercero, uno, del Real Decreto dos mil doscientos treinta y ocho/mil novecientos ochenta, de diez de octubre, queda redactado en la siguiente forma:",
                "«Artículo tercero.",
                "Uno. El Delegado general del Gobierno no podrá ejercer, en el ámbito de la correspondiente Comunidad Autónoma, ninguna función pública que no derive de su cargo, ni actividad profesional o mercantil alguna.»",
                "El presente Real Decreto entrará en vigor el mismo día de su publicación en el «Boletín Oficial del Estado».",
                "Dado en Madrid a veinticuatro de abril de mil novecientos ochenta y uno.",
                ""));
        assertTrue(xml.contains("alguna.»</p></embeddedStructure></p><p>El presente Real Decreto entrará en vigor"), xml);
    }

    /** ΦΕΚ Α 63/2018 (PDF): a framed callout set between the introduction and its quotation does not hide it. */
    @Test
    void aCalloutBetweenTheIntroductionAndTheQuotationIsSkipped() {
        java.util.List<Classified> blocks = new java.util.ArrayList<>(List.of(
                classified(Classified.Kind.PARAGRAPH, "2. Η περίπτωση α΄ της παρ. 1 του άρθρου 79 του ν. 3079/2002 αντικαθίσταται ως εξής:"),
                classified(Classified.Kind.BOX, "Ανωτάτη Ναυτικού Υγειονομική Επιτροπή."),
                classified(Classified.Kind.POINT, "«αα) Οι διατελούντες σε χηρεία σύζυγοι του προσωπικού.».")));
        Quotations.mark(blocks, QuoteMarks.parse("«» “”"));
        assertEquals(List.of(Classified.Kind.PARAGRAPH, Classified.Kind.BOX, Classified.Kind.QUOTED),
                blocks.stream().map(Classified::kind).toList());
    }

    private static Classified classified(Classified.Kind kind, String text) {
        return new Classified(kind, "", text, 0, new org.polypress.clean.Block(text, 1, 1, kind == Classified.Kind.BOX));
    }

    @Test
    void definitionsThatOpenWithTheirQuotedTermAreNoQuotation() throws Exception {
        String labelled = akn("en", String.join("\n",
                "For the purposes of this Regulation, the following definitions apply:",
                "(a)",
                "",
                "‘plants for planting’ means plants intended to remain planted;",
                "",
                "(b)",
                "",
                "‘seeds’ means seeds in the botanical sense.",
                ""));
        assertFalse(labelled.contains("quotedStructure"), labelled);
        String unlabelled = akn("en", String.join("\n",
                "For the purposes of this Regulation:",
                "",
                "‘ICT risk’ means any reasonably identifiable circumstance in relation to the use of network and information systems;",
                "",
                "‘major incident’ means an incident that has a high adverse impact on the systems of the entity, as ‘defined’;",
                ""));
        assertFalse(unlabelled.contains("quotedStructure"), unlabelled);
    }

    @Test
    void aQuotationThatNeverClosesLeavesTheBlocksAsTheyWere() throws Exception {
        String text = String.join("\n",
                "HAS ADOPTED THIS REGULATION:",
                "",
                "Article 1",
                "Article 2 is replaced by the following:",
                "‘Article 2",
                "The competent authority shall check the plant passports.",
                "",
                "Article 3",
                "This Regulation shall enter into force on the twentieth day following that of its publication.",
                "");
        String xml = akn("en", text);
        assertFalse(xml.contains("quotedStructure"), xml);
        assertTrue(xml.contains("‘Article 2") && xml.contains("The competent authority shall check the plant passports."), xml);
    }

    @Test
    void closingNeedsMoreClosingMarksThanOpeningOnes() {
        QuoteMarks en = QuoteMarks.parse("‘’ “”");
        assertTrue(Quotations.closes("(b) ‘seeds’ means seeds in the botanical sense.’;", en));
        assertTrue(Quotations.closes("The competent authority shall check it once a year.’.", en));
        assertFalse(Quotations.closes("(b) ‘seeds’ means seeds in the botanical sense;", en), "a term, then no closing mark at the end");
        assertFalse(Quotations.closes("the product called ‘Silter’;", en), "balanced: a term");
        assertFalse(Quotations.closes("the Commission’s opinion.", en), "an apostrophe");
        QuoteMarks sv = QuoteMarks.parse("”” ’’");
        assertTrue(Quotations.closes("Denna förordning träder i kraft.”;", sv), "one mark opens and closes: after a letter it closes");
        assertFalse(Quotations.closes("benämningen ”Silter”;", sv));
    }

    @Test
    void profileMarksArePairs() {
        QuoteMarks pl = QuoteMarks.parse("„” «»");
        assertEquals("„«", pl.opening());
        assertEquals("”»", pl.closing());
        assertTrue(pl.opens("„Art. 41."));
        assertFalse(pl.opens("art. 41"));
        assertTrue(QuoteMarks.parse("").isEmpty());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> QuoteMarks.parse("„”« »"));
    }
}
