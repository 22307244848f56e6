package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.clean.NoteRefs;

/**
 * The end of an Official Journal act as pdftotext gives it (Commission Delegated Regulation (EU)
 * 2025/301): the enacting formula is a block of its own, not the end of the last recital, and the
 * closing formula with place and date opens the conclusions, where the signatures stand as they are
 * printed, never as headings or as part of the last article.
 */
class ActConclusionsTest {

    private static final String TEXT = String.join("\n",
            "THE EUROPEAN COMMISSION,",
            "",
            "Having regard to the Treaty on the Functioning of the European Union,",
            "",
            "Whereas:",
            "",
            "(1)",
            "",
            "The European Data Protection Supervisor was consulted in accordance with Article 42(1) of Regulation",
            "(EU) 2018/1725 of the European Parliament and of the Council and delivered a positive opinion on 22 July",
            "2024. Any processing of personal data within the scope of this Regulation should be performed in accordance with",
            "the applicable data protection principles and provisions from Regulation (EU) 2018/1725,",
            "HAS ADOPTED THIS REGULATION:",
            "",
            "Article 1",
            "Entry into force",
            "",
            "This Regulation shall enter into force on the twentieth day following that of its publication in the Official Journal of the",
            "European Union.",
            "",
            "This Regulation shall be binding in its entirety and directly applicable in all Member States.",
            "Done at Brussels, 23 October 2024.",
            "",
            "For the Commission",
            "The President",
            "Ursula VON DER LEYEN",
            "");

    @Test
    void enactingFormulaClosingFormulaAndSignaturesStandApart() {
        DocumentTree t = StructureFixtures.tree("en", TEXT);
        List<String> preamble = t.main().preamble().stream()
                .map(n -> n instanceof Node.Prose pr ? pr.text() : ((Node.Unit) n).text()).map(NoteRefs::strip).toList();
        assertEquals("HAS ADOPTED THIS REGULATION:", preamble.get(preamble.size() - 1));
        assertTrue(preamble.get(preamble.size() - 2).endsWith("from Regulation (EU) 2018/1725,"), preamble.toString());
        List<String> conclusions = t.main().conclusions().stream().map(n -> NoteRefs.strip(((Node.Prose) n).text())).toList();
        assertEquals(List.of("Done at Brussels, 23 October 2024.", "For the Commission", "The President", "Ursula VON DER LEYEN"),
                conclusions);
        String body = t.main().body().toString();
        assertTrue(body.contains("directly applicable in all Member States."), body);
        assertTrue(!body.contains("Done at"), body);
    }

    /**
     * ΦΕΚ Α 63/2018 (law 4532, pdftotext): the order to publish run on the last article's lines,
     * then the place and date and a government's signatures, some sixty lines: all conclusions.
     */
    @Test
    void aGovernmentsLongSignatureBlockIsTheConclusions() {
        DocumentTree t = StructureFixtures.tree("el", String.join("\n",
                "ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4532",
                "Ενσωμάτωση στην ελληνική νομοθεσία της Οδηγίας (ΕΕ) 2015/1794 και άλλες διατάξεις.",
                "Ο ΠΡΟΕΔΡΟΣ",
                "ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ",
                "Εκδίδομε τον ακόλουθο νόμο που ψήφισε η Βουλή:",
                "Άρθρο 36",
                "Έναρξη ισχύος",
                "Η ισχύς: α) των άρθρων 1 έως 9 αρχίζει από τη 10η Οκτωβρίου 2017, εκτός αν ορίζεται διαφορετικά στις επιμέρους",
                "διατάξεις των άρθρων αυτών και β) των λοιπών άρθρων του παρόντος νόμου αρχίζει από τη δημοσίευσή του στην",
                "Εφημερίδα της Κυβερνήσεως, εκτός εάν ορίζεται διαφορετικά στις επιμέρους διατάξεις του.",
                "Παραγγέλλομε τη δημοσίευση του παρόντος στην Εφημερίδα της Κυβερνήσεως και την εκτέλεσή του ως νόμου",
                "του Κράτους.",
                "Αθήνα, 4 Aπριλίου 2018",
                "Ο Πρόεδρος της Δημοκρατίας",
                "ΠΡΟΚΟΠΙΟΣ Β. ΠΑΥΛΟΠΟΥΛΟΣ",
                "Οι Υπουργοί",
                "Ο Aντιπρόεδρος της Κυβέρνησης",
                "και Υπουργός",
                "Οικονομίας και Ανάπτυξης",
                "Εσωτερικών",
                "Αναπληρωτής Υπουργός",
                "Εσωτερικών",
                "ΙΩΑΝΝΗΣ ΔΡΑΓΑΣΑΚΗΣ",
                "ΠΑΝΑΓΙΩΤΗΣ ΣΚΟΥΡΛΕΤΗΣ",
                "ΝΙΚΟΛΑΟΣ ΤΟΣΚΑΣ",
                "Αναπληρωτής Υπουργός",
                "Οικονομίας και Ανάπτυξης",
                "Ψηφιακής Πολιτικής,",
                "Τηλεπικοινωνιών και Ενημέρωσης",
                "Εθνικής Άμυνας",
                "ΑΛΕΞΑΝΔΡΟΣ ΧΑΡΙΤΣΗΣ",
                "ΝΙΚΟΛΑΟΣ ΠΑΠΠΑΣ",
                "ΠΑΝΑΓΙΩΤΗΣ ΚΑΜΜΕΝΟΣ",
                "Παιδείας, Έρευνας",
                "και Θρησκευμάτων",
                "Εργασίας, Κοινωνικής Ασφάλισης",
                "και Κοινωνικής Αλληλεγγύης",
                "Δικαιοσύνης, Διαφάνειας",
                "και Ανθρωπίνων Δικαιωμάτων",
                "ΚΩΝΣΤΑΝΤΙΝΟΣ ΓΑΒΡΟΓΛΟΥ",
                "ΕΥΤΥΧΙΑ ΑΧΤΣΙΟΓΛΟΥ",
                "ΣΤΑΥΡΟΣ ΚΟΝΤΟΝΗΣ",
                "Αναπληρωτής Υπουργός",
                "Δικαιοσύνης, Διαφάνειας",
                "και Ανθρωπίνων Δικαιωμάτων",
                "Οικονομικών",
                "Αναπληρωτής Υπουργός",
                "Οικονομικών",
                "ΔΗΜΗΤΡΙΟΣ ΠΑΠΑΓΓΕΛΟΠΟΥΛΟΣ",
                "ΕΥΚΛΕΙΔΗΣ ΤΣΑΚΑΛΩΤΟΣ",
                "ΓΕΩΡΓΙΟΣ ΧΟΥΛΙΑΡΑΚΗΣ",
                "Υφυπουργός",
                "Οικονομικών",
                "Υγείας",
                "Αναπληρωτής Υπουργός",
                "Υγείας",
                "ΑΙΚΑΤΕΡΙΝΗ ΠΑΠΑΝΑΤΣΙΟΥ",
                "ΑΝΔΡΕΑΣ ΞΑΝΘΟΣ",
                "ΠΑΥΛΟΣ ΠΟΛΑΚΗΣ",
                "Διοικητικής Ανασυγκρότησης",
                "Ναυτιλίας",
                "και Νησιωτικής Πολιτικής",
                "ΟΛΓΑ ΓΕΡΟΒΑΣΙΛΗ",
                "ΠΑΝΑΓΙΩΤΗΣ ΚΟΥΡΟΥΜΠΛΗΣ",
                "Θεωρήθηκε και τέθηκε η Μεγάλη Σφραγίδα του Κράτους.",
                "Αθήνα, 5 Aπριλίου 2018",
                "Ο επί της Δικαιοσύνης Υπουργός",
                "ΣΤΑΥΡΟΣ ΚΟΝΤΟΝΗΣ",
                ""));
        List<Node> conclusions = t.main().conclusions();
        assertEquals("Παραγγέλλομε τη δημοσίευση του παρόντος στην Εφημερίδα της Κυβερνήσεως και την εκτέλεσή του ως νόμου του Κράτους.",
                ((Node.Prose) conclusions.get(0)).text());
        assertEquals(Node.Role.FORMULA, ((Node.Prose) conclusions.get(0)).role());
        String body = t.main().body().toString();
        assertTrue(!body.contains("Παραγγέλλομε") && !body.contains("ΠΡΟΚΟΠΙΟΣ") && !body.contains("ΚΟΥΡΟΥΜΠΛΗΣ"), body);
        assertTrue(conclusions.stream().anyMatch(n -> n.toString().contains("ΠΑΝΑΓΙΩΤΗΣ ΚΟΥΡΟΥΜΠΛΗΣ")), conclusions.toString());
    }
}
