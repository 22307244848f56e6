package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.LayoutEvidence;

/** Raised digits after a number that no note took are printed as superscripts where they stand. */
class SuperscriptDigitsTest {
    @Test
    void aRaisedSuffixOnALineOfItsOwnJoinsItsArticleNumber() {
        // Dz.U. 2015 poz. 2058 as PDFBox writes it: "art. 36" / "3" / " ust. 1".
        Page page = new Page(2, List.of("1) centralnej bazy danych ksiąg wieczystych, o której mowa w art. 36", "3",
                " ust. 1 ustawy z dnia 6 lipca 1982 r. o księgach"));
        LayoutEvidence layout = new LayoutEvidence(10, List.of(new LayoutEvidence.Raised(2, "3", "h, o której mowa w art. 36")),
                List.of());
        List<Page> out = SuperscriptDigits.apply(List.of(page), layout);
        assertEquals(List.of("1) centralnej bazy danych ksiąg wieczystych, o której mowa w art. 36³",
                " ust. 1 ustawy z dnia 6 lipca 1982 r. o księgach"), out.get(0).lines());
    }

    @Test
    void withoutLayoutEvidenceOrAfterAWordNothingChanges() {
        Page page = new Page(1, List.of("o której mowa w art. 363 ust. 1", "the rules of the Union", "2", "which"));
        assertEquals(page, SuperscriptDigits.apply(List.of(page), LayoutEvidence.NONE).get(0));
        LayoutEvidence marker = new LayoutEvidence(10, List.of(new LayoutEvidence.Raised(1, "2", "the rules of the Union")), List.of());
        assertEquals(page, SuperscriptDigits.apply(List.of(page), marker).get(0));
    }
}
