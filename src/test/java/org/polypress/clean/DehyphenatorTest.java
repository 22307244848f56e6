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

    /**
     * The DK AI strategy (2019, PDF): "car-" / "share" at a line end, in a text that writes
     * "career", "carried", "carbon" and "carry": words that start with "car" are no compounds of it,
     * so they do not outvote the word list, which knows "car" and "share" but not "carshare". A
     * family of real compounds ("cyberattacks", "cybercrime", with "attacks" and "crime" written in
     * the text) still decides for joining.
     */
    @Test
    void aCompoundFamilyCountsOnlyCompoundsWhosePartsAreWords() {
        String doc = "a career in research\nthey carried out\ncarbon emissions\ncarry on\n"
                + "cyberattacks and cybercrime\nattacks and crime\n";
        Dehyphenator d = new Dehyphenator(doc, Set.of("and"), WordList.forLanguage("en"));
        assertEquals("rental housing, car-share schemes", d.join("rental housing, car-", "share schemes"));
        assertEquals("against cyberthreats", d.join("against cyber-", "threats"));
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
    void anAcronymBeforeADigitInADoubleLineGetsItsHyphenBack() {
        // EP resolution P9_TA(2023)0282, pdftotext's default output: "(DP-" + "3T) protocol" joined
        String text = TestTexts.read("clean/en_ep-ta-9-2023-0282_resolution-covid-lessons.txt");
        Dehyphenator d = new Dehyphenator(text, Set.of("and"), WordList.forLanguage("en"));
        List<String> out = d.restore(List.of(new Page(1, Arrays.asList(text.split("\n", -1))))).get(0).lines();
        assertTrue(out.get(3020).contains("Privacy-Preserving Proximity Tracing (DP-3T) protocol respected"), out.get(3020));
        // a line of usual length: "SARS-CoV2" stays as printed
        assertEquals("it is important to invest in innovative techniques for detecting SARS-CoV2 and other", out.get(1511));
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
    void aYearRangeGetsTheHyphenPdftotextRemoved() {
        // Romanian draft emergency ordinance (2017), pdftotext's default output: "2017-" + "2020." joined
        String text = """
        relansării economice, reducerii şomajului prin crearea de noi locuri de muncă; pentru
        promovarea produselor şi serviciilor întreprinderilor mici şi mijlocii pe pieţele externe,
        stimularea comunicării şi a parteneriatului în afaceri, pregătirea întreprinzătorilor în
        domeniul tehnicilor de promovare a produselor şi serviciilor pe noi pieţe;
        Ţinând cont de cele mai sus menţionate şi având in vedere timpul necesar companiilor
        româneşti de a-şi pregăti strategia de promovare şi un plan de afaceri adecvat pentru
        maximizarea rezultatelor şi a aportului la creşterea economică de peste 3%, prognozată
        pentru anul 2017, este oportună aprobarea în regim de urgenţă a Programului de susţinere
        a internaţionalizării operatorilor economici români.
        Această reglementare nu ar putea fi amânată întrucât ar genera consecinţe negative
        deosebite asupra dezvoltării de politici publice necesare relansării economice, reducerii
        şomajului prin crearea de noi locuri de muncă, cât şi în ceea ce priveşte maximizarea
        rezultatelor la export şi a aportului la creşterea economică de peste 3%, prognozată pentru
        anul 2017
        în temeiul art. 115, alin. 4 din Constituţia ROMÂNIEI, republicată şi a Regulamentului
        (UE) nr. 1.407/2013

        GUVERNUL ROMÂNIEI adoptă prezenta ordonanţă de urgenţă:
        ART. 1 În cadrul Ministerului pentru Mediul de Afaceri, Comerţ şi Antreprenoriat se
        lansează Programul de susţinere a internaţionalizării operatorilor economici români, cu
        finanţare de la bugetul de stat, denumit în continuare Programul, pentru perioada 20172020.
        ART. 2
        (1) Suma de la bugetul de stat pentru susţinerea internaţionalizării operatorilor economici
        români se va aproba distinct în bugetul anual al Ministerului pentru Mediul de Afaceri,
        Comerţului şi Antreprenoriat.
        (2) Suma aprobată cu această destinaţie în bugetul Ministerului pentru Mediul de Afaceri,
        Comerţilui şi Antreprenoriat nu va putea fi redistribuită în vederea utilizării la alte
        capitole de cheltuieli.

        ART. 3 Prin Program se finanţează, prin alocaţie financiară nerambursabilă, următoarele
        tipuri de activităţi în vederea internaţionalizării operatorilor economici români: participări
        individuale la târguri şi expoziţii internaţionale, organizate în străinătate, cu stand propriu;
        participări individuale la misiuni economice organizate în străinătate; crearea identităţii
        vizuale a unui operator economic român (marcă, siglă, slogan); realizarea unui site pe
        Internet/aplicaţie pentru mobil, pentru prezentarea activităţii solicitantului şi a produselor
        promovate, în limba română şi cel puţin într-o limbă de circulaţie internaţională; participări
        la cursuri de pregătire, în ţară şi/sau în străinătate, în domeniul tehnicilor de promovare a
        produselor/serviciilor pe noi pieţe; documentare de piaţă şi alte tipuri de activităţi de
        promovare şi susţinere a internaţionalizării.
        ART. 4
        (1) Sumele necesare pentru implementarea Programului se vor asigura anual cu
        încadrarea în prevederile bugetare aprobate cu această destinaţie în bugetul
        Ministerului pentru Mediul de Afaceri, Comerţ şi Antreprenoriat.
        (2) Bugetul alocat Programului pentru anul 2017 se constituie prin alocarea unei sume din
        bugetul Ministerului pentru Mediul de Afaceri, Comerţ şi Antreprenoriat, capitolul 80.01
        “Acţiuni generale, economice şi de muncă”, titlul “Subvenţii” în valoare de 40.000.000
        lei.
        (3) Alocaţia financiară nerambursabilă este în cuantum de maxim 50 mii lei/beneficiar
        reprezentând maxim 90% din valoarea cheltuielilor eligibile, pentru un număr maxim de
        500 de beneficiari anual, care îndeplinesc condiţiile de eligibilitate prevăzute în
        prezentul act normativ şi respectă prevederile normelor de implementare ce vor fi
        aprobate prin Hotârâre de Guvern în maxim 30 de zile din momentul intrării în vigoare a
        prezentei ordonanţe.
        (4) În cadrul acestui program, fiecare beneficiar poate obţine pe parcursul unui an o
        alocaţie financiară nerambursabilă totală de maxim 50.000 lei.
        Art. 5 Pentru încadrarea în Program, beneficiarul trebuie să îndeplinească cumulativ
        următoarele condiţii:
        a) este înregistrat conform Legii societăţilor nr. 31/1990, republicată, cu modificările şi
        completările ulterioare, Legii nr. 1/2005 privind organizarea şi funcţionarea
        cooperaţiei, republicată, şi îşi desfăşoară activitatea în România;
        b) se încadrează în categoria întreprinderilor mici şi mijlocii în condiţiile Legii nr.
        346/2004, cu modificările şi completările ulterioare, privind stimularea înfiinţării şi
        """;
        Dehyphenator d = new Dehyphenator(text, Set.of("şi"), WordList.forLanguage("ro"));
        List<String> out = d.restore(List.of(new Page(1, Arrays.asList(text.split("\n", -1))))).get(0).lines();
        assertEquals("finanţare de la bugetul de stat, denumit în continuare Programul, pentru perioada 2017-2020.", out.get(20));
        // a year followed by a number in the middle of a line is no range: "anul 2017" stays as printed
        assertEquals(Arrays.asList(text.split("\n", -1)).subList(0, 20), out.subList(0, 20));
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
