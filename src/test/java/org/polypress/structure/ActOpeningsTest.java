package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.clean.NoteRefs;

/**
 * Openings of EU acts as EUR-Lex prints them (copied from the web page: one paragraph per line, a
 * blank line between paragraphs, the Official Journal masthead first): the title block runs from the
 * act's name in capitals to the preamble, the acting institution opens the preamble, and neither a
 * preposition "o" nor a date "20. veebruar 2015" is taken for a bullet or a paragraph number.
 */
class ActOpeningsTest {

    private static DocumentTree tree(String lang, String... lines) {
        return StructureFixtures.tree(lang, String.join("\n\n", lines) + "\n");
    }

    private static String firstFormula(DocumentTree t) {
        return t.main().preamble().stream().filter(n -> n instanceof Node.Prose).map(n -> NoteRefs.strip(((Node.Prose) n).text()))
                .findFirst().orElse("");
    }

    private static long citations(DocumentTree t) {
        return t.main().preamble().stream().filter(n -> n instanceof Node.Unit u && u.kind() == Node.UnitKind.CITATION).count();
    }

    @Test
    void czechTitleRunsOverTheSubjectLineThatStartsWithThePrepositionO() {
        DocumentTree t = tree("cs", "17.12.2018", "CS", "Úřední věstník Evropské unie", "L 320/28",
                "PROVÁDĚCÍ ROZHODNUTÍ RADY (EU) 2018/1993", "ze dne 11. prosince 2018",
                "o opatřeních pro integrovanou politickou reakci EU na krize", "RADA EVROPSKÉ UNIE,",
                "s ohledem na Smlouvu o fungování Evropské unie,",
                "s ohledem na rozhodnutí Rady 2014/415/EU ze dne 24. června 2014 o způsobu provádění doložky solidarity Unií (1), a zejména na čl. 9 odst. 3 uvedeného rozhodnutí,",
                "vzhledem k těmto důvodům:", "(1)",
                "Toto rozhodnutí se týká přizpůsobení opatření pro integrovanou politickou reakci EU na krize (dále „opatření IPRK“), která Rada schválila dne 25. června 2013 a na něž odkazuje čl. 1 odst. 2 rozhodnutí 2014/415/EU.");
        assertEquals("PROVÁDĚCÍ ROZHODNUTÍ RADY (EU) 2018/1993 ze dne 11. prosince 2018 o opatřeních pro integrovanou "
                + "politickou reakci EU na krize", NoteRefs.strip(t.main().title()));
        assertEquals("RADA EVROPSKÉ UNIE,", firstFormula(t));
        assertEquals(2, citations(t));
    }

    @Test
    void estonianDateLineIsPartOfTheTitleNotParagraphTwenty() {
        DocumentTree t = tree("et", "21.2.2015", "ET", "Euroopa Liidu Teataja", "L 50/7",
                "KOMISJONI RAKENDUSMÄÄRUS (EL) 2015/283,", "20. veebruar 2015,",
                "millega kehtestatakse kindlad impordiväärtused, et määrata kindlaks teatava puu- ja köögivilja hind piiril",
                "EUROOPA KOMISJON,", "võttes arvesse Euroopa Liidu toimimise lepingut,",
                "võttes arvesse Euroopa Parlamendi ja nõukogu 17. detsembri 2013. aasta määrust (EL) nr 1308/2013, millega kehtestatakse põllumajandustoodete ühine turukorraldus,");
        assertEquals("KOMISJONI RAKENDUSMÄÄRUS (EL) 2015/283, 20. veebruar 2015, millega kehtestatakse kindlad "
                + "impordiväärtused, et määrata kindlaks teatava puu- ja köögivilja hind piiril", NoteRefs.strip(t.main().title()));
        assertEquals("EUROOPA KOMISJON,", firstFormula(t));
    }

    @Test
    void actingInstitutionInCapitalsOpensThePreambleWhateverItsPunctuation() {
        DocumentTree t = tree("de", "19.11.2016", "DE", "Amtsblatt der Europäischen Union", "L 313/23",
                "BESCHLUSS (EU) 2016/2025 DES RATES", "vom 8. November 2016",
                "zur Ernennung von drei von der Republik Polen vorgeschlagenen Mitgliedern des Ausschusses der Regionen",
                "DER RAT DER EUROPÄISCHEN UNION —",
                "gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union, insbesondere auf Artikel 305,");
        assertEquals("BESCHLUSS (EU) 2016/2025 DES RATES vom 8. November 2016 zur Ernennung von drei von der Republik "
                + "Polen vorgeschlagenen Mitgliedern des Ausschusses der Regionen", NoteRefs.strip(t.main().title()));
        assertEquals("DER RAT DER EUROPÄISCHEN UNION —", firstFormula(t));
        assertEquals(1, citations(t));
    }

    @Test
    void irishCapitalsWithInitialMutationsStartTheTitleAndTheActNumberLineEndsIt() {
        DocumentTree t = tree("ga", "18.6.2013", "GA", "Iris Oifigiúil an Aontais Eorpaigh", "L 165/98",
                "CINNEADH ÓN gCOMHAIRLE EORPACH", "an 22 Bealtaine 2013",
                "maidir le líon chomhaltaí an Choimisiúin Eorpaigh", "(2013/272/AE)", "TÁ AN CHOMHAIRLE EORPACH,",
                "Ag féachaint don Chonradh ar an Aontas Eorpach, agus go háirithe Airteagal 17(5) de,");
        assertEquals("CINNEADH ÓN gCOMHAIRLE EORPACH an 22 Bealtaine 2013 maidir le líon chomhaltaí an Choimisiúin "
                + "Eorpaigh (2013/272/AE)", NoteRefs.strip(t.main().title()));
    }

    @Test
    void aTitleInMixedCaseIsNotJoinedWithTheActingFormulaInCapitalsAfterIt() {
        // Short lines throughout: nothing tells that the lines are unwrapped but the change of case.
        DocumentTree t = tree("nl", "BESLUIT 2014/491/GBVB VAN DE RAAD", "van 22 juli 2014",
                "houdende wijziging van Besluit 2013/189/GBVB", "DE RAAD VAN DE EUROPESE UNIE,",
                "Gezien het Verdrag betreffende de Europese Unie, en met name artikel 42, lid 4,");
        assertEquals("BESLUIT 2014/491/GBVB VAN DE RAAD van 22 juli 2014 houdende wijziging van Besluit 2013/189/GBVB",
                NoteRefs.strip(t.main().title()));
        assertEquals("DE RAAD VAN DE EUROPESE UNIE,", firstFormula(t));
    }

    @Test
    void aWordProcessorSubBulletOStaysABulletInsideAList() {
        DocumentTree t = tree("en", "The plan has three strands:", "o research and development;",
                "o skills and training;", "o public procurement.");
        List<Node> all = new java.util.ArrayList<>();
        StructureSamplesTest.collect(t.main().body(), all);
        assertTrue(all.stream().filter(n -> n instanceof Node.Unit).count() >= 3, all.toString());
    }
}
