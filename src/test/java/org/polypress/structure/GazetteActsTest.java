package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.clean.NoteRefs;

/**
 * National gazette acts as pdftotext gives them: the Greek Government Gazette numbers articles with
 * ordinal words ("Άρθρο πρώτο", "Άρθρο δεύτερο", capitals "ΜΕΡΟΣ ΠΡΩΤΟ") and sets its text in two
 * narrow columns, whose lines are short against a full-width page of the same document.
 */
class GazetteActsTest {

    private static void containers(List<Node> nodes, List<String> out) {
        for (Node n : nodes) {
            if (n instanceof Node.Container c) {
                out.add(c.kind() + " " + c.num() + (c.heading().isEmpty() ? "" : " / " + NoteRefs.strip(c.heading())));
                containers(c.children(), out);
            }
        }
    }

    @Test
    void greekArticlesNumberedWithOrdinalWords() {
        String page1 = String.join("\n",
                "Εκδίδομε τον ακόλουθο νόμο που ψήφισε η Βουλή:",
                "ΜΕΡΟΣ ΠΡΩΤΟ",
                "Άρθρο πρώτο",
                "Κυρώνεται και έχει την ισχύ, που ορίζει το άρθρο 28",
                "παρ. 1 του Συντάγματος, η Συμφωνία μεταξύ της Αρμόδιας Αρχής της Ελληνικής Δημοκρατίας και της Αρμόδιας",
                "Αρχής των Ηνωμένων Πολιτειών της Αμερικής για την",
                "Ανταλλαγή Εκθέσεων ανά Χώρα, που υπογράφηκε στο",
                "Όσλο στις 27 Σεπτεμβρίου 2017, της οποίας το κείμενο,",
                "σε πρωτότυπο στην αγγλική γλώσσα και σε μετάφραση",
                "στην ελληνική γλώσσα, έχει ως εξής:",
                "ΜΕΡΟΣ ΔΕΥΤΕΡΟ",
                "Άρθρο δεύτερο",
                "Επιπρόσθετοι ορισμοί",
                "Για τους σκοπούς του παρόντος νόμου, οι όροι έχουν",
                "την έννοια που τους αποδίδεται στη Συμφωνία.");
        DocumentTree t = StructureFixtures.tree("el", page1 + "\n");
        List<String> out = new ArrayList<>();
        containers(t.main().body(), out);
        assertEquals(List.of("PART ΜΕΡΟΣ ΠΡΩΤΟ", "ARTICLE Άρθρο πρώτο", "PART ΜΕΡΟΣ ΔΕΥΤΕΡΟ",
                "ARTICLE Άρθρο δεύτερο / Επιπρόσθετοι ορισμοί"), out);
        String body = t.main().body().toString();
        // The narrow column's line "... για την" does not end the paragraph before "Ανταλλαγή".
        assertEquals(true, body.contains("για την Ανταλλαγή Εκθέσεων ανά Χώρα"), body);
    }

    /** ΦΕΚ Α 63/2018 (law 4532, pdftotext): an article's title over two lines, the second in capitals. */
    @Test
    void anArticlesTitleOverTwoLinesIsOneHeading() {
        DocumentTree t = StructureFixtures.tree("el", String.join("\n",
                "Εκδίδομε τον ακόλουθο νόμο που ψήφισε η Βουλή:",
                "Άρθρο 24",
                "Αντικατάσταση του άρθρου 157 του Κώδικα",
                "Δημοσίου Ναυτικού Δικαίου (ν.δ. 187/1973)",
                "Το άρθρο 157 του Κώδικα Δημοσίου Ναυτικού Δικαίου,",
                "ο οποίος κυρώθηκε με το άρθρο μόνον του ν.δ. 187/1973 (Α΄ 261), αντικαθίσταται ως εξής:",
                "«Άρθρο 157",
                "Κυρώσεις κατά των παραβατών",
                "1. Στους παραβάτες των διατάξεων των Γενικών και Ειδικών Κανονισμών Λιμένων επιβάλλεται πρόστιμο.».",
                "Άρθρο 25",
                "Έναρξη ισχύος",
                "Η ισχύς του παρόντος νόμου αρχίζει από τη δημοσίευσή του στην Εφημερίδα της Κυβερνήσεως.",
                ""));
        List<String> out = new ArrayList<>();
        containers(t.main().body(), out);
        assertEquals(List.of("ARTICLE Άρθρο 24 / Αντικατάσταση του άρθρου 157 του Κώδικα Δημοσίου Ναυτικού Δικαίου (ν.δ. 187/1973)",
                "ARTICLE Άρθρο 25 / Έναρξη ισχύος"), out);
    }

    @Test
    void romanianSectionsNumberedWithDigitOrdinals() {
        // Notă de fundamentare (Romanian Government): "Secţiunea a 2-a" over its heading.
        String text = String.join("\n", "Secţiunea 1", "Titlul prezentului act normativ", "",
                "Proiect de Ordonanţă de Urgenţă a Guvernului privind lansarea Programului.", "",
                "Secţiunea a 2-a", "Motivul emiterii actului normativ", "",
                "Prin Ordonanţa de Urgenţă a Guvernului nr. 120/2002 au fost aprobate categoriile de activităţi.", "");
        DocumentTree t = StructureFixtures.tree("ro", text);
        List<String> out = new ArrayList<>();
        containers(t.main().body(), out);
        assertEquals(List.of("SECTION Secţiunea 1 / Titlul prezentului act normativ",
                "SECTION Secţiunea a 2-a / Motivul emiterii actului normativ"), out);
    }

    @Test
    void theEnglishOriginalOfARatifiedAgreementIsStructuredByItsOwnWords() {
        // Greek law 4534/2018 prints the Arrangement's English original before its translation.
        String text = String.join("\n", "Άρθρο πρώτο", "Κυρώνεται η Συμφωνία, της οποίας το κείμενο έχει ως εξής:", "",
                "Now, therefore, the Competent Authorities declare their intent as follows:", "SECTION 1", "Definitions",
                "1.", "", "For the purposes of this Arrangement, the following terms have the following meanings:",
                "SECTION 2", "Exchange of Information with Respect to MNE Groups",
                "1.", "", "Pursuant to the provisions of Article 18 of the Convention, each Competent Authority intends to exchange.", "");
        DocumentTree t = StructureFixtures.tree("el", text);
        List<String> out = new ArrayList<>();
        containers(t.main().body(), out);
        assertEquals(List.of("ARTICLE Άρθρο πρώτο", "SECTION SECTION 1 / Definitions",
                "SECTION SECTION 2 / Exchange of Information with Respect to MNE Groups"), out);
    }

    @Test
    void unletteredRecitalClausesOfAnAgreementAreUnits() {
        // Greek law 4534/2018, the Arrangement's English original and its Greek translation.
        String text = String.join("\n", "Whereas the laws of the Hellenic Republic and the United States of America are expected to",
                "require the Reporting Entity of an MNE Group to annually file a CbC Report;", "",
                "Λαμβάνοντας υπόψη ότι η νομοθεσία της Ελληνικής Δημοκρατίας αναμένεται να απαιτεί",
                "την υποβολή Έκθεσης ανά Χώρα;", "",
                "Whereas the first paragraph of this letter is prose.", "");
        DocumentTree t = StructureFixtures.tree("el", text);
        List<Node> all = new ArrayList<>();
        StructureSamplesTest.collect(t.main().body(), all);
        all.addAll(t.main().preamble());
        long units = all.stream().filter(n -> n instanceof Node.Unit u && u.num().isEmpty()).count();
        assertEquals(2, units, all.toString());
    }
}
