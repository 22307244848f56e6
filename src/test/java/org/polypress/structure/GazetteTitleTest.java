package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A Polish act as Dziennik Ustaw prints it (2015 poz. 2058, pdftotext, letter-spaced capitals): the
 * journal's masthead, then the act's name, issuer, date and subject. The title is the act's, never
 * the journal's name; the act's name is its docType.
 */
class GazetteTitleTest {
    private static final String TEXT = StructureFixtures.DZU_2058_OPENING + String.join("\n",
            "1. Na podstawie art. 16 ust. 1 zdanie pierwsze ustawy z dnia 20 lipca 2000 r. o ogłaszaniu aktów normatywnych",
            "i niektórych innych aktów prawnych (Dz. U. z 2015 r. poz. 1484 i 1890) ogłasza się w załączniku do niniejszego",
            "obwieszczenia jednolity tekst ustawy Marszałka Sejmu Rzeczypospolitej Polskiej.",
            "");

    @Test
    void theActsNameOpensItsTitleUnderTheMasthead() {
        DocumentTree t = StructureFixtures.tree("pl", TEXT);
        assertEquals("OBWIESZCZENIE MARSZAŁKA SEJMU RZECZYPOSPOLITEJ POLSKIEJ z dnia 19 listopada 2015 r. "
                + "w sprawie ogłoszenia jednolitego tekstu ustawy o dostępie do informacji publicznej", t.main().title());
        assertEquals("OBWIESZCZENIE", t.metadata().docType());
    }

    /**
     * ΦΕΚ Α 77/2018 (pdftotext, masthead removed): the law's subject is one sentence with its full
     * stop, between the law's name and the acting formula; it is the title's, not a motivation.
     */
    @Test
    void aGreekLawsSubjectSentenceEndsItsTitle() {
        DocumentTree t = StructureFixtures.tree("el", String.join("\n",
                "ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4534",
                "Κύρωση της Συμφωνίας μεταξύ της Αρμόδιας Αρχής της Ελληνικής Δημοκρατίας και της Αρμόδιας Αρχής των Ηνωμένων Πολιτειών της Αμερικής",
                "για την ανταλλαγή Εκθέσεων ανά Χώρα και διατάξεις εφαρμογής.",
                "Ο ΠΡΟΕΔΡΟΣ",
                "ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ",
                "Εκδίδομε τον ακόλουθο νόμο που ψήφισε η Βουλή:",
                "ΜΕΡΟΣ ΠΡΩΤΟ",
                "Άρθρο πρώτο",
                "Κυρώνεται και έχει την ισχύ, που ορίζει το άρθρο 28 παρ. 1 του Συντάγματος, η Συμφωνία.",
                ""));
        assertEquals("ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4534 Κύρωση της Συμφωνίας μεταξύ της Αρμόδιας Αρχής της Ελληνικής Δημοκρατίας "
                + "και της Αρμόδιας Αρχής των Ηνωμένων Πολιτειών της Αμερικής για την ανταλλαγή Εκθέσεων ανά Χώρα και "
                + "διατάξεις εφαρμογής.", t.main().title());
        assertEquals(Node.Role.FORMULA, ((Node.Prose) t.main().preamble().get(0)).role());
    }

    /** A Romanian draft emergency ordinance (2017, pdftotext): the issuer over the act's name, then the preamble. */
    @Test
    void theIssuerOverTheActsNameStaysOutOfTheTitle() {
        DocumentTree t = StructureFixtures.tree("ro", String.join("\n",
                "GUVERNUL ROMÂNIEI",
                "Ordonanţă de Urgenţă a Guvernului",
                "privind lansarea în cadrul Ministerului pentru Mediul de Afaceri, Comerţ şi Antreprenoriat a",
                "Programul de susţinere a internaţionalizării operatorilor economici români,",
                "cu finanţare de la bugetul de stat",
                "",
                "În scopul creării unui cadru favorabil pentru valorificarea posibilităţilor actuale de",
                "dezvoltare economică a ROMÂNIEI, pentru promovarea produselor pe noi pieţe;",
                "În temeiul art. 115 alin. (4) din Constituţia României, republicată,",
                "",
                "Guvernul României adoptă prezenta ordonanţă de urgenţă.",
                "",
                "Art. 1. - Se aprobă Programul de susţinere a internaţionalizării operatorilor economici români.",
                ""));
        assertEquals("Ordonanţă de Urgenţă a Guvernului privind lansarea în cadrul Ministerului pentru Mediul de Afaceri, "
                + "Comerţ şi Antreprenoriat a Programul de susţinere a internaţionalizării operatorilor economici români, "
                + "cu finanţare de la bugetul de stat", t.main().title());
        assertEquals("Ordonanţă de Urgenţă a Guvernului", t.metadata().docType());
    }
}
