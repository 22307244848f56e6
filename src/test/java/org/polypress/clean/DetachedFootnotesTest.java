package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Footnotes as pdftotext's default output sets them: numbers apart from their bodies (EP resolution
 * P9_TA(2023)0282; the Polish gazette Dz.U. 2015 poz. 2058).
 */
class DetachedFootnotesTest {
    /** Dz.U. 2015 poz. 2058, page 3 as pdftotext sets it (its middle left out). */
    private static final List<String> GAZETTE_PAGE_3 = List.of(
            "2.4) Obowiązane do udostępnienia informacji publicznej są organizacje związkowe i pracodawców, reprezentatywne",
            "1a. (utracił moc)5)",
            "3.6) Nie można, z zastrzeżeniem ust. 1 i 2, ograniczać dostępu do informacji o sprawach rozstrzyganych",
            "b) projektowaniu aktów normatywnych,",
            "c)",
            "",
            "4)",
            "",
            "5)",
            "",
            "6)",
            "",
            "programach w zakresie realizacji zadań publicznych, sposobie ich realizacji, wykonywaniu i skutkach realizacji",
            "tych zadań;",
            "",
            "W brzmieniu ustalonym przez art. 63 ustawy z dnia 24 lipca 2015 r. o Radzie Dialogu Społecznego i innych instytucjach dialogu",
            "społecznego (Dz. U. poz. 1240), która weszła w życie z dniem 11 września 2015 r.",
            "Z dniem 30 kwietnia 2012 r. na podstawie wyroku Trybunału Konstytucyjnego z dnia 18 kwietnia 2012 r. sygn. akt K 33/11 (Dz. U.",
            "poz. 473).",
            "Uwzględnia wyrok Trybunału Konstytucyjnego, o którym mowa w odnośniku 5.");

    /** The markers of page 2's notes 1)-3), so that page 3 numbers on from them. */
    private static final Page GAZETTE_PAGE_2 = new Page(2, List.of("publicznej1)", "zm.2));", "zm.3)).", "", "1)", "", "2)", "", "3)", "",
            "A.", "B.", "C."));

    private static FootnoteExtractor extractor() {
        return new FootnoteExtractor(new Dehyphenator("", Set.of("and")));
    }

    private static String body(FootnoteExtractor.Result r, int page) {
        return String.join("\n", r.pages().get(page).lines());
    }

    @Test
    void firstNumberThenBodiesThenTheOtherNumbers() {
        Page p = new Page(2, List.of(
                "against cancer – towards a comprehensive and coordinated strategy1 and the work of the",
                "Special Committee on Beating Cancer (BECA),",
                "–",
                "",
                "having regard to the Council conclusions of 7 December 2021 on strengthening the",
                "European Health Union2,",
                "",
                "–",
                "",
                "having regard to the Commission Decision of 16 September 2021 establishing the",
                "Health Emergency Preparedness and Response Authority3,",
                "",
                "having regard to the Commission communication of 2 September 2022 entitled ‘EU",
                "",
                "1",
                "",
                "OJ C 342, 6.9.2022, p. 109.",
                "OJ C 512 I, 20.12.2021, p. 2.",
                "OJ C 393 I, 29.9.2021, p. 3.",
                "",
                "2",
                "3",
                ""));
        FootnoteExtractor.Result r = extractor().extract(List.of(p));
        assertEquals(List.of("OJ C 342, 6.9.2022, p. 109.", "OJ C 512 I, 20.12.2021, p. 2.", "OJ C 393 I, 29.9.2021, p. 3."),
                r.notes().stream().map(Footnote::text).toList());
        assertEquals(List.of("1", "2", "3"), r.notes().stream().map(Footnote::marker).toList());
        // Bodies are paired in order with the numbers, markers in the text with their numbers.
        assertTrue(body(r, 0).contains("Union" + NoteRefs.ref(2) + ","), body(r, 0));
        assertTrue(body(r, 0).contains("Authority" + NoteRefs.ref(3) + ","), body(r, 0));
        assertTrue(body(r, 0).contains("strategy" + NoteRefs.ref(1) + " and"), body(r, 0));
        assertFalse(body(r, 0).contains("OJ C"), "the bodies leave the text");
        assertTrue(body(r, 0).endsWith("entitled ‘EU\n"), body(r, 0));
        assertEquals("footnote numbers set apart from their bodies (the column layout of pdftotext's default output) on 1 page 2: "
                + "numbers and bodies paired in order", r.warnings().get(0));
    }

    @Test
    void bodiesOverSeveralLinesSplitAtSentenceEnds() {
        Page p = new Page(13, List.of(
                "ME/CFS1, and calls for research on autoimmune2 diseases;",
                "",
                "1",
                "",
                "Choutka, J. et al., ‘Unexplained post-acute infection syndromes’, Nature Medicine, Vol.",
                "28, 2022, pp. 911-923. Root, T., ‘Can long Covid research unlock other great medical",
                "mysteries of our time?’, The Guardian, 2022.",
                "Hohberger, B. et al. ‘Case Report: Neutralization of Autoantibodies Targeting GProtein-Coupled Receptors Improves Capillary Impairment and Fatigue Symptoms",
                "After COVID-19 Infection’, Frontiers in Medicine, Vol. 8, 2021.",
                "",
                "2"));
        FootnoteExtractor.Result r = extractor().extract(List.of(p));
        assertEquals(2, r.notes().size());
        assertEquals("Choutka, J. et al., ‘Unexplained post-acute infection syndromes’, Nature Medicine, Vol. 28, 2022, "
                + "pp. 911-923. Root, T., ‘Can long Covid research unlock other great medical mysteries of our time?’, "
                + "The Guardian, 2022.", r.notes().get(0).text());
        assertTrue(r.notes().get(1).text().startsWith("Hohberger") && r.notes().get(1).text().endsWith("Vol. 8, 2021."));
        assertEquals("ME/CFS" + NoteRefs.ref(1) + ", and calls for research on autoimmune" + NoteRefs.ref(2) + " diseases;",
                r.pages().get(0).lines().get(0));
    }

    @Test
    void allNumbersThenBodiesAndASpacedMarkerStaysAsPrinted() {
        Page p = new Page(59, List.of(
                "among employees with atypical contracts, and that the statistics showed more women 1",
                "to have been affected than men, but that the recovery in employment during 2021 was",
                "driven by growth2 in well-paid jobs and occupations; underlines that the pandemic had a",
                "393. Stresses that young people were strongly impacted by the crisis, which affected their",
                "",
                "1",
                "2",
                "",
                "Gender Equality Index 2021: Health.",
                "Eurofound, Recovery from COVID-19: The changing structure of employment in the EU.",
                ""));
        FootnoteExtractor.Result r = extractor().extract(List.of(p));
        assertEquals(List.of("Gender Equality Index 2021: Health.",
                "Eurofound, Recovery from COVID-19: The changing structure of employment in the EU."),
                r.notes().stream().map(Footnote::text).toList());
        assertFalse(r.notes().get(0).linked(), "“women 1”: a digit after a space is no evidence of a marker");
        assertTrue(body(r, 0).startsWith("among employees with atypical contracts, and that the statistics showed more women 1\n"));
        assertTrue(body(r, 0).contains("growth" + NoteRefs.ref(2) + " in"), body(r, 0));
        assertTrue(body(r, 0).contains("during 2021 was"), "the year stays whole");
    }

    @Test
    void bodiesThatDoNotSplitIntoTheNotesStayAsPrinted() {
        // Paragraph 340's text runs into the notes with no blank line: which lines are notes is not known.
        List<String> lines = List.of(
                "transparency and accountability in the European Parliament1;",
                "",
                "340.",
                "",
                "2",
                "",
                "Recommends further including representatives of local, regional and territorial",
                "authorities and communities, including elected officials, representatives of civil",
                "and policies; recommends that the Commission take fully into account the results of",
                "Regulation (EU) 2022/2065 of the European Parliament and of the Council of",
                "19 October 2022 on a Single Market For Digital Services and amending Directive",
                "2000/31/EC (Digital Services Act) (OJ L 277, 27.10.2022, p. 1).",
                "Regulation (EU) 2022/1925 of the European Parliament and of the Council of",
                "14 September 2022 on contestable and fair markets in the digital sector and amending",
                "Directives (EU) 2019/1937 and (EU) 2020/1828 (Digital Markets Act) (OJ L 265,",
                "12.10.2022, p. 1).");
        FootnoteExtractor.Result r = extractor().extract(List.of(new Page(50, List.of("Union1,", "", "1", "", "OJ L 1, 1.1.2020, p. 1.")),
                new Page(51, lines)));
        assertEquals(1, r.notes().size(), "only page 50's note");
        assertEquals(lines, r.pages().get(1).lines());
        assertTrue(r.warnings().contains("page 51: note number 2 stands apart from 10 lines of text that do not split "
                + "into 1 note at sentence ends; left as printed"), r.warnings().toString());
    }

    @Test
    void noteNumbersTakenForPageNumbersAreRestoredInsideThePairedBlock() {
        // Furniture removal took "2" and "3" at the bottom of page 2 for a page number.
        List<String> raw = List.of(
                "European Health Union2,",
                "Health Emergency Preparedness and Response Authority3,",
                "strategy1 and the work of the",
                "",
                "1",
                "",
                "OJ C 342, 6.9.2022, p. 109.",
                "OJ C 512 I, 20.12.2021, p. 2.",
                "OJ C 393 I, 29.9.2021, p. 3.",
                "",
                "2",
                "3");
        List<String> cleaned = raw.subList(0, 10);
        FootnoteExtractor.Result r = extractor().extract(List.of(new Page(2, cleaned)), List.of(new Page(2, raw)));
        assertEquals(3, r.notes().size());
        assertEquals("OJ C 393 I, 29.9.2021, p. 3.", r.notes().get(2).text());
        assertTrue(body(r, 0).contains("Authority" + NoteRefs.ref(3) + ","), body(r, 0));
    }

    @Test
    void restoredNumbersWhoseMarkersAreNotFoundGoBackToFurniture() {
        List<String> raw = List.of(
                "European Health Union,",
                "Health Emergency Preparedness and Response Authority,",
                "",
                "1",
                "",
                "OJ C 342, 6.9.2022, p. 109.",
                "OJ C 512 I, 20.12.2021, p. 2.",
                "",
                "2");
        List<String> cleaned = raw.subList(0, 8);
        FootnoteExtractor.Result r = extractor().extract(List.of(new Page(2, cleaned)), List.of(new Page(2, raw)));
        assertTrue(r.notes().isEmpty());
        assertEquals(cleaned, r.pages().get(0).lines());
    }

    @Test
    void groupingNeedsExactlyOneBreakBetweenNotes() {
        assertEquals(List.of(List.of("Regulation (EU) 2022/2370 of the European Parliament and of the Council of 23",
                        "November 2022 amending Regulation (EC) No 851/2004 (OJ L 314, 6.12.2022, p. 1).")),
                DetachedNoteNumbers.group(List.of("Regulation (EU) 2022/2370 of the European Parliament and of the Council of 23",
                        "November 2022 amending Regulation (EC) No 851/2004 (OJ L 314, 6.12.2022, p. 1)."), 1));
        assertEquals(null, DetachedNoteNumbers.group(List.of("Gender Equality Index 2021: Health.",
                "Eurofound, Recovery from COVID-19."), 1));
    }

    @Test
    void gazetteNumbersApartFromTheBodiesAndAPointLabelThatOwnsTheTextBetween() {
        // Dz.U. 2015 poz. 2058 (Polish gazette) as pdftotext sets page 3: the point label "c)" stands
        // above the note numbers 4)-6), its text "programach ..." below them, then the notes.
        FootnoteExtractor.Result r = extractor().extract(List.of(GAZETTE_PAGE_2, new Page(3, GAZETTE_PAGE_3)));
        assertEquals(6, r.notes().size());
        assertEquals("Z dniem 30 kwietnia 2012 r. na podstawie wyroku Trybunału Konstytucyjnego z dnia 18 kwietnia 2012 r. "
                + "sygn. akt K 33/11 (Dz. U. poz. 473).", r.notes().get(4).text());
        assertEquals(List.of(
                "2." + NoteRefs.ref(4) + " Obowiązane do udostępnienia informacji publicznej są organizacje związkowe i pracodawców, reprezentatywne",
                "1a. (utracił moc)" + NoteRefs.ref(5),
                "3." + NoteRefs.ref(6) + " Nie można, z zastrzeżeniem ust. 1 i 2, ograniczać dostępu do informacji o sprawach rozstrzyganych",
                "b) projektowaniu aktów normatywnych,",
                "c)",
                "",
                "programach w zakresie realizacji zadań publicznych, sposobie ich realizacji, wykonywaniu i skutkach realizacji",
                "tych zadań;"), r.pages().get(1).lines());
    }

    @Test
    void aPointLabelAboveTheNumbersWithoutItsTextBetweenLeavesTheBlockAsPrinted() {
        // Dz.U. 2015 poz. 2058, page 4: the text of "c)" may be the first lines below the numbers.
        List<String> lines = List.of(
                "prawnych samorządu terytorialnego, a także kas chorych8),",
                "przeprowadzających,",
                "–7) treść orzeczeń sądów powszechnych, Sądu Najwyższego, sądów administracyjnych, sądów wojskowych,",
                "",
                "c)",
                "",
                "7)",
                "",
                "8)",
                "",
                "Dodane przez art. 13 ustawy z dnia 7 listopada 2014 r. o ułatwieniu wykonywania działalności gospodarczej (Dz. U. poz. 1662),",
                "która weszła w życie z dniem 1 stycznia 2015 r.",
                "Obecnie nie ma kas chorych; ustawa z dnia 6 lutego 1997 r. o powszechnym ubezpieczeniu zdrowotnym (Dz. U. Nr 28, poz. 153",
                "poz. 391), która weszła w życie z dniem 1 kwietnia 2003 r.");
        FootnoteExtractor.Result r = extractor().extract(List.of(GAZETTE_PAGE_2, new Page(3, GAZETTE_PAGE_3), new Page(4, lines)));
        assertEquals(6, r.notes().size(), "the notes of pages 2 and 3 only");
        assertEquals(lines, r.pages().get(2).lines());
        assertEquals(List.of("page 4: note numbers 7)–8) stand apart from 4 lines of text; the label above them may own "
                + "the first lines; left as printed"), r.warnings().subList(1, r.warnings().size()));
    }
}
