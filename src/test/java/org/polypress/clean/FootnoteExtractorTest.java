package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FootnoteExtractorTest {
    private static FootnoteExtractor extractor(String text) {
        return new FootnoteExtractor(new Dehyphenator(text, Set.of("en")));
    }

    private static String body(FootnoteExtractor.Result r, int page) {
        return String.join("\n", r.pages().get(page).lines());
    }

    @Test
    void separatorLineAndGluedMarkers() {
        // Council sample, page 4: markers glued to words, "2015-202010;" is the year range + note 10.
        List<String> lines = List.of(
                "6. INDACHTIG zijn conclusies over de EU-strategie inzake cyberbeveiliging2, internet-",
                "governance3, de integrale EU-strategie8, en de Europese Unie 2015-202010;",
                "",
                "                                                 ",
                "2 Doc. 12109/13 en 6225/13 (gezamenlijke mededeling aan het Europees",
                "",
                "Economisch en Sociaal Comité).",
                "3 Doc. 16200/14.",
                "8 Doc. 9178/17.",
                "10 Doc. 12650/17.");
        // Note numbering continues from page 3 (note 1): 2, 3 ... here 8 and 10 jump, so give 4..9 on a first page.
        List<Page> pages = List.of(
                new Page(1, List.of("randvoorwaarden van de EU anderzijds1;", "", "                    ", "1 Doc. 12650/17.")),
                new Page(2, lines));
        FootnoteExtractor.Result r = extractor(String.join("\n", lines)).extract(pages);
        assertEquals("randvoorwaarden van de EU anderzijds" + NoteRefs.ref(1) + ";", r.pages().get(0).lines().get(0));
        assertEquals(1, r.notes().get(0).id());
        assertEquals("Doc. 12650/17.", r.notes().get(0).text());
        // Only 2 and 3 continue the sequence on page 2; "8" and "10" become continuation text of note 3.
        assertEquals(3, r.notes().size());
        assertEquals("Doc. 12109/13 en 6225/13 (gezamenlijke mededeling aan het Europees Economisch en Sociaal Comité).",
                r.notes().get(1).text());
        assertTrue(body(r, 1).contains("cyberbeveiliging" + NoteRefs.ref(2) + ","), body(r, 1));
        assertTrue(body(r, 1).contains("governance" + NoteRefs.ref(3) + ","), body(r, 1));
    }

    @Test
    void numberingRestartingOnEveryPageWithoutSeparator() {
        // EP resolution sample: no separator line, notes restart at 1 on each page; "118," = article 11 + note 8.
        Page p1 = new Page(1, List.of(
                "– gezien Richtlijn 2013/40/EU van het Europees Parlement en de Raad van 12 augustus",
                "2013 over aanvallen op informatiesystemen van de Raad1,",
                "– gezien het programma van Stockholm recht2, de",
                "",
                "1 PB L 218 van 14.08.2013, blz. 8.",
                "2 PB C 115 van 4.5.2010, blz. 1."));
        Page p2 = new Page(2, List.of(
                "– gezien zijn resolutie over de EU-interneveiligheidsstrategie1,",
                "– gezien het handvest van de grondrechten, met name de artikelen 6, 8 en",
                "112,",
                "",
                "1 Aangenomen teksten, P7_TA(2012)0207.",
                "2 PB C 83 van 30.03.2010, blz. 389."));
        FootnoteExtractor.Result r = extractor("").extract(List.of(p1, p2));
        assertEquals(4, r.notes().size());
        assertEquals("2", r.notes().get(3).marker());
        assertEquals(4, r.notes().get(3).id());
        assertTrue(body(r, 0).contains("2013/40/EU") && body(r, 0).contains("Raad" + NoteRefs.ref(1) + ","), body(r, 0));
        assertTrue(body(r, 1).strip().endsWith("11" + NoteRefs.ref(4) + ","), body(r, 1));
        assertTrue(body(r, 1).contains("strategie" + NoteRefs.ref(3) + ","), body(r, 1));
        assertEquals(List.of("note 2 on page 2: marker read as the last digits of “112” (11 + note 2, no other place for it); unsure"),
                r.warnings());
    }

    @Test
    void yearsAndArticleNumbersAreNotMarkersWhenAWordCarriesOne() {
        Page p = new Page(1, List.of(
                "In 2013 the Council adopted Regulation 2013/1 and the Directive3 followed.",
                "",
                "3 OJ L 1, 2013, p. 3."));
        FootnoteExtractor.Result r = extractor("").extract(List.of(new Page(1, List.of("x")), p));
        // Numbering may start at any note after a page with none: the zone needs its marker found.
        assertTrue(r.notes().isEmpty() || body(r, 1).contains("Directive" + NoteRefs.ref(1)), body(r, 1));
    }

    /**
     * The ANSSI NIS 2 brochure (2024) as pdftotext -layout gives its page 11: the steps "1" and "2" of
     * its services at the page foot, and "MonEspaceNIS2", the service's name, that the document also
     * prints in its web address: the "2" is the name's, and so the steps are no notes.
     */
    @Test
    void aNameTheDocumentWritesWithItsDigitsCarriesNoMarker() {
        Page p10 = new Page(10, List.of(
                "Simultaneously, ANSSI is developing new tools such as the digital service known as",
                "‘MonEspaceNIS2’, whose purpose is to assist liable entities: monespacenis2.cyber.gouv.fr"));
        Page p11 = new Page(11, List.of(
                "Prepare to raise your level of cybersecurity",
                "with MonEspaceNIS2",
                "Available services",
                "",
                "1   Discover the NIS 2 Directive and stay informed",
                "",
                "2 Find out if your entity is subjected to the Directive"));
        FootnoteExtractor.Result r = extractor("").extract(List.of(p10, p11));
        assertEquals(List.of(), r.notes());
        assertEquals(p11.lines(), r.pages().get(1).lines());
    }

    /** A marker glued to a word the document writes once, with nothing after it, is still taken. */
    @Test
    void aWordWithItsMarkerIsNoName() {
        assertFalse(DigitNames.of(List.of(new Page(1, List.of("the rules of the Union2, which apply")))).isName("the Union", 9, "2"));
        // Recurring is no evidence: notes numbered per page may stand after the same word on three pages.
        assertFalse(DigitNames.of(List.of(new Page(1, List.of("the Commission1,")), new Page(2, List.of("the Commission1;")),
                new Page(3, List.of("the Commission1.")))).isName("the Commission", 14, "1"));
        DigitNames names = DigitNames.of(List.of(new Page(1, List.of("the G20 summit", "a G20-wide agreement"))));
        assertTrue(names.isName("the G", 5, "20"));
    }

    /**
     * Commission Delegated Regulation (EU) 2025/301, page 1, as pdftotext -layout sets it: recitals
     * "(1)".."(5)" and, at the same indent, the notes "(1)" and "(2)". The notes are the run whose
     * numbering starts again, not the recitals above them.
     */
    @Test
    void notesUnderNumberedRecitalsAreTheRunWhoseNumberingStartsAgain() {
        Page p = new Page(1, List.of(
                "      Having regard to Regulation (EU) 2022/2554 of the European Parliament and of the Council (EU) 2016/1011 (1), and",
                "      in particular Article 20, third subparagraph thereof,",
                "",
                "      Whereas:",
                "",
                "      (1)     To ensure the harmonisation of the reporting requirements, the requirements set out in Directive",
                "              (EU) 2022/2555 of the European Parliament and of the Council (2).",
                "",
                "      (2)     To avoid imposing an undue reporting burden on financial entities at a time when they are handling",
                "              the ICT-related incident, the content of the initial notification should be limited.",
                "",
                "      (3)     After having received the initial notification, competent authorities should receive more detailed",
                "              information about the ICT-related incident.",
                "",
                "      (4)     The reporting time limits should balance the need for competent authorities to receive the information",
                "              quickly, with the need to provide financial entities with sufficient time.",
                "",
                "      (5)     The reporting timelines should not pose a disproportionate burden to microenterprises.",
                "",
                "      (1) OJ L 333, 27.12.2022, p. 1, ELI: http://data.europa.eu/eli/reg/2022/2554/oj.",
                "      (2) Directive (EU) 2022/2555 of the European Parliament and of the Council of 14 December 2022 (OJ L 333,",
                "          27.12.2022, p. 80)."));
        FootnoteExtractor.Result r = extractor("").extract(List.of(p));
        assertEquals(List.of("1", "2"), r.notes().stream().map(Footnote::marker).toList());
        assertTrue(r.notes().get(0).text().startsWith("OJ L 333, 27.12.2022"), r.notes().get(0).text());
        assertTrue(body(r, 0).contains("(5)     The reporting timelines"), body(r, 0));
        assertFalse(body(r, 0).contains("OJ L 333"), body(r, 0));
    }

    /**
     * Dz.U. 2015 poz. 2058, page 2, as pdftotext -layout sets it: each note's label "1)" alone at the
     * margin, its body on the next line set in deeper; the act's own points "1)" carry their text on
     * their line and stay text.
     */
    @Test
    void aLabelAloneOverItsIndentedBodyStartsANote() {
        Page p = new Page(2, List.of(
                "                                   o dostępie do informacji publicznej1)",
                "    Art. 2a. 1. Każdemu przysługuje, z zastrzeżeniem art. 5, prawo do ponownego wykorzystywania informacji publicz-",
                "nej2).",
                "       Art. 3. 1. Prawo do informacji publicznej obejmuje uprawnienia do:",
                "1)     uzyskania informacji publicznej;",
                "2)     wglądu do dokumentów urzędowych.",
                "",
                "",
                "1)",
                "     Niniejsza ustawa wdraża dyrektywę 2003/98/WE Parlamentu Europejskiego i Rady z dnia 17 listopada 2003 r. w sprawie ponowne-",
                "     go wykorzystywania informacji sektora publicznego (Dz. Urz. UE L 345 z 31.12.2003, str. 90).",
                "2)",
                "     Zmiany tekstu jednolitego wymienionej ustawy zostały ogłoszone w Dz. U. z 2013 r. poz. 830."));
        FootnoteExtractor.Result r = extractor("").extract(List.of(p));
        assertEquals(List.of("1", "2"), r.notes().stream().map(Footnote::marker).toList());
        assertTrue(r.notes().get(1).text().startsWith("Zmiany tekstu jednolitego"), r.notes().get(1).text());
        assertTrue(body(r, 0).contains("1)     uzyskania informacji publicznej;"), body(r, 0));
        assertTrue(body(r, 0).contains("publicznej" + NoteRefs.ref(1)), body(r, 0));
    }

    @Test
    void parenthesisedMarkersOfTheOfficialJournal() {
        Page p = new Page(1, List.of(
                "Having regard to Regulation (EU) 2022/2554 (1), and in particular Article 20,",
                "Directive (EU) 2022/2555 of the Council (2).",
                "",
                "(1) OJ L 333, 27.12.2022, p. 1.",
                "(2) Directive (EU) 2022/2555 of the European Parliament and of the Council of 14 December 2022 on",
                "measures for a high common level of cybersecurity."));
        FootnoteExtractor.Result r = extractor("").extract(List.of(p));
        assertEquals(2, r.notes().size());
        assertEquals("Directive (EU) 2022/2555 of the European Parliament and of the Council of 14 December 2022 on measures for a high common level of cybersecurity.",
                r.notes().get(1).text());
        assertEquals("Having regard to Regulation (EU) 2022/2554 " + NoteRefs.ref(1) + ", and in particular Article 20,",
                r.pages().get(0).lines().get(0));
    }

    @Test
    void numberedLinesWithoutMarkersAreNotNotes() {
        Page p = new Page(1, List.of("The programme has three strands:", "", "1 research", "2 training", "3 outreach"));
        FootnoteExtractor.Result r = extractor("").extract(List.of(p));
        assertTrue(r.notes().isEmpty());
        assertEquals(5, r.pages().get(0).lines().size());
    }

    @Test
    void unmatchedNoteIsKeptAndReported() {
        Page p = new Page(1, List.of("A sentence without any marker.", "Another1 one.", "",
                "                                        ", "1 First note.", "2 Second note."));
        FootnoteExtractor.Result r = extractor("").extract(List.of(p));
        assertEquals(2, r.notes().size());
        assertTrue(r.notes().get(0).linked());
        assertFalse(r.notes().get(1).linked());
        assertEquals(1, r.warnings().size());
        assertTrue(body(r, 0).contains(NoteRefs.ref(2)), "an unlinked note stays referenced in the text");
    }
}
