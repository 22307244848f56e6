package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An act's identity read from its text: number, date, kind and country, from real openings and
 * closings (EUR-Lex openings in Hungarian and Spanish, Greek law 4534/2018, a Romanian draft).
 */
class ActIdentityTest {

    @Test
    void officialJournalNumberBeforeTheYearAndADateWrittenYearFirst() {
        DocumentTree t = StructureFixtures.tree("hu", String.join("\n",
                "A BIZOTTSÁG 1382/2011/EU VÉGREHAJTÁSI RENDELETE",
                "",
                "(2011. december 22.)",
                "",
                "az egyes gyümölcs- és zöldségfélék behozatali árának meghatározására szolgáló behozatali átalányértékek megállapításáról",
                "",
                "AZ EURÓPAI BIZOTTSÁG,",
                "",
                "tekintettel az Európai Unió működéséről szóló szerződésre,",
                ""));
        assertEquals("act", t.rootElement());
        assertEquals("regulation", t.name());
        assertEquals("1382/2011", t.metadata().docNumber());
        assertEquals(LocalDate.of(2011, 12, 22), t.metadata().date());
        assertEquals("eu", t.metadata().country());
        assertEquals(List.of(), t.act().missing());
    }

    @Test
    void numberWithASpacedNumeroSign() {
        DocumentTree t = StructureFixtures.tree("es", String.join("\n",
                "REGLAMENTO (CE) N o 561/2007 DE LA COMISIÓN",
                "",
                "de 24 de mayo de 2007",
                "",
                "por el que se establecen valores globales de importación para la determinación del precio de entrada de determinadas frutas y hortalizas",
                "",
                "LA COMISIÓN DE LAS COMUNIDADES EUROPEAS,",
                "",
                "Visto el Tratado constitutivo de la Comunidad Europea,",
                ""));
        assertEquals("561/2007", t.metadata().docNumber());
        assertEquals("(CE) N o 561/2007", t.act().numberPrinted());
        assertEquals("REGLAMENTO", t.act().type());
        assertEquals(LocalDate.of(2007, 5, 24), t.metadata().date());
        assertEquals("eu", t.metadata().country());
    }

    @Test
    void greekLawDatedByItsClosingFormula() {
        DocumentTree t = StructureFixtures.tree("el", String.join("\n",
                "ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4534",
                "Κύρωση της Συμφωνίας μεταξύ της Αρμόδιας Αρχής της Ελληνικής Δημοκρατίας και της Αρμόδιας Αρχής των Ηνωμένων Πολιτειών της Αμερικής",
                "για την ανταλλαγή Εκθέσεων ανά Χώρα και διατάξεις εφαρμογής.",
                "Ο ΠΡΟΕΔΡΟΣ",
                "ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ",
                "Εκδίδομε τον ακόλουθο νόμο που ψήφισε η Βουλή:",
                "Άρθρο πρώτο",
                "Η ισχύς του παρόντος νόμου αρχίζει από τη δημοσίευσή του στην Εφημερίδα της Κυβερνήσεως.",
                "Παραγγέλλομε τη δημοσίευση του παρόντος στην Εφημερίδα της Κυβερνήσεως και την εκτέλεσή του ως νόμου του Κράτους.",
                "Αθήνα, 27 Απριλίου 2018",
                "Ο Πρόεδρος της Δημοκρατίας",
                "ΠΡΟΚΟΠΙΟΣ Β. ΠΑΥΛΟΠΟΥΛΟΣ",
                ""));
        assertEquals("law", t.name());
        assertEquals("4534", t.metadata().docNumber());
        assertEquals("ΝΟΜΟΣ", t.act().type());
        assertEquals(LocalDate.of(2018, 4, 27), t.metadata().date());
        assertEquals("gr", t.metadata().country());
        List<Node.Role> roles = t.main().conclusions().stream().map(n -> ((Node.Prose) n).role()).toList();
        assertEquals(List.of(Node.Role.FORMULA, Node.Role.FORMULA, Node.Role.SIGNATURE_ROLE, Node.Role.SIGNATURE_PERSON), roles);
    }

    @Test
    void aDraftWithoutNumberOrDateSaysSo() {
        DocumentTree t = StructureFixtures.tree("ro", String.join("\n",
                "GUVERNUL ROMÂNIEI",
                "Ordonanţă de Urgenţă a Guvernului",
                "privind lansarea în cadrul Ministerului pentru Mediul de Afaceri, Comerţ şi Antreprenoriat a",
                "Programul de susţinere a internaţionalizării operatorilor economici români,",
                "cu finanţare de la bugetul de stat",
                "",
                "în temeiul art. 115, alin. 4 din Constituţia ROMÂNIEI, republicată şi a Regulamentului",
                "(UE) nr. 1.407/2013",
                "",
                "GUVERNUL ROMÂNIEI adoptă prezenta ordonanţă de urgenţă:",
                "",
                "ART. 1",
                "În cadrul Ministerului pentru Mediul de Afaceri, Comerţ şi Antreprenoriat se aprobă Programul.",
                "PRIM MINISTRU",
                "SORIN MIHAI GRINDEANU",
                ""));
        assertEquals("emergencyOrdinance", t.name());
        assertNull(t.metadata().docNumber(), "the subject's (UE) nr. 1.407/2013 is another act's number");
        assertEquals(List.of("number", "date"), t.act().missing());
        List<String> conclusions = t.main().conclusions().stream().map(n -> ((Node.Prose) n).role() + " " + ((Node.Prose) n).text()).toList();
        assertEquals(List.of("SIGNATURE_ROLE PRIM MINISTRU", "SIGNATURE_PERSON SORIN MIHAI GRINDEANU"), conclusions);
    }

    @Test
    void theElifooterOfTheActItselfNeverAnotherActs() {
        List<String> furniture = List.of("OJ L, 25.6.2024", "ELI: http://data.europa.eu/eli/reg_del/2024/1772/oj", "2/9",
                "ELI: http://data.europa.eu/eli/reg_del/2024/1772/oj 3/9");
        assertEquals("http://data.europa.eu/eli/reg_del/2024/1772/oj", ActIdentity.eli(furniture, "2024/1772"));
        assertNull(ActIdentity.eli(furniture, "2022/2554"));
        assertEquals("http://data.europa.eu/eli/reg/2009/1107/oj",
                ActIdentity.eli(List.of("ELI: http://data.europa.eu/eli/reg/2009/1107/oj"), "1107/2009"));
    }
}
