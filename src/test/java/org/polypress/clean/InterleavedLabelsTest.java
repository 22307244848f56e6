package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Romanian explanatory memorandum for the 2017 internationalisation ordinance ("Notă de
 * fundamentare"), section 3, as pdftotext's default output gives its two-column form: the label
 * cells' second lines ("macroeconomic", "mediului de afaceri", "mediului") among their values' lines.
 */
class InterleavedLabelsTest {
    private static final List<String> SECTION_3 = List.of(
            "Secţiunea a 3-a",
            "Impactul socio-economic al prezentului act normativ",
            "1. Impact",
            "Scopul prezentului act normativ este de a facilita accesul pe",
            "macroeconomic",
            "pieţe externe a producătorilor autohtoni, de crestere a",
            "volumului exportului de produse şi servicii româneşti şi",
            "implicit, de creştere a incasărilor valutare ale României.",
            "2. Impact asupra",
            "Pe masura accesării Programului de un numar cât mai mare",
            "mediului de afaceri",
            "de societăţi comerciale, mediul de afaceri va inregistra",
            "schimbări benefice nu numai sub aspectul dinamicii şi al",
            "dezvoltarii de noi produse şi servicii pentru export, cât şi sub",
            "aspectul diversificării geografice a exporturilor.",
            "3. Impactul social",
            "Creşterea şi diversificarea exporturilor de produse şi servicii",
            "va conduce la creşterea capacitaţilor de producţie şi, implicit,",
            "la crearea de noi locuri de muncă şi reducerea ratei",
            "şomajului.",
            "4. Impact asupra",
            "Nu a fost identificat.",
            "mediului",
            "5.Alte informaţii");

    @Test
    void aLabelsLinesAmongItsValuesLinesMoveUpToIt() {
        Page page = InterleavedLabels.apply(List.of(new Page(3, SECTION_3))).get(0);
        assertEquals(List.of(
                "Secţiunea a 3-a",
                "Impactul socio-economic al prezentului act normativ",
                "1. Impact",
                "macroeconomic",
                "",
                "Scopul prezentului act normativ este de a facilita accesul pe",
                "pieţe externe a producătorilor autohtoni, de crestere a",
                "volumului exportului de produse şi servicii româneşti şi",
                "implicit, de creştere a incasărilor valutare ale României.",
                "2. Impact asupra",
                "mediului de afaceri",
                "",
                "Pe masura accesării Programului de un numar cât mai mare",
                "de societăţi comerciale, mediul de afaceri va inregistra",
                "schimbări benefice nu numai sub aspectul dinamicii şi al",
                "dezvoltarii de noi produse şi servicii pentru export, cât şi sub",
                "aspectul diversificării geografice a exporturilor.",
                "3. Impactul social",
                "Creşterea şi diversificarea exporturilor de produse şi servicii",
                "va conduce la creşterea capacitaţilor de producţie şi, implicit,",
                "la crearea de noi locuri de muncă şi reducerea ratei",
                "şomajului.",
                "4. Impact asupra",
                "mediului",
                "",
                "Nu a fost identificat.",
                "5.Alte informaţii"), page.lines());
    }

    /**
     * Section 4 of the same form: the label's second line ends in a comma after the value's one
     * sentence, and its last line stands past a blank line, before the next row's label.
     */
    @Test
    void aLabelsLastLinePastABlankLineMovesUpTooAndTheCellsStayApart() {
        Page page = new Page(4, List.of(
                "1. Modificări ale",
                "Impactul asupra veniturilor bugetare nu poate fi cuantificat.",
                "veniturilor bugetare,",
                "",
                "plus/minus",
                "2. Modificări ale",
                "cheltuielilor"));
        assertEquals(List.of(
                "1. Modificări ale",
                "veniturilor bugetare,",
                "plus/minus",
                "",
                "Impactul asupra veniturilor bugetare nu poate fi cuantificat.",
                "",
                "2. Modificări ale",
                "cheltuielilor"), InterleavedLabels.apply(List.of(page)).get(0).lines());
    }

    /** A paragraph's short last line, and a short line that opens a sentence, stay where they are. */
    @Test
    void aParagraphsOwnShortLinesStay() {
        Page page = new Page(1, List.of(
                "1. Scopul",
                "Programul este destinat întreprinderilor mici şi mijlocii care",
                "exportă produse şi servicii româneşti pe pieţele externe şi",
                "îşi extind activitatea",
                "Sumele necesare pentru implementarea Programului se vor asigura",
                "anual cu încadrarea în prevederile bugetare aprobate cu această",
                "destinaţie."));
        assertSame(page, InterleavedLabels.apply(List.of(page)).get(0));
    }
}
