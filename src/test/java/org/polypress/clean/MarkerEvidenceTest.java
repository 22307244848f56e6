package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.LayoutEvidence;

/** A footnote marker is taken only with evidence that it is one; every other digit stays as printed. */
class MarkerEvidenceTest {
    private static final String SEPARATOR = "                                                           ";

    private static FootnoteExtractor extractor(LayoutEvidence layout) {
        return new FootnoteExtractor(new Dehyphenator("", Set.of("i")), layout);
    }

    private static String body(FootnoteExtractor.Result r) {
        return String.join("\n", r.pages().get(0).lines());
    }

    @Test
    void aYearOrAReferenceNumberIsNeverCutForAGazetteNote() {
        // Dz.U. 2015 poz. 2058 as PDF text, the raised markers lost: the notes are labelled "1)", "2)".
        List<String> lines = List.of(
                "obwieszczenia jednolity tekst ustawy z dnia 6 września 2001 r. o dostępie do informacji publicznej (Dz. U. z 2014 r. ",
                "",
                "poz. 782), z uwzględnieniem zmian wprowadzonych: ",
                "",
                "1) ustawą z dnia 7 listopada 2014 r. o ułatwieniu wykonywania działalności gospodarczej (Dz. U. poz. 1662), ",
                "",
                SEPARATOR,
                "1) Niniejsza ustawa wdraża dyrektywę 2003/98/WE Parlamentu Europejskiego i Rady z dnia 17 listopada 2003 r. w sprawie ponowne-",
                "",
                "go wykorzystywania informacji sektora publicznego (Dz. Urz. UE L 345 z 31.12.2003, str. 90). ",
                "2) Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2013 r. poz. 830, 941, 1289 i 1641 oraz z 2015 r. ");
        FootnoteExtractor.Result r = extractor(LayoutEvidence.NONE).extract(List.of(new Page(2, lines)));
        assertEquals(2, r.notes().size());
        assertFalse(r.notes().get(0).linked() || r.notes().get(1).linked(), r.pages().toString());
        // The text is as printed: "2001", "782)" and the point "1)" untouched (the unlinked notes are
        // referenced at the end of the page's text).
        assertEquals(lines.subList(0, 4), r.pages().get(0).lines().subList(0, 4));
        assertEquals(lines.get(4).stripTrailing() + NoteRefs.ref(1) + NoteRefs.ref(2), r.pages().get(0).lines().get(4).stripTrailing());
    }

    @Test
    void theDocumentsOwnPointsAtAPageBottomAreAListNotNotes() {
        // Dz.U. 2015 poz. 2058, page 1: points "1)", "2)" and no "1)" or "2)" marker in the text; read
        // as notes "1" and "2", "2001 r." would become "200" + note 1 and "poz. 782)" "poz. 78" + note 2.
        List<String> lines = List.of(
                "1. Na podstawie art. 16 ust. 1 zdanie pierwsze ustawy z dnia 20 lipca 2000 r. o ogłaszaniu aktów normatywnych",
                "obwieszczenia jednolity tekst ustawy z dnia 6 września 2001 r. o dostępie do informacji publicznej (Dz. U. z 2014 r.",
                "poz. 782), z uwzględnieniem zmian wprowadzonych:",
                "",
                "1) ustawą z dnia 7 listopada 2014 r. o ułatwieniu wykonywania działalności gospodarczej (Dz. U. poz. 1662),",
                "2) ustawą z dnia 24 lipca 2015 r. o Radzie Dialogu Społecznego i innych instytucjach dialogu społecznego (Dz. U. poz. 1240)");
        FootnoteExtractor.Result r = extractor(LayoutEvidence.NONE).extract(List.of(new Page(1, lines)));
        assertTrue(r.notes().isEmpty());
        assertEquals(lines, r.pages().get(0).lines());
    }

    @Test
    void gazetteMarkersClosedByABracket() {
        // Dz.U. 2015 poz. 2058 as pdftotext sets the markers: glued to a word, a full stop or a bracket.
        List<String> lines = List.of(
                "o dostępie do informacji publicznej1)",
                "wieczystych i hipotece (Dz. U. z 2013 r. poz. 707, z późn. zm.2));",
                "2.3) Obowiązane do udostępnienia informacji publicznej są organizacje związkowe i pracodawców, reprezentatywne",
                "1a. (utracił moc)4)",
                SEPARATOR,
                "1) Niniejsza ustawa wdraża dyrektywę 2003/98/WE.",
                "2) Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2013 r. poz. 830.",
                "3) W brzmieniu ustalonym przez art. 63 ustawy z dnia 24 lipca 2015 r.",
                "4) Z dniem 30 kwietnia 2012 r. na podstawie wyroku Trybunału Konstytucyjnego.");
        FootnoteExtractor.Result r = extractor(LayoutEvidence.NONE).extract(List.of(new Page(2, lines)));
        assertEquals(List.of(
                "o dostępie do informacji publicznej" + NoteRefs.ref(1),
                "wieczystych i hipotece (Dz. U. z 2013 r. poz. 707, z późn. zm." + NoteRefs.ref(2) + ");",
                "2." + NoteRefs.ref(3) + " Obowiązane do udostępnienia informacji publicznej są organizacje związkowe i pracodawców, reprezentatywne",
                "1a. (utracił moc)" + NoteRefs.ref(4)), r.pages().get(0).lines().subList(0, 4));
        assertEquals("Niniejsza ustawa wdraża dyrektywę 2003/98/WE.", r.notes().get(0).text());
    }

    @Test
    void anArticleOrPageNumberIsNotANoteMarker() {
        // EP resolution P9_TA(2023)0282, page 1: note 2 has no marker in this text.
        List<String> lines = List.of(
                "the responsibilities, numerical strength and term of office of that committee1, adopted",
                "having regard to the Charter of Fundamental Rights of the European Union, in",
                "particular Articles 2, 11, 12, 16, 21, 31, 32 and 35 thereof,",
                "having regard to its resolution (OJ L 333, 27.12.2022, p. 164, and p. 12,",
                "having regard to Regulation (EU) 2022/2370 (OJ L 314, 6.12.2022,",
                "",
                "1 OJ C 347, 9.9.2022, p. 234.",
                "2 OJ C 342, 6.9.2022, p. 109.");
        FootnoteExtractor.Result r = extractor(LayoutEvidence.NONE).extract(List.of(new Page(1, lines)));
        assertEquals(2, r.notes().size());
        assertTrue(r.notes().get(0).linked());
        assertFalse(r.notes().get(1).linked(), "neither “12,” (1 + note 2), “p. 12,” nor “2022,” is a marker");
        assertTrue(body(r).contains("Articles 2, 11, 12, 16, 21, 31, 32 and 35 thereof,"), body(r));
        assertTrue(body(r).contains("p. 164, and p. 12,"), body(r));
        assertTrue(body(r).contains("(OJ L 314, 6.12.2022,"), "a date is never cut: " + body(r));
    }

    @Test
    void raisedRunsOfTheLayoutDecide() {
        // Dz.U. 2015 poz. 2058 as PDF text: each raised marker set on a line of its own.
        List<String> lines = List.of(
                "o dostępie do informacji publicznej",
                "1)",
                "",
                " ",
                "",
                "Rozdział 1 ",
                "",
                "zastawów (Dz. U. z 2009 r. Nr 67, poz. 569, z późn. zm.",
                "2)",
                "",
                "). ",
                "1a. (utracił moc)3)",
                SEPARATOR,
                "1) Niniejsza ustawa wdraża dyrektywę 2003/98/WE.",
                "2) Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2009 r. Nr 69, poz. 595.",
                "3) Z dniem 30 kwietnia 2012 r. na podstawie wyroku Trybunału Konstytucyjnego.");
        LayoutEvidence layout = new LayoutEvidence(10, List.of(
                new LayoutEvidence.Raised(2, "1)", "informacji publicznej"),
                new LayoutEvidence.Raised(2, "2)", "poz. 569, z późn. zm.")), List.of());
        FootnoteExtractor.Result r = extractor(layout).extract(List.of(new Page(2, lines)));
        assertEquals("o dostępie do informacji publicznej" + NoteRefs.ref(1), r.pages().get(0).lines().get(0));
        assertEquals("Rozdział 1 ", r.pages().get(0).lines().get(4));
        assertTrue(body(r).contains("z późn. zm." + NoteRefs.ref(2) + "). "), body(r));
        // "moc)3)" looks like a marker, but the layout says the document's markers are raised and this one is not.
        assertTrue(body(r).contains("1a. (utracił moc)3)"), body(r));
        assertFalse(r.notes().get(2).linked());
    }

    @Test
    void aWebAddressBrokenAtALineEndIsJoinedWithoutASpace() {
        // Commission Delegated Regulation (EU) 2025/301, note 6 (numbered 1 here, as the first note of the page).
        List<String> lines = List.of(
                "(EU) 2018/1725 of the European Parliament and of the Council (1) and delivered a positive opinion on 22 July",
                "",
                SEPARATOR,
                "(1) Regulation (EU) 2018/1725 of the European Parliament and of the Council of 23 October 2018 on the protection of natural persons",
                "such data, and repealing Regulation (EC) No 45/2001 (OJ L 295, 21.11.2018, p. 39, ELI: http://data.",
                "europa.eu/eli/reg/2018/1725/oj).");
        FootnoteExtractor.Result r = extractor(LayoutEvidence.NONE).extract(List.of(new Page(1, lines)));
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).text().endsWith("ELI: http://data.europa.eu/eli/reg/2018/1725/oj)."), r.notes().get(0).text());
    }

    @Test
    void aRaisedMarkerThatPdfBoxSetsOnALineOfItsOwnAttachesToTheWordBefore() {
        // Dz.U. 2015 poz. 2058 as PDFBox reads it: the raised "1)" after the act's title stands alone
        // on its line, so the layout's run has nothing before it on its line.
        List<String> lines = List.of(
                "z dnia 6 września 2001 r. ",
                "",
                "o dostępie do informacji publicznej",
                "1)",
                "",
                "Rozdział 1",
                SEPARATOR,
                "1) Niniejsza ustawa wdraża dyrektywę 2003/98/WE Parlamentu Europejskiego i Rady z dnia 17 listopada 2003 r.");
        LayoutEvidence layout = new LayoutEvidence(10, List.of(new LayoutEvidence.Raised(2, "1", "")), List.of());
        FootnoteExtractor.Result r = extractor(layout).extract(List.of(new Page(2, lines)));
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).linked());
        assertTrue(body(r).contains("o dostępie do informacji publicznej" + NoteRefs.ref(1)), body(r));
        assertTrue(body(r).contains("z dnia 6 września 2001 r."), body(r));
    }

    @Test
    void aRaisedDigitInsideAnOfficialJournalParenthesisedMarkerIsThatMarker() {
        // Commission Delegated Regulation (EU) 2025/301 as PDFBox reads it: "(1)" raised, the run is
        // the digit and what stands before it ends with the opening parenthesis.
        List<String> lines = List.of(
                "Having regard to Regulation (EU) 2022/2554 of the European Parliament and of the Council of 14 December 2022 on",
                "digital operational resilience for the financial sector and amending Regulations (EC) No 1060/2009, (EU) No 648/2012,",
                "(EU) No 600/2014, (EU) No 909/2014 and (EU) 2016/1011 (1), and in particular Article 20, fourth subparagraph, thereof,",
                SEPARATOR,
                "(1) OJ L 333, 27.12.2022, p. 1, ELI: http://data.europa.eu/eli/reg/2022/2554/oj.");
        LayoutEvidence layout = new LayoutEvidence(9.5, List.of(new LayoutEvidence.Raised(1, "1", "014 and (EU) 2016/1011 ("),
                new LayoutEvidence.Raised(1, "1", "(")), List.of());
        FootnoteExtractor.Result r = extractor(layout).extract(List.of(new Page(1, lines)));
        assertEquals(1, r.notes().size());
        assertTrue(r.notes().get(0).linked(), body(r));
        assertTrue(body(r).contains("2016/1011" + NoteRefs.ref(1)) || body(r).contains("2016/1011 " + NoteRefs.ref(1)), body(r));
    }
}
