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

    /** Dz.U. 2015 poz. 2058, page 4 as pdftotext sets it: "c)" above the note numbers 7) and 8). */
    private static final List<String> GAZETTE_PAGE_4 = List.of(
            "przeprowadzających,",
            "–7) treść orzeczeń sądów powszechnych, Sądu Najwyższego, sądów administracyjnych, sądów wojskowych,",
            "b) innych prawach majątkowych przysługujących państwu i jego długach,",
            "prawnych samorządu terytorialnego, a także kas chorych8),",
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

    @Test
    void aPointLabelAboveTheNumbersOwnsNoneOfTheLinesThatSplitIntoTheNotes() {
        // The text of "c)" was printed before its label; the lines below the numbers open with a
        // capital and split into exactly two notes, the last ending a sentence: they are the notes.
        // "2015 r." ends note 7 although its stop is an abbreviation's: the line ends short.
        FootnoteExtractor.Result r = extractor().extract(List.of(GAZETTE_PAGE_2, new Page(3, GAZETTE_PAGE_3), new Page(4, GAZETTE_PAGE_4)));
        assertEquals(8, r.notes().size());
        assertEquals("Dodane przez art. 13 ustawy z dnia 7 listopada 2014 r. o ułatwieniu wykonywania działalności gospodarczej "
                + "(Dz. U. poz. 1662), która weszła w życie z dniem 1 stycznia 2015 r.", r.notes().get(6).text());
        assertTrue(r.notes().get(7).text().startsWith("Obecnie nie ma kas chorych;"));
        assertTrue(r.notes().get(6).linked() && r.notes().get(7).linked());
        assertEquals("–" + NoteRefs.ref(7) + " treść orzeczeń sądów powszechnych, Sądu Najwyższego, sądów administracyjnych, sądów wojskowych,",
                r.pages().get(2).lines().get(1));
        assertEquals("prawnych samorządu terytorialnego, a także kas chorych" + NoteRefs.ref(8) + ",", r.pages().get(2).lines().get(3));
        assertTrue(r.pages().get(2).lines().stream().noneMatch(l -> l.startsWith("Dodane") || l.startsWith("Obecnie")
                || l.equals("7)") || l.equals("8)")), "the notes' bodies and numbers leave the page's text");
        assertTrue(r.pages().get(2).lines().contains("c)"), "the point label stays");
    }

    @Test
    void aPointLabelAboveTheNumbersMayOwnLinesThatOpenInLowerCase() {
        List<String> lines = new java.util.ArrayList<>(GAZETTE_PAGE_4);
        lines.set(11, "dodane przez art. 13 ustawy z dnia 7 listopada 2014 r. o ułatwieniu wykonywania działalności gospodarczej (Dz. U. poz. 1662),");
        FootnoteExtractor.Result r = extractor().extract(List.of(GAZETTE_PAGE_2, new Page(3, GAZETTE_PAGE_3), new Page(4, lines)));
        assertEquals(6, r.notes().size(), "the notes of pages 2 and 3 only");
        assertEquals(lines, r.pages().get(2).lines());
        assertEquals(List.of("page 4: note numbers 7)–8) stand apart from 4 lines of text; the label above them may own "
                + "the first lines; left as printed"), r.warnings().subList(1, r.warnings().size()));
    }

    @Test
    void aParagraphNumberAboveTheNumbersOwnsTheCapitalisedLinesBelowThem() {
        // EP resolution P9_TA(2023)0282 as pdftotext sets a page: "340." above the note numbers, its
        // text below them and before the notes, running on to the next page. Paragraphs of the list
        // open with a capital ("339." "Reaffirms ..."), so the capital below the numbers is no evidence.
        List<String> lines = List.of("339.", "", "Reaffirms the importance of Parliament’s having a Special Committee on Foreign", "Interference;", "",
                "340.", "", "1", "", "2", "",
                "Recommends further including representatives of local, regional and territorial",
                "authorities and communities; recommends that the Commission take fully into account the results of",
                "Regulation (EU) 2022/2065 of the European Parliament and of the Council of",
                "19 October 2022 (Digital Services Act) (OJ L 277, 27.10.2022, p. 1).",
                "Regulation (EU) 2022/1925 of the European Parliament and of the Council of",
                "14 September 2022 (Digital Markets Act) (OJ L 265, 12.10.2022, p. 1).");
        DetachedNoteNumbers.Block block = DetachedNoteNumbers.find(lines, 0);
        assertFalse(block.paired());
        assertTrue(block.warning().contains("the label above them may own the first lines"), block.warning());
    }

    /** Dz.U. 2015 poz. 2058, page 10's foot: the numbers of notes 10)-13) set among their bodies, out of order. */
    private static final List<String> GAZETTE_PAGE_10_FOOT = List.of(
            "(Dz. U. z 2012 r. poz. 406, z późn. zm.10)), w zakresie informacji publicznych stanowiących przedmiot ich działalności;",
            "oświaty (Dz. U. z 2004 r. Nr 256, poz. 2572, z późn. zm.11)), w zakresie informacji publicznych służących ich działalności oświatowej.",
            "3. Podmiot zobowiązany określa sposób korzystania z informacji publicznych spełniających cechy utworu",
            "w rozumieniu ustawy z dnia 4 lutego 1994 r. o prawie autorskim i prawach pokrewnych (Dz. U. z 2006 r. Nr 90, poz. 631,",
            "z późn. zm.12)) lub stanowiących bazę danych w rozumieniu ustawy z dnia 27 lipca 2001 r. o ochronie baz danych (Dz. U.",
            "Nr 128, poz. 1402, z późn. zm.13)), zapewniający możliwość dowolnego wykorzystywania utworu lub bazy danych, do",
            "fragmentach, oraz wprowadzania zmian i rozpowszechniania utworów zależnych.",
            "10)",
            "",
            "Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2014 r. poz. 423 oraz z 2015 r. poz. 337 i 1505.",
            "Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2004 r. Nr 273, poz. 2703 i Nr 281, poz. 2781,",
            "z 2005 r. Nr 17, poz. 141, Nr 94, poz. 788, Nr 122, poz. 1020, Nr 131, poz. 1091, Nr 167, poz. 1400 i Nr 249, poz. 2104, z 2006 r.",
            "Nr 144, poz. 1043, Nr 208, poz. 1532 i Nr 227, poz. 1658, z 2007 r. Nr 42, poz. 273, Nr 80, poz. 542, Nr 115, poz. 791, Nr 120,",
            "i Nr 205, poz. 1206, z 2012 r. poz. 941 i 979, z 2013 r. poz. 87, 827, 1191, 1265, 1317 i 1650, z 2014 r. poz. 7, 290, 538, 598, 642,",
            "811, 1146, 1198 i 1877 oraz z 2015 r. poz. 357, 1045, 1240, 1418, 1607, 1629 i 1640.",
            "12)",
            "Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2006 r. Nr 94, poz. 658 i Nr 121, poz. 843, z 2007 r.",
            "Nr 99, poz. 662 i Nr 181, poz. 1293, z 2009 r. Nr 157, poz. 1241, z 2010 r. Nr 152, poz. 1016 oraz z 2015 r. poz. 932, 994 i 1639.",
            "13)",
            "Zmiany wymienionej ustawy zostały ogłoszone w Dz. U. z 2004 r. Nr 96, poz. 959 oraz z 2007 r. Nr 99, poz. 662 i Nr 176,",
            "poz. 1238.",
            "11)");

    @Test
    void numbersSetAmongTheirBodiesOutOfOrderArePairedInOrder() {
        // pdftotext places each raised number by its baseline: "10)" above its body, "12)" and "13)"
        // between bodies, "11)" below them all. In order, the numbers run on from note 9 of the page
        // before; the lines split into four notes at sentence ends ("z 2006 r." + "Nr 144" is a
        // wrapped line, not a note's end).
        DetachedNoteNumbers.Block block = DetachedNoteNumbers.find(GAZETTE_PAGE_10_FOOT, 9);
        assertTrue(block.paired(), String.valueOf(block.warning()));
        assertEquals(7, block.start(), "the block starts at \"10)\"; the page's text above it stays");
        assertEquals(List.of("10", "11", "12", "13"), block.numbers());
        assertEquals(List.of(GAZETTE_PAGE_10_FOOT.get(9)), block.bodies().get(0));
        assertEquals(GAZETTE_PAGE_10_FOOT.subList(10, 15), block.bodies().get(1));
        assertEquals(GAZETTE_PAGE_10_FOOT.subList(16, 18), block.bodies().get(2));
        assertEquals(GAZETTE_PAGE_10_FOOT.subList(19, 21), block.bodies().get(3));
        assertEquals(null, DetachedNoteNumbers.find(GAZETTE_PAGE_10_FOOT, 7), "numbers that do not run on from the last note");
    }

    @Test
    void numbersAmongTextInTheirOwnOrderAreAList() {
        // "1)" text "2)" text: a list as often as notes; only numbers out of order say that they were
        // placed by their baselines.
        List<String> lines = List.of("Przepisów niniejszego rozdziału nie stosuje się do:",
                "1)",
                "Informacji publicznych, których udostępnienie zostało uzależnione od wykazania interesu.",
                "2)",
                "Przekazywania informacji publicznych między podmiotami wykonującymi zadania publiczne.");
        assertEquals(null, DetachedNoteNumbers.find(lines, 0));
    }

    @Test
    void aOneLetterAbbreviationEndsANoteOnlyWhereItsLineEndsShort() {
        List<String> wrapped = List.of(
                "Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2004 r. Nr 273, poz. 2703 i Nr 281, poz. 2781,",
                "z 2005 r. Nr 17, poz. 141, Nr 94, poz. 788, Nr 122, poz. 1020, Nr 131, poz. 1091, Nr 167, poz. 1400 i Nr 249, poz. 2104, z 2006 r.",
                "Nr 144, poz. 1043, Nr 208, poz. 1532 i Nr 227, poz. 1658.");
        assertEquals(List.of(wrapped), DetachedNoteNumbers.group(wrapped, 1));
        assertEquals(null, DetachedNoteNumbers.group(wrapped, 2));
        List<String> ended = GAZETTE_PAGE_4.subList(11, 15);
        assertEquals(List.of(ended.subList(0, 2), ended.subList(2, 4)), DetachedNoteNumbers.group(ended, 2));
    }
}
