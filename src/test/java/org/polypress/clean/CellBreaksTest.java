package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.LayoutEvidence;
import org.polypress.ingest.LayoutEvidence.CellLine;
import org.polypress.profile.Profiles;

/** Lines of the Romanian explanatory memorandum (nota de fundamentare, 2017), page 3, as PDFBox writes them. */
class CellBreaksTest {
    private static final List<String> PAGE_3 = List.of(
            "de muncă ",
            "",
            "3. Impactul social Creşterea şi diversificarea exporturilor de produse şi servicii ",
            "va conduce la creşterea capacitaţilor de producţie şi, implicit, ",
            "la crearea de noi locuri de muncă şi reducerea ratei ",
            "şomajului. ",
            "",
            "4. Impact asupra ",
            "mediului ",
            "",
            "Nu a fost identificat. ",
            "",
            "5.Alte informaţii  - ",
            "Secţiunea a 4-a ");

    private static LayoutEvidence evidence(CellLine... lines) {
        return new LayoutEvidence(12, List.of(), List.of(), List.of(lines));
    }

    @Test
    void aLabelCellAndItsValueOnOneLineAreCutApartAtTheGutter() {
        LayoutEvidence layout = evidence(
                new CellLine(3, List.of("3. Impactul social", "Creşterea şi diversificarea exporturilor de produse şi servicii")),
                new CellLine(3, List.of("5.Alte informaţii", "-")));
        List<String> lines = CellBreaks.apply(List.of(new Page(3, PAGE_3)), layout, UnaryOperator.identity()).get(0).lines();
        assertEquals(List.of("3. Impactul social", "", "Creşterea şi diversificarea exporturilor de produse şi servicii"),
                lines.subList(2, 5));
        assertEquals(List.of("5.Alte informaţii", "", "-", "Secţiunea a 4-a "), lines.subList(lines.size() - 4, lines.size()));
        assertEquals(String.join("", PAGE_3).replaceAll("\\s", ""), String.join("", lines).replaceAll("\\s", ""), "no character changed");
    }

    @Test
    void hangingLabelsContentsEntriesAndOtherPagesAreLeftAlone() {
        List<String> recital = List.of("(1) Regulation (EU) 2022/2554 aims to harmonise", "Goals . . . . . 8", "Summary 6");
        LayoutEvidence layout = evidence(new CellLine(1, List.of("(1)", "Regulation (EU) 2022/2554 aims to harmonise")),
                new CellLine(1, List.of("Goals . . . . .", "8")), new CellLine(1, List.of("Summary", "6")),
                new CellLine(2, List.of("3. Impactul social", "Creşterea şi diversificarea exporturilor de produse şi servicii")));
        Page page = new Page(1, recital);
        assertSame(page, CellBreaks.apply(List.of(page), layout, UnaryOperator.identity()).get(0));
        Page other = new Page(3, PAGE_3);
        assertSame(other, CellBreaks.apply(List.of(other), layout, UnaryOperator.identity()).get(0));
        assertTrue(CellBreaks.labelAlone("(1)") && CellBreaks.labelAlone("c)") && CellBreaks.labelAlone("12"));
        assertFalse(CellBreaks.labelAlone("3. Impactul social"));
    }

    @Test
    void aDashForNoneDoesNotLabelTheNextRow() {
        String text = "4. Propuneri pentru \nacoperirea creşterii \ncheltuielilor bugetare \n\n- \n\n5. Propuneri pentru a \n"
                + "compensa reducerea \nveniturilor bugetare \n\n- \n\nSecţiunea a 5-a \n";
        List<String> blocks = new Cleaner().clean(text, new Profiles().forLanguage("ro")).blocks().stream().map(Block::plain).toList();
        assertEquals(List.of("4. Propuneri pentru acoperirea creşterii cheltuielilor bugetare", "-",
                "5. Propuneri pentru a compensa reducerea veniturilor bugetare", "-", "Secţiunea a 5-a"), blocks);
    }
}
