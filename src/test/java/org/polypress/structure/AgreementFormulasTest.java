package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.clean.Block;
import org.polypress.clean.Cleaner;
import org.polypress.profile.Profiles;

/**
 * A Greek law that ratifies an international arrangement (ΦΕΚ Α' 77/2018, pdftotext): the
 * President's formula over two lines, the arrangement's "Whereas" clauses and its enacting formula
 * "Now, therefore, ...: ", and the Greek translation's clauses ending with the Greek semicolon.
 */
class AgreementFormulasTest {
    private static final Profiles PROFILES = new Profiles();

    private static List<String> blocks(String lang, String text) {
        return new Cleaner().clean(text, PROFILES.forLanguage(lang)).blocks().stream().map(Block::plain).toList();
    }

    @Test
    void aFormulaPrintedOverTwoLinesIsOneBlock() {
        List<String> b = blocks("el", String.join("\n", "Ο ΠΡΟΕΔΡΟΣ", "ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ",
                "Εκδίδομε τον ακόλουθο νόμο που ψήφισε η Βουλή:", ""));
        assertEquals(List.of("Ο ΠΡΟΕΔΡΟΣ ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ", "Εκδίδομε τον ακόλουθο νόμο που ψήφισε η Βουλή:"), b);
    }

    @Test
    void theEnactingFormulaOfAnArrangementIsALineOfItsOwn() {
        List<String> b = blocks("en", String.join("\n",
                "Whereas the Competent Authorities desire to conclude this Arrangement on exchange of CbC",
                "Reports based on domestic reporting and reciprocal automatic exchange pursuant to the Convention,",
                "including the provisions limiting the use of the information exchanged under the Convention;",
                "Now, therefore, the Competent Authorities declare their intent as follows:",
                "SECTION 1", "Definitions", ""));
        assertEquals("Now, therefore, the Competent Authorities declare their intent as follows:", b.get(1));
    }

    @Test
    void greekClausesEndWithTheGreekSemicolon() {
        String text = String.join("\n",
                "Λαμβάνοντας υπόψη ότι η νομοθεσία της Ελληνικής Δημοκρατίας και των Ηνωμένων Πολιτειών",
                "της Αμερικής αναμένεται να απαιτεί από την Αναφέρουσα Οντότητα Ομίλου ΠΕ να υποβάλλει κάθε",
                "έτος την ΕαΧ·",
                "Λαμβάνοντας υπόψη ότι η ΕαΧ αποτελεί μέρος μιας τυποποιημένης προσέγγισης για την τεκμηρίωση",
                "των τιμών ενδοομιλικών συναλλαγών·",
                "");
        List<String> b = blocks("el", text);
        assertEquals(2, b.size(), b.toString());
        DocumentTree t = StructureFixtures.tree("el", text);
        List<Node> all = new java.util.ArrayList<>(t.main().preamble());
        all.addAll(t.main().body());
        assertTrue(all.stream().filter(n -> n instanceof Node.Unit u && u.kind() == Node.UnitKind.RECITAL).count() == 2,
                all.toString());
    }

    /** The Official Journal's acting formula over a citation (EUR-Lex, Danish): two blocks, never one formula. */
    @Test
    void aFormulaDoesNotSwallowTheCitationAfterIt() {
        List<String> b = blocks("da", String.join("\n", "RÅDET FOR DEN EUROPÆISKE UNION HAR —",
                "under henvisning til traktaten om Den Europæiske Unions funktionsmåde, særlig artikel 215,", ""));
        assertEquals(List.of("RÅDET FOR DEN EUROPÆISKE UNION HAR —",
                "under henvisning til traktaten om Den Europæiske Unions funktionsmåde, særlig artikel 215,"), b);
    }

    /** Greek points are lettered in Greek ("α)", "β)", "στ)", "δα)"), as Latin ones are ("a)"). */
    @Test
    void greekLetteredPointsArePoints() {
        DocumentTree t = StructureFixtures.tree("el", String.join("\n",
                "Τμήμα 1",
                "Ορισμοί",
                "1. Για τους σκοπούς της παρούσας Συμφωνίας, οι ακόλουθοι όροι έχουν τις ακόλουθες έννοιες:",
                "α) ο όρος «Όμιλος» σημαίνει σύνολο επιχειρήσεων που σχετίζονται μέσω ιδιοκτησίας·",
                "β) ο όρος «όμιλος πολυεθνικών επιχειρήσεων» ή «Όμιλος ΠΕ» σημαίνει κάθε Όμιλο·",
                "στ) ο όρος «ΕαΧ» σημαίνει την Έκθεση ανά Χώρα·",
                ""));
        List<String> points = new java.util.ArrayList<>();
        collect(t.main().body(), points);
        assertEquals(List.of("α)", "β)", "στ)"), points);
    }

    private static void collect(List<Node> nodes, List<String> out) {
        for (Node n : nodes) {
            if (n instanceof Node.Container c) {
                collect(c.children(), out);
            } else if (n instanceof Node.Unit u) {
                if (u.kind() == Node.UnitKind.POINT) {
                    out.add(u.num());
                }
                collect(u.children(), out);
            } else if (n instanceof Node.ListBlock l) {
                collect(List.copyOf(l.items()), out);
            }
        }
    }
}
