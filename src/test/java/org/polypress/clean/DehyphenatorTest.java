package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.polypress.TestTexts;

class DehyphenatorTest {
    private static final Set<String> NL = Set.of("en", "of", "tot");

    @Test
    void lineBreakHyphenJoinsByDefault() {
        Dehyphenator d = new Dehyphenator("", NL);
        assertEquals("voor cyberbeveiliging in de EU", d.join("voor cyber-", "beveiliging in de EU"));
        assertEquals(1, d.undecided().size());
        d.join("de cyber-", "beveiliging");
        assertEquals(java.util.List.of("cyber-beveiliging"), d.undecided(), "each undecided word once in the report");
    }

    @Test
    void suspendedCompoundKeepsHyphenAndSpace() {
        Dehyphenator d = new Dehyphenator("", NL);
        assertEquals("tot netwerk- en informatieveiligheid", d.join("tot netwerk-", "en informatieveiligheid"));
    }

    @Test
    void capitalOrAcronymKeepsTheHyphen() {
        Dehyphenator d = new Dehyphenator("", NL);
        assertEquals("de Noord-Atlantische Verdragsorganisatie", d.join("de Noord-", "Atlantische Verdragsorganisatie"));
        assertEquals("over EU-cyberveiligheid", d.join("over EU-", "cyberveiligheid"));
        assertEquals("en e-governance een", d.join("en e-", "governance een"));
    }

    @Test
    void documentVocabularyDecides() {
        String doc = "Wij steunen publiek-private samenwerking.\nDe publiek-private aanpak werkt.\n"
                + "Er is cyberbeveiliging nodig.\nMeer cyberbeveiliging.";
        Dehyphenator d = new Dehyphenator(doc, NL);
        assertEquals("aan publiek-private samenwerking", d.join("aan publiek-", "private samenwerking"));
        assertEquals("de cyberbeveiliging is", d.join("de cyber-", "beveiliging is"));
        assertEquals(0, d.undecided().size());
    }

    @Test
    void dashesAreNotHyphens() {
        Dehyphenator d = new Dehyphenator("", NL);
        assertEquals("recht – bereikte", d.join("recht –", "bereikte"));
        assertEquals("a b", d.join("a   ", "  b"));
    }

    @Test
    void lineEndHyphenBeforeADigitIsARealHyphen() {
        // EP resolution P9_TA(2023)0282 and the Romanian draft ordinance, as PDFBox extracts them.
        Dehyphenator d = new Dehyphenator("", Set.of("and"));
        assertEquals("on urgent trade policy responses to the COVID-19 crisis,",
                d.join("on urgent trade policy responses to the COVID-", "19 crisis,"));
        assertEquals("denumit în continuare Programul, pentru perioada 2017-2020.",
                d.join("denumit în continuare Programul, pentru perioada 2017-", "2020."));
        assertEquals(0, d.undecided().size());
    }

    @Test
    void wordListDecidesWhatTheDocumentDoesNotSay() {
        // EP resolution P9_TA(2023)0282 and the German AI strategy, as PDFBox extracts them.
        Dehyphenator d = new Dehyphenator("", Set.of("and"), WordList.forLanguage("en"));
        assertEquals("to have a diversified supply chain and a medicine-shortage risk-mitigation plan",
                d.join("to have a diversified supply chain and a medicine-", "shortage risk-mitigation plan"));
        assertEquals("by means of in-person meetings", d.join("by means of in-", "person meetings"));
        assertEquals("working conditions, adjustments to", d.join("working conditions, adjust-", "ments to"));
        assertEquals("programmes for non-university research", d.join("programmes for non-uni-", "versity research"));
        assertEquals(List.of(), d.undecided(), "the list decided each");
        assertEquals("and upskilling measures", d.join("and upskill-", "ing measures"), "not a word, nor \"ing\": undecided, joined");
        assertEquals(List.of("upskill-ing"), d.undecided());
    }

    @Test
    void aLanguageWithoutListKeepsTheDefault() {
        Dehyphenator d = new Dehyphenator("", Set.of("and"), WordList.forLanguage("pl"));
        assertEquals("a medicineshortage plan", d.join("a medicine-", "shortage plan"));
        assertEquals(1, d.undecided().size());
    }

    @Test
    void pdftotextDefaultOutputGetsTheHyphensItRemovedBack() {
        // pdftotext (no -layout) joined "long-" + "term perspective." into one line, hyphen dropped.
        String text = TestTexts.read("dev/en_dk-national-ai-strategy-2019.txt");
        Dehyphenator d = new Dehyphenator(text, Set.of("and"), WordList.forLanguage("en"));
        List<String> out = d.restore(List.of(new Page(1, Arrays.asList(text.split("\n", -1))))).get(0).lines();
        // the document writes "long-term" and "public-sector" elsewhere
        assertEquals("and a stronger, close and cohesive healthcare system, and thus have a structural and "
                + "long-term perspective.", out.get(1719));
        assertTrue(out.get(915).contains(" common public-sector methods "), out.get(915));
        // the word list: "energyefficient" is no word, "energy" and "efficient" are
        assertTrue(out.get(1981).contains("for example energy-efficient buildings."), out.get(1981));
        // a name written joined in a line of usual length stays as printed
        assertEquals("to demand, thereby saving resources. In the UK, the UK National Grid and DeepMind", out.get(2000));
        assertTrue(d.keptCount() >= 7, "restored hyphens are counted as kept: " + d.keptCount());
    }

    @Test
    void aJoinedFormTheAuthorWroteStaysAsPrinted() {
        // EP resolution P9_TA(2023)0282, pdftotext's default output
        String text = TestTexts.read("clean/en_ep-ta-9-2023-0282_resolution-covid-lessons.txt");
        Dehyphenator d = new Dehyphenator(text, Set.of("and"), WordList.forLanguage("en"));
        List<String> out = d.restore(List.of(new Page(1, Arrays.asList(text.split("\n", -1))))).get(0).lines();
        // restored: the document writes "COVID-19"; "risksharing" splits as "risks" + "haring" too,
        // but only "risk" and "sharing" are words of the document
        assertTrue(out.get(344).endsWith("trade policy responses to the COVID-19 crisis,"), out.get(344));
        assertTrue(out.get(4209).contains("COVAX’s global risk-sharing and pooled"), out.get(4209));
        // "SARS-CoV2" ends a line of usual length that goes on in lower case ("viruses;"): pdftotext
        // joined nothing there, though the document writes "SARS-CoV-2" elsewhere
        assertEquals("it is important to invest in innovative techniques for detecting SARS-CoV2 and other", out.get(1511));
        // the same for "multicentre": a line a little longer than usual, but not two lines long
        assertEquals("125. Calls for collaboration on building infrastructure for multicentre clinical trials and for",
                out.get(1653));
    }

    @Test
    void wideLinesGiveTheWordListNoSay() {
        // German AI strategy, pdftotext's default output: lines are whole paragraphs of any
        // length, so no line-end zone is narrow enough for the word list; "FinTech" stays.
        String text = TestTexts.read("dev/en_de-ai-strategy-2018.txt");
        Dehyphenator d = new Dehyphenator(text, Set.of("and"), WordList.forLanguage("en"));
        List<String> out = d.restore(List.of(new Page(1, Arrays.asList(text.split("\n", -1))))).get(0).lines();
        assertTrue(out.get(888).contains("The FinTech Council"), out.get(888));
        assertTrue(out.get(1529).contains("“blockvote”"), out.get(1529));
        // the document's own "broad-based" still decides
        assertTrue(out.get(78).contains("due to its excellent, broad-based research landscape."), out.get(78));
    }

    @Test
    void theFewLineEndHyphensPdftotextCouldNotJoinDoNotHideItsDialect() {
        // German AI strategy: pdftotext left "care-" + soft hyphen at 4 line ends (the glyph
        // normaliser drops the soft hyphen); a text that kept its hyphens would show about 23.
        String text = new GlyphNormalizer().normalize(TestTexts.read("dev/en_de-ai-strategy-2018.txt")).text();
        assertTrue(text.contains("Demographic change is leading to a worsening ratio of persons requiring and giving nursing care. In addition, care-\n"));
        Dehyphenator d = new Dehyphenator(text, Set.of("and"), WordList.forLanguage("en"));
        List<String> out = d.restore(List.of(new Page(1, Arrays.asList(text.split("\n", -1))))).get(0).lines();
        assertTrue(out.get(78).contains("due to its excellent, broad-based research landscape."), out.get(78));
    }

    @Test
    void textsThatKeepTheirLineEndHyphensAreLeftAlone() {
        // the same strategy through pdftotext -layout: line-end hyphens kept, so nothing was removed
        String text = "the government will ensure that common public-sector methods and guidelines are drawn\n"
                + "up which support the statutory requirements for the public sector's use of data-\n"
                + "ethically responsible artificial intelligence.\n";
        String many = text.repeat(30);
        Dehyphenator d = new Dehyphenator(many + "the dataethically responsible alternative\nand more\n",
                Set.of("and"), WordList.forLanguage("en"));
        List<Page> pages = List.of(new Page(1, List.of("the dataethically responsible alternative")));
        assertEquals(pages, d.restore(pages));
    }
}
