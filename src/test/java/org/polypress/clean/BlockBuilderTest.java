package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BlockBuilderTest {
    private static BlockBuilder builder() {
        return new BlockBuilder(new Dehyphenator("", Set.of("en")), null,
                new LineStarts(Pattern.compile("(?i)^Hoofdstuk\\s+[IVX]+$"), Pattern.compile("(?i)^Hoofdstuk\\s+[IVX]+$"), null, null, null));
    }

    /** A Greek gazette's builder: sections "ΤΜΗΜΑ 5" open blocks. */
    private static BlockBuilder greekBuilder() {
        return new BlockBuilder(new Dehyphenator("", Set.of("και")), null,
                new LineStarts(Pattern.compile("(?iu)^ΤΜΗΜΑ\\s+\\d+$"), Pattern.compile("(?iu)^ΤΜΗΜΑ\\s+\\d+$"), null, null, null));
    }

    private static List<String> texts(BlockBuilder.Result r) {
        return r.blocks().stream().map(Block::plain).toList();
    }

    /**
     * ΦΕΚ Α 77/2018 (the Arrangement's Greek translation, pdftotext): a section's title over two
     * lines, the first ending in "και": after a label the title is one line, unless it ends in a
     * short word in lower case, where it goes on.
     */
    @Test
    void aTitleEndingInAShortLowerCaseWordGoesOnAfterItsLabel() {
        BlockBuilder b = greekBuilder();
        String page = String.join("\n",
                "ΤΜΗΜΑ 5",
                "Εμπιστευτικότητα, Διασφάλιση και",
                "Ορθή Χρήση Δεδομένων",
                "1. Όλες οι πληροφορίες που ανταλλάσσονται υπόκεινται στους κανόνες εμπιστευτικότητας και σε άλλες",
                "διασφαλίσεις, που προβλέπονται στη Σύμβαση.",
                "");
        assertEquals(List.of("ΤΜΗΜΑ 5", "Εμπιστευτικότητα, Διασφάλιση και Ορθή Χρήση Δεδομένων",
                "1. Όλες οι πληροφορίες που ανταλλάσσονται υπόκεινται στους κανόνες εμπιστευτικότητας και σε άλλες διασφαλίσεις, που προβλέπονται στη Σύμβαση."),
                texts(b.build(List.of(new Page(1, List.of(page.split("\n", -1)))))));
    }

    /**
     * The DK AI strategy (2019, pdftotext): a numbered line that fills the measure and ends in "and"
     * goes on to the next line ("Innovation"); one that ends short ("... central government") is a
     * line of its own.
     */
    @Test
    void aNumberedLineFillingTheMeasureThatEndsInAShortWordGoesOn() {
        String page = String.join("\n",
                "Artificial intelligence places new demands on the labour market and competences.",
                "Consequently, the government has already launched a number of initiatives in the area. The",
                "government will continue its work and at the same time implement further initiatives focusing",
                "particularly on artificial intelligence.",
                "",
                "The government will implement the following initiatives:",
                "1. Dialogue with research funding foundations on artificial intelligence.",
                "2. Stronger digital competences in central government",
                "3. Strong Danish participation in the EU Framework Programme for Research and",
                "Innovation",
                "4. Stronger digital competences through adult, continuing and further education",
                "");
        List<String> blocks = texts(builder().build(List.of(new Page(1, List.of(page.split("\n", -1))))));
        assertTrue(blocks.contains("3. Strong Danish participation in the EU Framework Programme for Research and Innovation"), blocks.toString());
        assertTrue(blocks.contains("2. Stronger digital competences in central government"), blocks.toString());
    }

    /** The German AI strategy (2018, pdftotext): a numbered heading that ends short in "its use" ends there. */
    @Test
    void aShortNumberedHeadingEndingInAShortWordIsALineOfItsOwn() {
        String page = String.join("\n",
                "on the internet and combatting and prosecuting the dissemination of footage depicting abuse, and social media",
                "forensics for profiling.",
                "",
                "3.8 Making data available and facilitating its use",
                "With regard to methods of AI and machine learning, the availability and quality of data are central preconditions and",
                "determining factors for the quality of outcomes. At the same time, the security of a useful data basis is of essential",
                "importance.",
                "");
        List<String> blocks = texts(builder().build(List.of(new Page(1, List.of(page.split("\n", -1))))));
        assertTrue(blocks.contains("3.8 Making data available and facilitating its use"), blocks.toString());
    }

    /**
     * The Official Journal's indents as pdftotext gives them (OJ L 2024/1772 style): a dash alone
     * on its line, a blank line, the indent's text; the dash opens the indent's block, so indents
     * are not run into the point above them.
     */
    @Test
    void aDashAloneOnItsLineOpensAnIndent() {
        String page = String.join("\n",
                "(a)",
                "",
                "the following data on the incident, including at least the data set out below in the corresponding fields:",
                "\u2014",
                "",
                "the date and time of the detection of the incident by the financial entity or by its third-party service providers;",
                "\u2014",
                "",
                "the date and time of the classification of the incident as major by the financial entity or by its provider;",
                "");
        BlockBuilder.Result r = builder().build(List.of(new Page(1, List.of(page.split("\n", -1)))));
        assertEquals(List.of("(a) the following data on the incident, including at least the data set out below in the corresponding fields:",
                "\u2014 the date and time of the detection of the incident by the financial entity or by its third-party service providers;",
                "\u2014 the date and time of the classification of the incident as major by the financial entity or by its provider;"),
                texts(r));
    }

    @Test
    void doubleSpacedLinesJoinAndNumberedStartsBreak() {
        // Council sample style: a blank line after every line.
        StringBuilder page = new StringBuilder();
        for (String l : List.of("1. ZICH BEWUST VAN het belang van cyberbeveiliging voor de welvaart, groei en veiligheid",
                "van de EU en de integriteit van onze vrije en democratische samenlevingen en de daaraan ten",
                "grondslag liggende processen in het digitale tijdperk, omdat die de rechtsstaat beschermt;",
                "2. WIJZEND OP de noodzaak van een samenhangende aanpak van cyberbeveiliging op",
                "nationaal, EU- en mondiaal niveau, aangezien cyberdreigingen onze democratie, welvaart,",
                "stabiliteit en veiligheid in gevaar kunnen brengen;",
                "3. EROP WIJZEND dat een hoog niveau van cyberweerbaarheid in de EU tevens van groot",
                "belang is voor het kweken van vertrouwen in de digitale eengemaakte markt en de verdere",
                "ontwikkeling van een digitaal Europa;",
                "4. BEVESTIGEND dat de EU zich zal blijven inzetten voor een open cyberruimte;")) {
            page.append(l).append("\n\n");
        }
        BlockBuilder.Result r = builder().build(List.of(new Page(1, List.of(page.toString().split("\n", -1)))));
        assertTrue(r.doubleSpaced());
        assertEquals(4, r.blocks().size(), texts(r).toString());
        assertTrue(texts(r).get(1).contains("op nationaal, EU- en mondiaal niveau"));
    }

    @Test
    void paragraphRunningAcrossAPageBreakIsJoinedMidSentence() {
        Page p1 = new Page(1, List.of("H. overwegende dat verschillende veiligheidsculturen en het ontbreken van een juridisch"));
        Page p2 = new Page(2, List.of("kader tot versnippering leiden en wat de digitale interne markt betreft een grote bron van",
                "zorg vormen;"));
        BlockBuilder.Result r = builder().build(List.of(p1, p2));
        assertEquals(List.of("H. overwegende dat verschillende veiligheidsculturen en het ontbreken van een juridisch kader tot "
                + "versnippering leiden en wat de digitale interne markt betreft een grote bron van zorg vormen;"), texts(r));
    }

    /** The German AI strategy (2018) and the Danish one (2019) in pdftotext's text: a number wrapped to a line's start. */
    @Test
    void aDottedNumberBeforeLowerCaseGoesOnWithTheSentence() {
        Page p = new Page(1, List.of(
                "the research and development (R&D) process and informing the funding programme as well (cf. also fields of action",
                "3.2 and 3.12). The national platform ‘Plattform Lernende Systeme – the Platform for Artificial Intelligence’, which was",
                "needs of the labour market. In order to support this, a transition fund of DKK 95 million (EUR",
                "12.7 million) annually was set up.",
                "3.2 Research in Germany and Europe"));
        BlockBuilder.Result r = builder().build(List.of(p));
        assertEquals(2, r.blocks().size(), texts(r).toString());
        assertTrue(texts(r).get(0).contains("fields of action 3.2 and 3.12). The national"));
        assertTrue(texts(r).get(0).contains("(EUR 12.7 million) annually was set up."));
        assertEquals("3.2 Research in Germany and Europe", texts(r).get(1));
    }

    /** Dziennik Ustaw 2015 poz. 2058 (art. 5): the Polish preposition "o" opening a wrapped line is no sub-bullet. */
    @Test
    void aLineOpeningWithTheWordOAfterAWrappedLineGoesOn() {
        Page p = new Page(1, List.of(
                "Art. 5. 1. Prawo do informacji publicznej podlega ograniczeniu w zakresie i na zasadach określonych w przepisach",
                "o ochronie informacji niejawnych oraz o ochronie innych tajemnic ustawowo chronionych.",
                "Key areas:",
                "o Data protection",
                "o Security of networks",
                "4. Minister właściwy do spraw informatyzacji weryfikuje przekazywane zasoby informacyjne oraz metadane,",
                "o których mowa w art. 9a ust. 2, pod względem spełnienia wymogów, o których mowa w art. 9a ust. 2b, oraz wymogów",
                "określonych w przepisach wydanych na podstawie ust. 6 i art. 9a ust. 3.",
                "",
                "3) uczelni, Polskiej Akademii Nauk ani jednostek naukowych w rozumieniu ustawy z dnia 30 kwietnia 2010 r.",
                "o zasadach finansowania nauki, w zakresie informacji publicznych służących ich działalności badawczej oraz dydaktycznej;"));
        List<String> blocks = texts(builder().build(List.of(p)));
        assertEquals("Art. 5. 1. Prawo do informacji publicznej podlega ograniczeniu w zakresie i na zasadach określonych w przepisach "
                + "o ochronie informacji niejawnych oraz o ochronie innych tajemnic ustawowo chronionych.", blocks.get(0));
        assertEquals(List.of("Key areas:", "o Data protection", "o Security of networks"), blocks.subList(1, 4));
        assertEquals(6, blocks.size(), blocks.toString());
        assertTrue(blocks.get(4).startsWith("4. Minister") && blocks.get(4).contains("metadane, o których mowa w art. 9a ust. 2, pod"));
        assertTrue(blocks.get(5).startsWith("3) uczelni") && blocks.get(5).contains("2010 r. o zasadach finansowania nauki"));
    }

    /** ΦΕΚ Α' 77/2018 (law 4534), a narrow column: a point opening in lower case runs on to its clause's end. */
    @Test
    void aLowerCasePointRunsOnPastACapitalisedTerm() {
        Page p = new Page(1, List.of(
                "ζ) ο όρος «Φορολογικό Έτος» σημαίνει:",
                "ζα) αναφορικά με Όμιλο ΠΕ που έχει Αναφέρουσα",
                "Οντότητα με φορολογική κατοικία στην Ελληνική Δημοκρατία, την ετήσια λογιστική περίοδο· και",
                "ζβ) αναφορικά με Όμιλο ΠΕ που έχει Αναφέρουσα",
                "Οντότητα με φορολογική κατοικία στις Ηνωμένες Πολιτείες, την «Περίοδο»."));
        List<String> blocks = texts(builder().build(List.of(p)));
        assertEquals(3, blocks.size(), blocks.toString());
        assertEquals("ζα) αναφορικά με Όμιλο ΠΕ που έχει Αναφέρουσα Οντότητα με φορολογική κατοικία στην Ελληνική Δημοκρατία, "
                + "την ετήσια λογιστική περίοδο· και", blocks.get(1));
    }

    /**
     * ΦΕΚ Α' 63/2018 as pdftotext gives it: a narrow two-column gazette where a quarter of the lines
     * are paragraphs set unwrapped on one line. Its width is its wrapped lines' (about 51 characters),
     * so a column line ending before a capitalised abbreviation is a full line, and the sentence goes on.
     */
    @Test
    void aGazetteWithUnwrappedLinesTakesItsWidthFromItsWrappedLines() {
        CleanDocument clean = new Cleaner().clean(org.polypress.TestTexts.read("dev/el_fek-a-63-2018_law-transposing-dir-2015-1794.txt"),
                new org.polypress.profile.Profiles().forLanguage("el"));
        assertTrue(clean.blocks().stream().anyMatch(b -> b.text().contains(
                "Η χρήση του δικαιώματος για εισαγωγή στις Σχολές Λ.Σ. - ΕΛ.ΑΚΤ., από αυτούς")));
        assertTrue(clean.blocks().stream().anyMatch(b -> b.text().contains(
                "το συγχρηματοδοτούμενο σκέλος του Προγράμματος Δημοσίων Επενδύσεων.")));
    }

    /**
     * The German AI strategy (2018) in pdftotext's default text, which joins a line ending in a hyphen
     * to the next ("Govern-" / "ment's AI Strategy ...") and sets no blank line between paragraphs. A
     * line of 178 characters on a page of 120 holds one join; the page ended what follows it 70
     * characters in, after the colon: a paragraph ends there. A line of 237 holds two joins and the
     * page's line after them was full: the sentence after its full stop goes on in the same paragraph.
     */
    @Test
    void aLineThatPdftotextJoinedAtAHyphenEndsAParagraphWhereThePageEndedItsLastPart() {
        Page p1 = new Page(1, List.of(
                "Against the backdrop of the dynamic development of this field of technology, this Strategy serves as a framework for",
                "action by the Federal Government. It is part of the Federal Government’s digitalisation implementation strategy. At the",
                "beginning of 2020, the Strategy will be developed further in line with the status of the debate and the needs, and will",
                "be brought into line with the latest developments and requirements.",
                "",
                "Definition of “artificial intelligence”",
                "There is no definition of AI which generally valid or used consistently by all stakeholders. The Federal Government’s AI Strategy is based on the following understanding of AI:",
                "In highly abstract terms, AI researchers can be assigned to two groups: “strong” and “weak” AI. “Strong” AI means",
                "that AI systems have the same intellectual capabilities as humans, or even exceed them. “Weak” AI is focused on",
                "the solution of specific problems using methods from mathematics and computer science, whereby the systems",
                "developed are capable of self-optimisation. To this end, aspects of human intelligence are mapped and formally"));
        Page p2 = new Page(2, List.of(
                "2. Current situation",
                "Over the past few years, artificial intelligence has matured considerably and, as a fundamental innovation, is becoming",
                "the driver of digitalisation and autonomous systems in all areas of life. The public sector, society, business, administration and science are all called upon to embrace the opportunities it provides and to face up to the risks it poses.",
                "The Federal Government wants to put the conditions in place for the opportunities and potential of AI to be used.",
                "As it does so, it is seeking to actively shape AI in all areas of policy with a view to a human-centric use oriented to the",
                "common good by business and society on the basis of the principles of democracy. The progress currently being made",
                "in AI, particularly in the field of machine learning, is the result of exponential growth in hardware capabilities and",
                "the ability to use these capabilities to process large volumes of data.",
                "AI is now finding its way from research into an increasingly broad range of applications in business, in the public sector"));
        List<String> blocks = texts(builder().build(List.of(p1, p2)));
        assertTrue(blocks.stream().anyMatch(b -> b.endsWith("based on the following understanding of AI:")), blocks.toString());
        assertTrue(blocks.stream().anyMatch(b -> b.startsWith("In highly abstract terms")), blocks.toString());
        assertTrue(blocks.stream().anyMatch(b -> b.contains("the risks it poses. The Federal Government wants to put")), blocks.toString());
    }

    /**
     * The same strategy, whole: on a page where a quarter of the lines are joined ones, the lines'
     * high percentile (180 characters) measures no line the page set; the page is measured by the
     * document's lines, so the joined line of 180 ending "... for the country and society." ends its
     * paragraph, and one of 237 whose last part was full does not.
     */
    @Test
    void aPageOfManyJoinedLinesIsMeasuredByTheDocumentsLines() {
        CleanDocument clean = new Cleaner().clean(org.polypress.TestTexts.read("dev/en_de-ai-strategy-2018.txt"),
                new org.polypress.profile.Profiles().forLanguage("en"));
        List<String> blocks = clean.blocks().stream().map(Block::text).toList();
        assertTrue(blocks.stream().anyMatch(b -> b.endsWith("approach to technology that focuses on creating benefits for the country and society.")));
        assertTrue(blocks.stream().anyMatch(b -> b.startsWith("A number of countries have already presented their own AI strategies")));
        assertTrue(blocks.stream().anyMatch(b -> b.contains("the risks it poses. The Federal Government wants to put the conditions")));
    }

    /**
     * Dz.U. 2015 poz. 2058 in pdftotext's text: the label column read after the text, "2)" comes
     * after its item and before the Marshal's signature. It goes back to the item that follows the
     * item labelled "1)" after its semicolon; the signature stays unlabelled, and the report says so.
     */
    @Test
    void aNumberLabelReadAfterItsItemGoesBackToIt() {
        String text = String.join("\n",
                "2. Podany w załączniku do niniejszego obwieszczenia tekst jednolity ustawy nie obejmuje:",
                "1)",
                "",
                "art. 41 ustawy z dnia 7 listopada 2014 r. o ułatwieniu wykonywania działalności gospodarczej (Dz. U. poz. 1662),",
                "który stanowi:",
                "\u201eArt. 41. Ustawa wchodzi w życie z dniem 1 stycznia 2015 r., z wyjątkiem art. 1, art. 32 i art. 33, które wchodzą w życie z dniem 1 kwietnia 2015 r.\u201d;",
                "art. 90 ustawy z dnia 24 lipca 2015 r. o Radzie Dialogu Społecznego i innych instytucjach dialogu społecznego",
                "(Dz. U. poz. 1240), który stanowi:",
                "\u201eArt. 90. Ustawa wchodzi w życie po upływie 14 dni od dnia ogłoszenia.\u201d.",
                "",
                "2)",
                "",
                "Marszałek Sejmu: M. Kuchciński",
                "");
        CleanDocument clean = new Cleaner().clean(text, new org.polypress.profile.Profiles().forLanguage("pl"));
        List<String> blocks = clean.blocks().stream().map(Block::text).toList();
        assertTrue(blocks.stream().anyMatch(b -> b.startsWith("2) art. 90 ustawy z dnia 24 lipca 2015 r.")), blocks.toString());
        assertTrue(blocks.contains("Marszałek Sejmu: M. Kuchciński"), blocks.toString());
        assertTrue(clean.stats().warnings().stream().anyMatch(w -> w.contains("moved back") && w.contains("2) to")),
                clean.stats().warnings().toString());
    }

    /** A number alone after a line ending in a word is a block of its own, unless it completes a structure label ("ΤΜΗΜΑ" / "5"). */
    @Test
    void aNumberAloneIsABlockUnlessItCompletesAStructureLabel() {
        Page p = new Page(1, List.of("Available services", "1", "", "Discover the NIS 2 Directive and stay informed", "",
                "ΤΜΗΜΑ", "5", "Εμπιστευτικότητα, Διασφάλιση και Ορθή Χρήση Δεδομένων", ""));
        List<String> blocks = texts(greekBuilder().build(List.of(p)));
        assertEquals("Available services", blocks.get(0), blocks.toString());
        assertEquals("1", blocks.get(1), blocks.toString());
        assertTrue(blocks.contains("ΤΜΗΜΑ 5"), blocks.toString());
    }

    /**
     * ANSSI's NIS 2 brochure, pdftotext: a service's title over its narrow column of text is a block of
     * its own; a gazette paragraph left unwrapped over its column (longer than its page's lines) is not.
     */
    @Test
    void aLineOverANarrowerColumnIsAHeadingOverItsText() {
        List<String> page = new java.util.ArrayList<>(List.of(
                "Discover the NIS 2 Directive and stay informed",
                "Learn more about the NIS 2",
                "Directive and keep abreast",
                "of developments in the",
                "transposition of the Directive",
                "and in the provision of new",
                "services by ANSSI.",
                ""));
        for (int i = 0; i < 8; i++) {
            page.add("ANSSI is the national authority for the security of information systems, line " + i);
        }
        List<String> blocks = texts(builder().build(List.of(new Page(1, page))));
        assertEquals("Discover the NIS 2 Directive and stay informed", blocks.get(0), blocks.toString());
        assertTrue(blocks.get(1).startsWith("Learn more about the NIS 2"), blocks.toString());
    }

    /** The EP resolution of 12 July 2023 (P9_TA(2023)0282) in pdftotext's text: headings in capitals over lines, brackets, a page break. */
    @Test
    void aHeadingInCapitalsGoesOnInBracketsAndPastABlankLineWhenItsLineIsFull() {
        Page p1 = new Page(1, List.of(
                "JOINT PROCUREMENT AGREEMENTS AND ADVANCED PURCHASE AGREEMENTS",
                "(NEGOTIATIONS, TRANSPARENCY, LIABILITIES AND ENFORCEMENT)",
                "",
                "VACCINE PRODUCTION, STORAGE AND DISTRIBUTION, INCLUDING SUPPLY CHAIN",
                "RESILIENCE, EU OPEN STRATEGIC AUTONOMY AND THE AVAILABILITY OF CRITICAL",
                ""));
        Page p2 = new Page(2, List.of("PHARMA AND MEDICAL PRODUCTS", "", "HEALTH SYSTEMS AND SERVICES", "", "CONTRACTS AND NEGOTIATIONS"));
        List<String> blocks = texts(builder().build(List.of(p1, p2)));
        assertEquals(List.of(
                "JOINT PROCUREMENT AGREEMENTS AND ADVANCED PURCHASE AGREEMENTS (NEGOTIATIONS, TRANSPARENCY, LIABILITIES AND ENFORCEMENT)",
                "VACCINE PRODUCTION, STORAGE AND DISTRIBUTION, INCLUDING SUPPLY CHAIN RESILIENCE, EU OPEN STRATEGIC AUTONOMY AND "
                        + "THE AVAILABILITY OF CRITICAL PHARMA AND MEDICAL PRODUCTS",
                "HEALTH SYSTEMS AND SERVICES", "CONTRACTS AND NEGOTIATIONS"), blocks);
    }

    @Test
    void headingsAndShortSentenceEndsBreak() {
        Page p = new Page(1, List.of(
                "2.1 Internationale belangen",
                "Het kabinet onderscheidt voor Nederland in internationale context een aantal fundamentele belangen",
                "met betrekking tot het cyberdomein in samenhang met vrijheid, veiligheid en groei.",
                "Belang: Nederland is in staat de kansen die wereldwijde digitalisering onze samenleving en",
                "economie biedt te grijpen en deze verder te benutten",
                "Nederland is een van de meest verbonden landen ter wereld met een concurrerende markt voor",
                "datacenters en hostingproviders."));
        BlockBuilder.Result r = builder().build(List.of(p));
        assertEquals(4, r.blocks().size(), texts(r).toString());
        assertEquals("2.1 Internationale belangen", texts(r).get(0));
        assertEquals("Belang: Nederland is in staat de kansen die wereldwijde digitalisering onze samenleving en economie "
                + "biedt te grijpen en deze verder te benutten", texts(r).get(2));
    }

    @Test
    void calloutInterruptingASentenceBecomesABoxBeforeTheParagraph() {
        Page p1 = new Page(1, List.of(
                "1. Het beleid binnen het cyberdomein is gericht op het scheppen van gunstige randvoorwaarden op",
                "basis waarvan burgers, bedrijven en overheden hun activiteiten kunnen ontplooien. Vanwege het",
                "",
                "De Nederlandse overheid zet internationaal in op een veilig, vrij en open cyberdomein, waarin de",
                "kansen volop worden benut en fundamentele rechten en waarden worden beschermd."));
        Page p2 = new Page(2, List.of("grensoverschrijdende karakter van het cyberdomein kunnen randvoorwaarden pas goed worden",
                "ingevuld als ze internationaal worden afgestemd."));
        BlockBuilder.Result r = builder().build(List.of(p1, p2));
        assertEquals(2, r.blocks().size(), texts(r).toString());
        assertTrue(r.blocks().get(0).box());
        assertTrue(texts(r).get(1).endsWith("ontplooien. Vanwege het grensoverschrijdende karakter van het cyberdomein "
                + "kunnen randvoorwaarden pas goed worden ingevuld als ze internationaal worden afgestemd."), texts(r).get(1));
        assertEquals(1, r.boxes());
    }

    @Test
    void labelAloneOnALineLabelsTheNextBlock() {
        Page p = new Page(1, List.of("Whereas:", "(1)", "", "To ensure the harmonisation of the notification requirements,",
                "the time limits should follow a consistent approach.", "(2)", "", "To avoid imposing an undue burden."));
        BlockBuilder.Result r = builder().build(List.of(p));
        assertEquals(List.of("Whereas:", "(1) To ensure the harmonisation of the notification requirements, the time limits "
                + "should follow a consistent approach.", "(2) To avoid imposing an undue burden."), texts(r));
    }

    @Test
    void aTextWithOneParagraphPerLineIsNotDoubleSpacedEvenWithABlankLineAfterEveryLine() {
        // EUR-Lex text copied from the web page (corpus dev-lang, Czech): every paragraph is one line,
        // a blank line after each; the subject line starts with the preposition "o", a lower-case
        // word, yet is a paragraph of its own, and so are the formula and the citations.
        StringBuilder page = new StringBuilder();
        for (String l : List.of("PROVÁDĚCÍ ROZHODNUTÍ RADY (EU) 2018/1993",
                "ze dne 11. prosince 2018",
                "o opatřeních pro integrovanou politickou reakci EU na krize",
                "RADA EVROPSKÉ UNIE,",
                "s ohledem na Smlouvu o fungování Evropské unie,",
                "s ohledem na rozhodnutí Rady 2014/415/EU ze dne 24. června 2014 o způsobu provádění doložky solidarity Unií (1), a zejména na čl. 9 odst. 3 uvedeného rozhodnutí,",
                "vzhledem k těmto důvodům:",
                "(1)",
                "Toto rozhodnutí se týká přizpůsobení opatření pro integrovanou politickou reakci EU na krize (dále „opatření IPRK“), která Rada schválila dne 25. června 2013 a na něž odkazuje čl. 1 odst. 2 rozhodnutí 2014/415/EU. Opatření IPRK by na politické úrovni měla umožnit včasnou koordinaci a odezvu na krize, které mají rozsáhlý dopad nebo politický význam, ať už mají původ v Unii, či mimo ni.",
                "(2)",
                "Opatřeními IPRK by měla být podpořena opatření pro provádění doložky solidarity. Jak uvádí rozhodnutí 2014/415/EU, opatření IPRK mohou být použita před použitím doložky solidarity a po postupném ukončení opatření odezvy. Opatření IPRK by měla být koncipována takovým způsobem, aby byla adekvátní jak v souvislosti s použitím doložky solidarity, tak i nezávisle na něm.",
                "(3)",
                "Opatření pro odezvu na úrovni Unie by měla zlepšovat účinnost prostřednictvím posílené koordinace, na základě stávajících nástrojů a se zohledněním pravomocí orgánů, jakož i pravomocí a působnosti členských států.")) {
            page.append(l).append("\n\n");
        }
        BlockBuilder.Result r = builder().build(List.of(new Page(1, List.of(page.toString().split("\n", -1)))));
        assertTrue(!r.doubleSpaced());
        assertEquals("ze dne 11. prosince 2018", texts(r).get(1));
        assertEquals("o opatřeních pro integrovanou politickou reakci EU na krize", texts(r).get(2));
        assertEquals("s ohledem na Smlouvu o fungování Evropské unie,", texts(r).get(4));
        assertEquals(10, texts(r).size(), texts(r).toString());
        assertTrue(texts(r).get(7).startsWith("(1) Toto rozhodnutí"));
    }

    @Test
    void paragraphsSeparatedByBlankLinesAreNotDoubleSpacing() {
        // The closing article of Commission Delegated Regulation (EU) 2025/301 and sentences of its
        // Article 5(6), copied as plain text with a blank line between paragraphs: a blank line after
        // nearly every line, but only where a sentence ends. Each paragraph stays its own block.
        StringBuilder page = new StringBuilder();
        for (String l : List.of("Article 7", "Entry into force",
                "This Regulation shall enter into force on the twentieth day following that of its publication in the Official Journal of the European Union.",
                "This Regulation shall be binding in its entirety and directly applicable in all Member States.",
                "Done at Brussels, 23 October 2024.", "For the Commission", "The President", "Ursula VON DER LEYEN",
                "Competent authorities may decide that paragraph 4 shall not apply for the submission of an initial notification.",
                "Competent authorities shall notify their decision to the identified financial entities.",
                "The decision of the competent authority shall only apply in respect of incidents reported after the date of notification.")) {
            page.append(l).append("\n\n");
        }
        BlockBuilder.Result r = builder().build(List.of(new Page(1, List.of(page.toString().split("\n", -1)))));
        assertTrue(!r.doubleSpaced());
        assertEquals(List.of("This Regulation shall enter into force on the twentieth day following that of its publication in the Official Journal of the European Union.",
                "This Regulation shall be binding in its entirety and directly applicable in all Member States."),
                texts(r).subList(2, 4));
        assertEquals(11, texts(r).size(), texts(r).toString());
    }

    @Test
    void aShortLineIsJudgedAgainstItsOwnPagesWidth() {
        // Greek Government Gazette 77/2018: full-width pages of the English agreement, then the
        // law's two narrow columns. "... για την" is a full line of its column, not a heading end.
        List<String> wide = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            wide.add("Whereas the Competent Authorities desire to conclude this Arrangement on exchange of CbC Reports based on");
        }
        wide.add("domestic reporting.");
        Page p1 = new Page(1, wide);
        Page p2 = new Page(2, List.of(
                "Κυρώνεται και έχει την ισχύ, που ορίζει το άρθρο 28",
                "παρ. 1 του Συντάγματος, η Συμφωνία μεταξύ της",
                "Αρμόδιας Αρχής της Ελληνικής Δημοκρατίας και της",
                "Αρχής των Ηνωμένων Πολιτειών της Αμερικής για την",
                "Ανταλλαγή Εκθέσεων ανά Χώρα, που υπογράφηκε στο",
                "Όσλο στις 27 Σεπτεμβρίου 2017, της οποίας το κείμενο,",
                "σε πρωτότυπο στην αγγλική γλώσσα και σε μετάφραση",
                "στην ελληνική γλώσσα, έχει ως εξής: η Συμφωνία, που",
                "υπογράφηκε στο Όσλο, κυρώνεται με τον παρόντα νόμο."));
        BlockBuilder.Result r = builder().build(List.of(p1, p2));
        assertEquals(2, r.blocks().size(), texts(r).toString());
        assertTrue(texts(r).get(1).contains("για την Ανταλλαγή Εκθέσεων"));
    }

    @Test
    void aWordBrokenAtAPageEndGoesOnOnTheNextPage() {
        // EP resolution P9_TA(2023)0282 (pdftotext): "post-" ends page 12, "COVID-19," starts page 13.
        Page p1 = new Page(1, List.of("having regard to its resolution of 10 July 2020 on the EU’s public health strategy post-"));
        Page p2 = new Page(2, List.of("COVID-19,"));
        BlockBuilder.Result r = builder().build(List.of(p1, p2));
        assertEquals(List.of("having regard to its resolution of 10 July 2020 on the EU’s public health strategy post-COVID-19,"), texts(r));
    }

    /**
     * pdftotext's default output of a strategy (Denmark, 2019): no blank line between paragraphs. A
     * line that ends a sentence with room left for the next line's first word was not wrapped: the
     * paragraph ends there ("... annually." has room for "The"). A full line that ends a sentence
     * ("... develops.", no room for "Therefore,") goes on.
     */
    @Test
    void aSentenceEndingShortOfTheNextWordEndsItsParagraph() {
        List<String> lines = List.of(
                "This is a supplement to the DKK 295 million (EUR 45.4 million) allocated in the Finance Act",
                "2019 from the research reserve for research into new technological possibilities and digital",
                "Denmark reap the full benefits of the opportunities artificial intelligence will provide over the",
                "years to come. However, this is only one step on the way. Sustained efforts are required if the",
                "vision is to be realised. New challenges will arise, and it will be necessary to adjust initiatives",
                "along the way. And there will be needs for new initiatives as the technology develops.",
                "Therefore, the government will monitor developments and evaluate the strategy annually.",
                "The government will also regularly receive input from professional networks, decision makers,",
                "researchers, political stakeholders, etc.");
        List<String> blocks = texts(builder().build(List.of(new Page(1, lines))));
        assertEquals(2, blocks.size(), blocks.toString());
        assertTrue(blocks.get(0).endsWith("develops. Therefore, the government will monitor developments and evaluate the strategy annually."));
        assertEquals("The government will also regularly receive input from professional networks, decision makers, "
                + "researchers, political stakeholders, etc.", blocks.get(1));
    }

    /** A Romanian nota's table (pdftotext): a name broken after a preposition in a narrow cell goes on. */
    @Test
    void aLineEndingInAShortLowerCaseWordGoesOn() {
        List<String> lines = List.of("Proiectul de act normativ a fost transmis spre avizare la urmatoarele institutii ale statului:",
                "a) Consiliul Legislativ", "b) Consiliul Suprem de", "Apărare a Ţării", "c) Consiliul Economic şi", "Social",
                "d) Consiliul Concurenţei");
        assertEquals(List.of("Proiectul de act normativ a fost transmis spre avizare la urmatoarele institutii ale statului:",
                "a) Consiliul Legislativ", "b) Consiliul Suprem de Apărare a Ţării", "c) Consiliul Economic şi Social",
                "d) Consiliul Concurenţei"), texts(builder().build(List.of(new Page(1, lines)))));
    }

    /** Body lines of the Danish AI strategy (pdftotext), about 90 characters: the measure. */
    private static final List<String> DK_BODY = List.of(
            "This raises a number of questions regarding responsibility and security that need to be",
            "addressed. Furthermore, artificial intelligence raises a number of ethical issues relating to",
            "the relationship between humans and technology, and how technology can be used in a way",
            "that respects the fundamental values of society and the individual, the rights of citizens",
            "and the values of the community. There is a need for a common ethical framework and clear");

    @Test
    void aFirstLineThatEndsWellShortWithoutAStopBeforeACapitalIsAHeadingRunIntoItsText() {
        List<String> lines = new java.util.ArrayList<>(DK_BODY);
        lines.add("");
        lines.add("Need for a common ethical framework for artificial intelligence");
        lines.add("Artificial intelligence entails an entirely new way of making decisions, in which computers");
        lines.add("and algorithms play a larger role.");
        BlockBuilder.Result r = builder().build(List.of(new Page(1, lines)));
        List<String> t = texts(r);
        assertEquals("Need for a common ethical framework for artificial intelligence", t.get(1), t.toString());
        assertEquals("Artificial intelligence entails an entirely new way of making decisions, in which computers"
                + " and algorithms play a larger role.", t.get(2));
    }

    @Test
    void aFirstLineAWordShortOfTheMeasureOrATitleInCapitalsGoesOn() {
        List<String> lines = new java.util.ArrayList<>(DK_BODY);
        lines.add("");
        // Official Journal, pdftotext: "No 1093/2010" kept together by the typesetter.
        lines.add("The Joint Committee of the European Supervisory Authorities referred to in Article");
        lines.add("No 1093/2010 of the European Parliament and of the Council, in Article 54 of Regulation.");
        lines.add("");
        // European Parliament resolution: a heading in capitals over two lines.
        lines.add("EU PREVENTION OF, PREPAREDNESS FOR AND RESPONSE TO CROSS-BORDER HEALTH");
        lines.add("THREATS");
        BlockBuilder.Result r = builder().build(List.of(new Page(1, lines)));
        List<String> t = texts(r);
        assertEquals(3, t.size(), t.toString());
        assertEquals("EU PREVENTION OF, PREPAREDNESS FOR AND RESPONSE TO CROSS-BORDER HEALTH THREATS", t.get(2));
    }

    @Test
    void withTheLayoutOfAPdfLineLengthsDoNotSeparateAHeading() {
        List<String> lines = new java.util.ArrayList<>(DK_BODY);
        lines.add("");
        lines.add("Need for a common ethical framework for artificial intelligence");
        lines.add("Artificial intelligence entails an entirely new way of making decisions, in which computers");
        BlockBuilder pdf = new BlockBuilder(new Dehyphenator("", Set.of("en")), null,
                new LineStarts(null, null, null, null, null), null, false);
        assertEquals(2, texts(pdf.build(List.of(new Page(1, lines)))).size(), "type, not length, decides there");
    }

    /** ΦΕΚ Α 63/2018, PDF text: a number in words, then in digits, broken before the digits. */
    @Test
    void aNumberInParenthesesAfterItsWordsGoesOnWithTheSentence() {
        BlockBuilder.Result r = builder().build(List.of(new Page(1, List.of(
                "α) Μέχρι έξι (6) ναυτικούς για πλοία, στα οποία απασχολούνται συνήθως είκοσι (20) έως εκατόν πενήντα",
                "(150) ναυτικοί.",
                "(5) The Commission should be empowered to adopt delegated acts."))));
        assertEquals(List.of("α) Μέχρι έξι (6) ναυτικούς για πλοία, στα οποία απασχολούνται συνήθως είκοσι (20) έως εκατόν πενήντα"
                + " (150) ναυτικοί.", "(5) The Commission should be empowered to adopt delegated acts."), texts(r));
    }

    /** European Parliament resolution (PDF text): a heading in capitals whose last line is short. */
    @Test
    void aTitleInCapitalsGoesOnOverAShortLastLine() {
        List<String> lines = new java.util.ArrayList<>(DK_BODY);
        lines.add("");
        lines.add("BOOSTING THE HEALTHCARE AND SOCIAL WORKFORCE IN THE EU TO BE PREPARED FOR");
        lines.add("THE NEXT CRISIS");
        BlockBuilder pdf = new BlockBuilder(new Dehyphenator("", Set.of("en")), null,
                new LineStarts(null, null, null, null, null), null, false);
        List<String> t = texts(pdf.build(List.of(new Page(1, lines))));
        assertEquals("BOOSTING THE HEALTHCARE AND SOCIAL WORKFORCE IN THE EU TO BE PREPARED FOR THE NEXT CRISIS", t.get(t.size() - 1));
    }

    /**
     * ΦΕΚ Α 77/2018, the Arrangement (pdftotext): a preamble of "Whereas ...;" clauses, each running to its
     * semicolon. A full line ending a clause before the next "Whereas" ends the clause; in the Greek
     * translation's narrow column a clause's first line ends early before a capital, and goes on.
     */
    @Test
    void aSeriesOfClausesOpensAtEachRepeatedLeadWord() {
        String page = String.join("\n",
                "ON THE EXCHANGE OF COUNTRY-BY-COUNTRY REPORTS",
                "Whereas the laws of the Hellenic Republic and the United States of America are expected to",
                "require the Reporting Entity of an MNE Group to annually file a CbC Report;",
                "Whereas the CbC Report is one element of a standardized approach to transfer pricing",
                "documentation which is intended to provide tax administrations with relevant and reliable",
                "information to perform an efficient and robust transfer pricing risk assessment analysis;",
                "Whereas Article 18 (Exchange of Information) of the Convention Between the Kingdom of Greece",
                "authorizes the exchange of information for tax purposes, including the automatic exchange of",
                "information;",
                "Whereas the Competent Authorities desire to conclude this Arrangement on exchange of CbC",
                "Reports based on domestic reporting and reciprocal automatic exchange pursuant to the Convention;",
                "Now, therefore, the Competent Authorities declare their intent as follows:",
                "");
        List<String> got = texts(builder().build(List.of(new Page(1, List.of(page.split("\n", -1))))));
        assertEquals(6, got.size(), got.toString());
        assertTrue(got.get(2).startsWith("Whereas the CbC Report") && got.get(2).endsWith("assessment analysis;"), got.get(2));
        assertTrue(got.get(3).startsWith("Whereas Article 18") && got.get(3).endsWith("information;"), got.get(3));

        BlockBuilder greek = greekBuilder();
        String col = String.join("\n",
                "Ως εκ τούτου, οι Αρμόδιες Αρχές δηλώνουν την πρόθεσή τους ως εξής:",
                "",
                "Λαμβάνοντας υπόψη ότι η Κυβέρνηση της Ελληνικής",
                "Δημοκρατίας και η Κυβέρνηση των Ηνωμένων Πολιτειών",
                "της Αμερικής επιθυμούν να ενισχύσουν τη διαφάνεια σε φορολογικά θέματα·",
                "Λαμβάνοντας υπόψη ότι η νομοθεσία της Ελληνικής",
                "Δημοκρατίας και των Ηνωμένων Πολιτειών της Αμερικής",
                "του Ομίλου ΠΕ να υποβάλλει κάθε έτος την ΕαΧ·",
                "Λαμβάνοντας υπόψη ότι η ΕαΧ αποτελεί μέρος μιας τυποποιημένης προσέγγισης τεκμηρίωσης ενδοομιλικών",
                "συναλλαγών·",
                "Λαμβάνοντας υπόψη ότι οι Αρμόδιες Αρχές επιθυμούν να",
                "συνάψουν την παρούσα Συμφωνία·",
                "");
        List<String> g = texts(greek.build(List.of(new Page(1, List.of(col.split("\n", -1))))));
        assertEquals(5, g.size(), g.toString());
        assertEquals("Λαμβάνοντας υπόψη ότι η Κυβέρνηση της Ελληνικής Δημοκρατίας και η Κυβέρνηση των Ηνωμένων Πολιτειών "
                + "της Αμερικής επιθυμούν να ενισχύσουν τη διαφάνεια σε φορολογικά θέματα·", g.get(1));
    }

    /**
     * A word that starts a line after a semicolon only once or twice leads no series: "...;" / "Member
     * States shall ..." in a regulation's article stays one paragraph when nothing else says it ends.
     */
    @Test
    void aWordAfterASemicolonOnceOrTwiceLeadsNoSeries() {
        String page = String.join("\n",
                "1. The competent authorities shall cooperate with each other where necessary for this purpose;",
                "Member States shall ensure that the information is exchanged without undue delay and in full.",
                "");
        assertEquals(1, texts(builder().build(List.of(new Page(1, List.of(page.split("\n", -1)))))).size());
    }

    /** A builder with the profile's conjunctions, as the cleaner makes it. */
    private static BlockBuilder builderFor(String lang) {
        Set<String> conjunctions = Set.copyOf(new org.polypress.profile.Profiles().forLanguage(lang).list("conjunctions"));
        return new BlockBuilder(new Dehyphenator("", conjunctions), null,
                new LineStarts(Pattern.compile("(?i)^Article\\s+\\d+$"), Pattern.compile("(?i)^Article\\s+\\d+$"), null, null, null));
    }

    /**
     * The DK AI strategy's PDF, as PDFBox gives it: a list item whose line ends in "and" is set apart
     * from its last word by a paragraph break. No title or sentence ends in a conjunction (profile
     * "conjunctions"): the item goes on; the item before it, ending in a full word, stays apart.
     */
    @Test
    void aLineEndingInAConjunctionGoesOnPastABreakThePdfStripperSet() {
        String page = String.join("\n",
                "The government will implement the following initiatives:",
                "",
                "1.\t Dialogue with research funding foundations on artificial intelligence.",
                "2.\t Stronger digital competences in central government",
                "3.\t Strong Danish participation in the EU Framework Programme for Research and ",
                "",
                "Innovation",
                "4.\t Stronger digital competences through adult, continuing and further education",
                "");
        List<String> blocks = texts(builderFor("en").build(List.of(new Page(1, List.of(page.split("\n", -1))))));
        assertTrue(blocks.stream().anyMatch(b -> b.matches("3\\.\\s+Strong Danish participation in the EU Framework Programme for Research and Innovation")),
                blocks.toString());
        assertTrue(blocks.stream().anyMatch(b -> b.matches("2\\.\\s+Stronger digital competences in central government")), blocks.toString());
        assertEquals(5, blocks.size(), blocks.toString());
    }

    /** The Romanian memorandum's PDF: "c) Consiliul Economic şi" / "" / "Social", one item. */
    @Test
    void aRomanianConjunctionAtALinesEndGoesOnToo() {
        String page = String.join("\n",
                "5. Informaţii privind avizarea",
                "de către:",
                "a) Consiliul Legislativ",
                "c) Consiliul Economic şi ",
                "",
                "Social  ",
                "d) Consiliul Concurenţei",
                "");
        List<String> blocks = texts(builderFor("ro").build(List.of(new Page(1, List.of(page.split("\n", -1))))));
        assertTrue(blocks.stream().anyMatch(b -> b.strip().equals("c) Consiliul Economic şi Social")), blocks.toString());
    }
}
