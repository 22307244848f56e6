package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.akn.AknWriter;

/**
 * A Dziennik Ustaw announcement of a consolidated text (Dz.U. 2015 poz. 2058, as pdftotext gives it):
 * the announcement's own paragraphs and signature on its first page, then, on a new page, the annex
 * headed by what it is annexed to, holding the law under its own name, date and subject.
 */
class AnnexedActTest {
    private static final String TEXT = StructureFixtures.DZU_2058_OPENING + String.join("\n",
            "1. Na podstawie art. 16 ust. 1 zdanie pierwsze ustawy z dnia 20 lipca 2000 r. o ogłaszaniu aktów normatywnych",
            "i niektórych innych aktów prawnych (Dz. U. z 2015 r. poz. 1484 i 1890) ogłasza się w załączniku do niniejszego",
            "obwieszczenia jednolity tekst ustawy z dnia 6 września 2001 r. o dostępie do informacji publicznej.",
            "",
            "Marszałek Sejmu: M. Kuchciński",
            "") + StructureFixtures.DZU_2058_ANNEX_HEAD + String.join("\n",
            "Rozdział 1",
            "",
            "Przepisy ogólne",
            "",
            "Art. 1. 1. Każda informacja o sprawach publicznych stanowi informację publiczną w rozumieniu ustawy i podlega",
            "udostępnieniu i ponownemu wykorzystywaniu na zasadach i w trybie określonych w niniejszej ustawie.",
            "");

    @Test
    void theAnnexHeadedByWhatItIsAnnexedToHoldsTheLaw() {
        DocumentTree t = StructureFixtures.tree("pl", TEXT);
        assertEquals("act", t.rootElement());
        assertEquals("announcement", t.name());
        assertEquals(1, t.annexes().size());
        DocumentTree.Part annex = t.annexes().get(0);
        assertEquals("Załącznik do obwieszczenia Marszałka Sejmu Rzeczypospolitej Polskiej z dnia 19 listopada 2015 r. (poz. 2058)",
                annex.label());
        assertTrue(annex.title() != null && annex.title().startsWith("USTAWA"), annex.title());
        assertTrue(annex.body().stream().anyMatch(n -> n instanceof Node.Container c && c.kind() == Node.ContainerKind.CHAPTER),
                annex.body().toString());
        List<Node.Role> roles = t.main().conclusions().stream().map(n -> ((Node.Prose) n).role()).toList();
        assertEquals(List.of(Node.Role.SIGNATURE_ROLE, Node.Role.SIGNATURE_PERSON_AFTER_ROLE), roles);
    }

    @Test
    void aRoleAndANamePrintedOnOneLineAreOneParagraph() throws Exception {
        String xml = new AknWriter().write(StructureFixtures.tree("pl", TEXT), "dzu", LocalDate.of(2026, 1, 2));
        assertTrue(xml.matches("(?s).*<p><signature><role refersTo=\"#[^\"]+\">Marszałek Sejmu:</role> "
                + "<person refersTo=\"#[^\"]+\" as=\"#[^\"]+\">M\\. Kuchciński</person></signature></p>.*"), xml);
    }

    /** The annexed law's name, date and subject, each on its line, are one title marked as an act's is. */
    @Test
    void theAnnexedActsTitleIsMarkedAsAnActsTitle() throws Exception {
        DocumentTree t = StructureFixtures.tree("pl", TEXT);
        DocumentTree.Part annex = t.annexes().get(0);
        assertEquals("USTAWA z dnia 6 września 2001 r. o dostępie do informacji publicznej", annex.title());
        assertEquals(new DocumentTree.AnnexedAct("USTAWA", "6 września 2001 r.", LocalDate.of(2001, 9, 6)), annex.annexedAct());
        String xml = new AknWriter().write(t, "dzu", LocalDate.of(2026, 1, 2));
        assertTrue(xml.contains("<longTitle eId=\"att_1__longTitle_1\"><p><docType>USTAWA</docType> z dnia "
                + "<docDate date=\"2001-09-06\">6 września 2001 r.</docDate> <docTitle>o dostępie do informacji publicznej</docTitle></p></longTitle>"), xml);
        assertTrue(annex.body().get(0) instanceof Node.Container c && c.kind() == Node.ContainerKind.CHAPTER, annex.body().toString());
    }

    @Test
    void anArticleThatNamesAnAnnexIsText() {
        DocumentTree t = StructureFixtures.tree("en", String.join("\n",
                "Article 1",
                "Amendments",
                "",
                "Annex I to Regulation (EU) 2019/1 is amended in accordance with the Annex to this Regulation.",
                "",
                "Article 2",
                "Entry into force",
                "",
                "This Regulation shall enter into force on the twentieth day following that of its publication.",
                ""));
        assertEquals(0, t.annexes().size());
    }
}
