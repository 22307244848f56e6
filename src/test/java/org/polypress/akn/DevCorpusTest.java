package org.polypress.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.polypress.TestTexts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The dev corpus (pdftotext output of real documents in several languages and layouts) through
 * cleaning, structure and the Akoma Ntoso writer: valid, furniture gone, structure in sequence.
 */
class DevCorpusTest {
    private static final AknValidator VALIDATOR = new AknValidator();

    static Stream<String> documents() {
        return Stream.of("el_fek-a-63-2018_law-transposing-dir-2015-1794", "el_fek-a-77-2018_law-4534",
                "en_de-ai-strategy-2018", "en_dk-national-ai-strategy-2019", "en_eu-reg-2024-1772_commission-delegated",
                "en_eu-reg-2025-301_commission-delegated", "en_fr-anssi-nis2-brochure-2024", "fr_fr-anssi-nis2-brochure-2024",
                "pl_dzu-2015-poz-2058_obwieszczenie", "ro_nota-fundamentare-oug-internationalizare-2017",
                "ro_oug-internationalizare_draft-2017");
    }

    static String xml(String name) {
        return AknWriterTest.akn(TestTexts.read("dev/" + name + ".txt"), name.substring(0, 2), name);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyDocumentIsSchemaValid(String name) {
        assertEquals(List.of(), VALIDATOR.errors(xml(name)), name);
    }

    private static List<String> nums(Document d, String element) {
        return AknWriterTest.elements(d, element).stream()
                .map(e -> e.getElementsByTagNameNS(AknWriter.NS, "num"))
                .filter(nl -> nl.getLength() > 0).map(nl -> nl.item(0).getTextContent()).toList();
    }

    private static String text(Document d) {
        StringBuilder b = new StringBuilder();
        for (String part : List.of("coverPage", "preface", "preamble", "mainBody", "body", "conclusions")) {
            for (Element e : AknWriterTest.elements(d, part)) {
                b.append(e.getTextContent()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void officialJournalRegulation() throws Exception {
        Document d = AknWriterTest.parse(xml("en_eu-reg-2024-1772_commission-delegated"));
        List<String> recitals = nums(d, "recital");
        assertEquals(18, recitals.size());
        for (int i = 0; i < 18; i++) {
            assertEquals("(" + (i + 1) + ")", recitals.get(i));
        }
        List<String> articles = nums(d, "article");
        assertEquals("Article 1", articles.get(0));
        for (int i = 1; i < articles.size(); i++) {
            assertEquals("Article " + (i + 1), articles.get(i));
        }
        assertEquals(13, articles.size(), articles.toString());
        assertEquals("2024/1772", AknWriterTest.elements(d, "FRBRnumber").get(0).getAttribute("value"));
        assertEquals("2024-03-13", AknWriterTest.elements(d, "FRBRdate").get(0).getAttribute("date"));
        String text = text(d);
        assertFalse(text.contains("OJ L, 25.6.2024"));
        assertFalse(text.contains("ELI: http://data.europa.eu/eli/reg_del/2024/1772/oj"));
        assertFalse(text.matches("(?s).*\\n\\s*\\d/9\\s*\\n.*"));
        assertEquals(9, AknWriterTest.elements(d, "authorialNote").size());
        assertEquals(1, AknWriterTest.elements(d, "formula").stream().filter(f -> f.getTextContent().contains("HAS ADOPTED")).count());
    }

    @Test
    void greekGazetteLosesItsFoliosAndRunningHeaders() throws Exception {
        Document d = AknWriterTest.parse(xml("el_fek-a-77-2018_law-4534"));
        String text = text(d);
        for (int folio = 7737; folio <= 7752; folio++) {
            assertFalse(text.contains("\n" + folio + "\n"), "folio " + folio);
        }
        assertFalse(text.contains("Τεύχος Α’ 77/30.04.2018"));
        List<String> sections = nums(d, "section");
        assertTrue(sections.containsAll(List.of("ΤΜΗΜΑ 1", "ΤΜΗΜΑ 2", "ΤΜΗΜΑ 3")), sections.toString());
    }

    @Test
    void printedTableOfContentsIsNavigationNotText() throws Exception {
        Document d = AknWriterTest.parse(xml("en_de-ai-strategy-2018"));
        assertTrue(AknWriterTest.elements(d, "tocItem").size() >= 10);
        for (Element body : AknWriterTest.elements(d, "mainBody")) { // a strategy: a doc, its main body
            assertFalse(body.getTextContent().matches("(?s).*(\\. ){6,}.*"), "dot leaders left in the body");
        }
    }

    /**
     * "... określonych w przepisach" / "o ochronie informacji niejawnych ...": the Polish preposition
     * opening a wrapped line goes on with its sentence; no paragraph of the act starts with it.
     */
    @Test
    void polishPrepositionOAtALineStartIsNoSubBullet() throws Exception {
        Document d = AknWriterTest.parse(xml("pl_dzu-2015-poz-2058_obwieszczenie"));
        List<String> split = AknWriterTest.elements(d, "p").stream().map(e -> e.getTextContent().strip())
                .filter(t -> t.startsWith("o ")).toList();
        assertEquals(List.of(), split);
        assertTrue(AknWriterTest.elements(d, "p").stream().anyMatch(e -> e.getTextContent().contains(
                "określonych w przepisach o ochronie informacji niejawnych")));
    }

    /**
     * An EP text adopted (P9_TA(2023)0282) as pdftotext gives its first page: the series and number
     * lines stay in the preface, the subject line is the short title, and the title is the one that
     * names its author, "European Parliament resolution of 12 July 2023 on ...".
     */
    @Test
    void aResolutionsShortTitleStandsOverItsTitle() throws Exception {
        Document d = AknWriterTest.parse(AknWriterTest.akn(TestTexts.read("clean/en_ep-ta-9-2023-0282_resolution-covid-lessons.txt"),
                "en", "en_ep-ta-9-2023-0282_resolution-covid-lessons"));
        assertEquals("COVID-19 pandemic: lessons learned and recommendations for the future",
                AknWriterTest.elements(d, "shortTitle").get(0).getTextContent().strip());
        assertEquals("European Parliament resolution of 12 July 2023 on the COVID-19 pandemic: lessons learned and recommendations "
                + "for the future (2022/2076(INI))", AknWriterTest.elements(d, "docTitle").get(0).getTextContent().strip());
        assertTrue(AknWriterTest.elements(d, "p").stream().anyMatch(p -> p.getTextContent().strip().equals("TEXTS ADOPTED")));
    }

    /**
     * A transposing law (ΦΕΚ Α' 63/2018) heads its articles with the provision each transposes, in
     * parentheses under the article's label, over one line or two.
     */
    @Test
    void greekTransposingArticlesAreHeadedByTheProvisionTheyTranspose() throws Exception {
        Document d = AknWriterTest.parse(xml("el_fek-a-63-2018_law-transposing-dir-2015-1794"));
        java.util.Map<String, String> headings = new java.util.HashMap<>();
        for (Element a : AknWriterTest.elements(d, "article")) {
            var h = a.getElementsByTagNameNS(AknWriter.NS, "heading");
            if (h.getLength() > 0) {
                headings.put(a.getAttribute("eId"), h.item(0).getTextContent().strip());
            }
        }
        assertEquals("(άρθρο 1 παρ. 3 της Οδηγίας 2008/94/ΕΚ)", headings.get("art_2"));
        assertEquals("(άρθρα 1 παρ. 7, 2, 8 παρ. 1, 10 παρ. 3, 12 της Οδηγίας 2009/38/ΕΚ)", headings.get("art_3"));
    }

    /** "1a. (utracił moc)", "4a. Scentralizowany System ...": inserted paragraphs keep their lettered numbers. */
    @Test
    void polishInsertedParagraphsAreNumberedAsPrinted() throws Exception {
        Document d = AknWriterTest.parse(xml("pl_dzu-2015-poz-2058_obwieszczenie"));
        List<String> eids = AknWriterTest.elements(d, "paragraph").stream().map(e -> e.getAttribute("eId")).toList();
        assertTrue(eids.containsAll(List.of("att_1__art_5__para_1a", "att_1__art_9__para_4a", "att_1__art_9a__para_2b")), eids.toString());
    }

    /**
     * The strategy's leads (italic bold in the PDF; in pdftotext's text after a blank line, running
     * into their passage, wrapped short of the measure) head their passages; the passage stays prose.
     */
    @Test
    void strategyLeadSentencesInTextHeadTheirPassages() throws Exception {
        Document d = AknWriterTest.parse(xml("en_de-ai-strategy-2018"));
        List<String> headings = AknWriterTest.elements(d, "heading").stream().map(e -> e.getTextContent().strip()).toList();
        assertTrue(headings.contains("We will establish cooperative structures under a national research consortium and reinforce our "
                + "cooperation with external stakeholders."), headings.toString());
        assertTrue(headings.contains("We will create a map highlighting interesting examples of AI applications."), headings.toString());
        assertTrue(headings.contains("We will conduct an AI monitoring to find out the penetration rate of AI."), headings.toString());
        assertTrue(AknWriterTest.elements(d, "p").stream().anyMatch(p -> p.getTextContent().startsWith(
                "Beyond the existing and envisaged Centres of Excellence and the clusters")));
    }

    /**
     * A note the cleaner linked to its marker is in the text as an authorialNote, once: a note lost
     * on the way (with a label it was called on, "2.4) Obowiązane ...") is text lost.
     */
    @ParameterizedTest
    @MethodSource("documents")
    void everyLinkedNoteIsInTheXmlOnce(String name) throws Exception {
        org.polypress.profile.LanguageProfile p = new org.polypress.profile.Profiles().forLanguage(name.substring(0, 2));
        org.polypress.clean.CleanDocument clean = new org.polypress.clean.Cleaner().clean(TestTexts.read("dev/" + name + ".txt"), p);
        List<String> linked = clean.notes().stream().filter(org.polypress.clean.Footnote::linked)
                .map(n -> "authorialNote_" + n.id()).sorted().toList();
        Document d = AknWriterTest.parse(xml(name));
        List<String> written = AknWriterTest.elements(d, "authorialNote").stream()
                .map(e -> e.getAttribute("eId").replaceAll("^.*__", "")).sorted().toList();
        assertEquals(linked, written, name);
    }
}
