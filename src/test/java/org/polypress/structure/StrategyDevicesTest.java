package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.clean.Block;
import org.polypress.clean.Cleaner;
import org.polypress.ingest.LayoutEvidence;
import org.polypress.profile.LanguageProfile;
import org.polypress.profile.Profiles;

/**
 * Devices of national strategies and white papers: an enumeration of numbered lines that head
 * nothing (a list, not headings), the empty numbered fields of a form (headings all the same), and
 * statements set apart in italic that head the passage after them (callouts).
 */
class StrategyDevicesTest {
    private static final Profiles PROFILES = new Profiles();

    /** The Danish national AI strategy (2019), pdftotext: the focus areas, a list under a lead-in. */
    private static final String FOCUS_AREAS = String.join("\n",
            "Cohesive initiatives",
            "With this strategy, the Danish government is paving the way for Denmark to take the lead in",
            "responsible development and use of artificial intelligence.",
            "The government will implement targeted efforts within four focus areas:",
            "",
            "Four focus areas",
            "1. A responsible foundation for artificial intelligence",
            "2. More and better data",
            "3. Strong competences and new knowledge",
            "4. Increased investment",
            "",
            "In order to ensure that specific experience from relevant areas of society is gathered",
            "immediately, the government will set goals for work on artificial intelligence within specific",
            "priority areas.",
            "");

    /** A Romanian "notă de fundamentare": numbered fields, some empty, numbering going on after text. */
    private static final String FORM = String.join("\n",
            "Secţiunea a 4-a",
            "Impactul financiar asupra bugetului general consolidat",
            "",
            "1. Modificări ale veniturilor bugetare, plus/minus",
            "",
            "2. Modificări ale cheltuielilor bugetare, plus/minus",
            "",
            "3. Impact financiar, plus/minus",
            "",
            "Creşterea încasărilor valutare prin creşterea numarului de contracte încheiate la export.",
            "",
            "4. Propuneri pentru acoperirea creşterii cheltuielilor bugetare",
            "",
            "Nu este cazul.",
            "");

    private static List<String> outline(List<Node> nodes) {
        return outline(nodes, false);
    }

    private static List<String> outline(List<Node> nodes, boolean withProse) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Node.Container c) {
                out.add("H " + c.num() + " " + c.heading());
                out.addAll(outline(c.children(), withProse));
            } else if (n instanceof Node.Unit u) {
                out.add(u.kind() + " " + u.num() + " " + u.text());
            } else if (n instanceof Node.Prose p && withProse) {
                out.add("P " + p.text());
            } else if (n instanceof Node.ListBlock l) {
                out.addAll(outline(List.copyOf(l.items()), withProse));
            }
        }
        return out;
    }

    @Test
    void numberedLinesWithNothingUnderThemAreAList() {
        DocumentTree t = StructureFixtures.tree("en", FOCUS_AREAS);
        List<String> units = outline(t.main().body()).stream().filter(s -> !s.startsWith("H ")).toList();
        assertEquals(List.of(
                "ITEM 1. A responsible foundation for artificial intelligence",
                "ITEM 2. More and better data",
                "ITEM 3. Strong competences and new knowledge",
                "ITEM 4. Increased investment"), units);
    }

    /**
     * The DK AI strategy's PDF (PDFBox): the initiatives' list, whose first item reads as a sentence
     * ("... on artificial intelligence.") and whose others read as titles: one list, all four items.
     */
    @Test
    void aListWhoseFirstItemIsASentenceIsStillOneList() {
        DocumentTree t = StructureFixtures.tree("en", String.join("\n",
                "Government initiatives",
                "Artificial intelligence places new demands on the labour market and competences. Consequently, the",
                "government has already launched a number of initiatives in the area.",
                "",
                "The government will implement the following initiatives:",
                "",
                "1.\t Dialogue with research funding foundations on artificial intelligence.",
                "2.\t Stronger digital competences in central government",
                "3.\t Strong Danish participation in the EU Framework Programme for Research and ",
                "",
                "Innovation",
                "4.\t Stronger digital competences through adult, continuing and further education",
                "",
                "The initiatives supplement existing efforts:",
                ""));
        List<String> units = outline(t.main().body()).stream().filter(s -> !s.startsWith("H ")).toList();
        assertEquals(List.of(
                "ITEM 1. Dialogue with research funding foundations on artificial intelligence.",
                "ITEM 2. Stronger digital competences in central government",
                "ITEM 3. Strong Danish participation in the EU Framework Programme for Research and Innovation",
                "ITEM 4. Stronger digital competences through adult, continuing and further education"),
                units.stream().map(u -> u.replaceAll("\\s+", " ")).toList());
    }

    @Test
    void emptyFieldsOfANumberedFormStayHeadings() {
        DocumentTree t = StructureFixtures.tree("ro", FORM);
        List<String> headings = outline(t.main().body()).stream().filter(s -> s.startsWith("H 1") || s.startsWith("H 2")
                || s.startsWith("H 3") || s.startsWith("H 4")).toList();
        assertEquals(List.of(
                "H 1 Modificări ale veniturilor bugetare, plus/minus",
                "H 2 Modificări ale cheltuielilor bugetare, plus/minus",
                "H 3 Impact financiar, plus/minus",
                "H 4 Propuneri pentru acoperirea creşterii cheltuielilor bugetare"), headings);
    }

    /**
     * The ANSSI NIS 2 brochure (2024), French PDF: its contents table as the content stream writes it,
     * the entries' frame, then the page numbers' frame, then the heading "Sommaire".
     */
    private static final String COLUMN_CONTENTS = String.join("\n",
            "Directive NIS 2", "Élever collectivement", "notre niveau de cybersécurité", "\f",
            "Le mot du directeur général", "",
            "Qu’est-ce que NIS 2 ?", "",
            "+ de 10 000 entités concernées sur", "18 secteurs d’activité", "",
            "Les secteurs concernés", "",
            "Quelles obligations pour les entités ?", "",
            "Les étapes de la transposition", "",
            "4", "", "5", "", "6", "", "8", "", "10", "", "14", "",
            "Sommaire", "\f",
            "Le mot du directeur général de l’ANSSI", "",
            "La directive NIS 2 permet d’élever le niveau global de cybersécurité par l’application de règles",
            "harmonisées et simplifiées.", "",
            "Face à une cybermenace qui s’accroît, NIS 2 relève le défi d’une meilleure sécurisation des tissus",
            "économique et administratif de la France.", "",
            "4", "\f",
            "La directive NIS 2", "",
            "La directive NIS 2 vise à renforcer le niveau de cybersécurité des pays membres de l’UE.", "",
            "L’enjeu est de mieux protéger les réseaux et les systèmes d’information.", "",
            "5", "");

    @Test
    void aContentsTableReadColumnByColumnPairsItsEntriesWithTheirPages() {
        DocumentTree t = StructureFixtures.tree("fr", COLUMN_CONTENTS);
        assertEquals(List.of("Le mot du directeur général 4", "Qu’est-ce que NIS 2 ? 5",
                "+ de 10 000 entités concernées sur 18 secteurs d’activité 6", "Les secteurs concernés 8",
                "Quelles obligations pour les entités ? 10", "Les étapes de la transposition 14"), t.main().toc());
        assertEquals(List.of("H  Élever collectivement notre niveau de cybersécurité", "H  Le mot du directeur général de l’ANSSI",
                "H  La directive NIS 2"),
                outline(t.main().body()));
    }

    /**
     * The Danish AI strategy (2019), PDF: contents entries with dot leaders and, before each page
     * number, a symbol font's arrow that maps to no character (U+FFFD).
     */
    @Test
    void aSignBeforeTheLeadersPageNumberKeepsItAContentsEntry() {
        String text = String.join("\n",
                "National Strategy for", "Artificial Intelligence", "\f",
                "Indhold", "",
                "1. Vision and goals . . . . . . . . . . . . . . . . . . . .          \uFFFD 5", "",
                "2. Good starting point – but challenges as well . . . . . . .          \uFFFD 13", "",
                "Focus areas . . . . . . . . . . . . . . . . . . . . . . . . .          \uFFFD 23", "\f",
                "1. Vision and goals", "",
                "Denmark is to be a front-runner in responsible development and use of artificial intelligence.", "",
                "The government will implement targeted efforts within four focus areas.", "\f",
                "2. Good starting point – but challenges as well", "",
                "Denmark has a good starting point for artificial intelligence.", "",
                "Danish businesses are among the most digitised in Europe.", "",
                "The public sector has a long tradition of using data.", "\f",
                "Focus areas", "",
                "The strategy sets out four focus areas for the efforts of the government.", "",
                "Each focus area has its own initiatives.", "");
        DocumentTree t = StructureFixtures.tree("en", text);
        assertEquals(3, t.main().toc().size(), t.main().toc().toString());
        assertTrue(t.main().toc().get(0).contains("Vision and goals . . ."), t.main().toc().get(0));
    }

    /** Page numbers in another order than their entries' are no contents: the blocks stay text. */
    @Test
    void numbersThatDecreaseAreNoContentsTable() {
        DocumentTree t = StructureFixtures.tree("fr", COLUMN_CONTENTS.replace("\n8\n\n10\n", "\n10\n\n8\n"));
        assertEquals(List.of(), t.main().toc());
    }

    /** The German AI strategy (2018), PDF: measures set apart in italic, each heading its passage. */
    private static final String[] STRATEGY = {
        "The vast majority of the feedback garnered approved of the approach chosen by the Federal",
        "Government: a broad-based, decentralised one that aims at establishing a vibrant AI ecosystem.",
        "",
        "We will further develop our existing Centres of Excellence for AI at supra-regional level,",
        "and develop them into a national network of at least twelve centres and application hubs.",
        "",
        "We want to continue on the path of establishing (supra-)regional Centres of Excellence for AI",
        "and expanding these. This is especially important given that Germany’s scientific expertise.",
        "",
        "We will establish regional Centres of Excellence for Labour Research in order to better",
        "dovetail labour research in the age of AI with labour design in actual companies.",
        "",
        "The world of work will change as AI is increasingly implemented. The division of labour",
        "between humans and machines will be rethought.",
    };

    private static DocumentTree pdf(String[] lines, int... italic) {
        List<LayoutEvidence.StyledLine> styled = new ArrayList<>();
        for (int i : italic) {
            styled.add(new LayoutEvidence.StyledLine(1, lines[i], 10, false, true));
        }
        LanguageProfile p = PROFILES.forLanguage("en");
        LayoutEvidence layout = new LayoutEvidence(10, List.of(), styled);
        return new StructureBuilder(java.time.Clock.systemUTC())
                .build(new Cleaner().clean(String.join("\n", lines) + "\n", p, layout), p);
    }

    @Test
    void italicStatementsThatRecurHeadThePassageAfterThem() {
        List<String> headings = outline(pdf(STRATEGY, 3, 4, 9, 10).main().body()).stream()
                .filter(s -> s.startsWith("H ")).toList();
        assertEquals(List.of(
                "H  We will further develop our existing Centres of Excellence for AI at supra-regional level, and develop them into a national network of at least twelve centres and application hubs.",
                "H  We will establish regional Centres of Excellence for Labour Research in order to better dovetail labour research in the age of AI with labour design in actual companies."),
                headings);
    }

    @Test
    void oneItalicSentenceIsEmphasisAndARunOfThemAPassage() {
        assertEquals(List.of(), outline(pdf(STRATEGY, 3, 4).main().body()).stream().filter(s -> s.startsWith("H ")).toList(),
                "one italic sentence is emphasis");
        assertEquals(List.of(), outline(pdf(STRATEGY, 3, 4, 6, 7, 9, 10).main().body()).stream()
                .filter(s -> s.startsWith("H ")).toList(), "consecutive italic paragraphs are a passage in italic");
    }

    /** The Danish strategy's closing overview: decimal numbers heading nothing are a list too. */
    @Test
    void decimalNumbersHeadingNothingAreAList() {
        DocumentTree t = StructureFixtures.tree("en", String.join("\n",
                "Initiatives in the strategy",
                "",
                "1.1 Ethical principles for artificial intelligence",
                "1.2 Establishment of the Data Ethics Council",
                "1.3 Security and artificial intelligence",
                "",
                "The government will follow up on the initiatives every year.",
                ""));
        List<String> units = outline(t.main().body()).stream().filter(s -> !s.startsWith("H ")).toList();
        assertEquals(List.of("ITEM 1.1 Ethical principles for artificial intelligence",
                "ITEM 1.2 Establishment of the Data Ethics Council", "ITEM 1.3 Security and artificial intelligence"), units);
    }

    /**
     * The Danish strategy (2019), pdftotext: a chapter's number alone above its title, an
     * initiative labelled "Initiative 1.2:", and a heading run into its text.
     */
    private static final String CHAPTER = String.join("\n",
            "National Strategy for Artificial Intelligence",
            "",
            "Artificial intelligence is the next step in digital development, and it is already a part of",
            "our everyday lives.",
            "",
            "1",
            "",
            "Vision and goals",
            "",
            "Denmark is to be a front-runner in responsible development and",
            "use of artificial intelligence.",
            "",
            "Initiative 1.2: Establishment of the Data Ethics Council",
            "The government will establish the Data Ethics Council in 2019 to make recommendations and",
            "support broad public debate on issues regarding data ethics, including artificial intelligence.",
            "",
            "Need for a common ethical framework for artificial intelligence",
            "Artificial intelligence entails an entirely new way of making decisions, in which computers",
            "and algorithms play a larger role. For example, the introduction of self-learning algorithms",
            "on social media creates uncertainty regarding the extent to which we can rely on",
            "recommendations from intelligent systems.",
            "");

    @Test
    void aChapterNumberAloneNumbersTheTitleUnderIt() {
        List<String> o = outline(StructureFixtures.tree("en", CHAPTER).main().body()).stream()
                .filter(s -> s.startsWith("H ")).toList();
        assertEquals("H 1 Vision and goals", o.get(0));
    }

    @Test
    void aLabelledNumberNumbersItsHeading() {
        List<String> headings = outline(StructureFixtures.tree("en", CHAPTER).main().body()).stream()
                .filter(s -> s.startsWith("H ")).toList();
        assertEquals(List.of("H 1 Vision and goals", "H Initiative 1.2: Establishment of the Data Ethics Council",
                "H  Need for a common ethical framework for artificial intelligence"), headings);
    }

    /** ANSSI's NIS 2 brochure (2024), pdftotext: an infographic's labels under a question. */
    private static final String SECTORS = String.join("\n",
            "The NIS 2 Directive",
            "Collectively raising our level",
            "of cybersecurity",
            "",
            "A word from the Director General",
            "",
            "The NIS 2 Directive raises the overall level of cybersecurity through the implementation of",
            "harmonised and simplified rules.",
            "",
            "Which sectors?",
            "",
            "Healthcare",
            "",
            "Energy",
            "",
            "Transport",
            "",
            "Drinking water",
            "",
            "What obligations do entities have?",
            "",
            "The mechanisms for identifying the entities affected by the NIS 2 Directive will be specified.",
            "");

    @Test
    void aRunOfShortLinesWithNothingBetweenIsLabelsUnderTheFirst() {
        List<String> o = outline(StructureFixtures.tree("en", SECTORS).main().body(), true);
        int at = o.indexOf("H  Which sectors?");
        assertTrue(at >= 0, "a short question is a heading: " + o);
        assertEquals(List.of("H  Which sectors?", "P Healthcare", "P Energy", "P Transport", "P Drinking water",
                "H  What obligations do entities have?"), o.subList(at, at + 6),
                "the labels under it are not headings; the last of the run heads the text after it");
        DocumentTree t = StructureFixtures.tree("en", SECTORS);
        assertEquals("The NIS 2 Directive", t.metadata().title(), "the title block is not a run of labels");
    }
    /**
     * ANSSI's NIS 2 brochure (2024), French, pdftotext: the contents name "+ de 10 000 entités
     * concernées sur 18 secteurs d’activité" (wrapped after "sur" there, before it on its page); on its
     * page it stands among short lines (the foreword's signature above, the next heading below), a run
     * of labels by its shape, and is a heading because the contents say so. "Se préparer avec
     * MonEspaceNIS2 pour élever son niveau de cybersécurité" ends where its entry does, though
     * pdftotext ran "Services disponibles" into it.
     */
    private static final String CONTENTS = String.join("\n",
            "Directive NIS 2",
            "Élever collectivement",
            "notre niveau de cybersécurité",
            "",
            "Sommaire",
            "Le mot du directeur général",
            "",
            "4",
            "",
            "+ de 10 000 entités concernées sur",
            "18 secteurs d’activité",
            "",
            "6",
            "",
            "Les entités essentielles (EE)",
            "et entités importantes (EI)",
            "",
            "7",
            "",
            "Se préparer avec MonEspaceNIS2",
            "pour élever son niveau de cybersécurité",
            "",
            "12",
            "",
            "Le mot du directeur général",
            "",
            "L’ANSSI, en tant qu’autorité nationale en matière de",
            "cybersécurité et de cyberdéfense, pilote la transposition en",
            "droit national de la directive et assure sa mise en œuvre.",
            "",
            "Vincent Strubel",
            "Directeur général de l’Agence nationale de la sécurité",
            "des systèmes d’information (ANSSI)",
            "",
            "\f+ de 10 000 entités concernées",
            "sur 18 secteurs d’activité",
            "",
            "Les entités essentielles (EE)",
            "et entités importantes (EI)",
            "Pour garantir une proportionnalité de traitement, la",
            "directive NIS 2 distingue deux catégories d’entités régulées :",
            "",
            "\fSe préparer avec MonEspaceNIS2",
            "",
            "pour élever son niveau de cybersécurité",
            "Services disponibles",
            "",
            "À venir prochainement",
            "");

    @Test
    void aBlockThatReadsAsAnEntryOfTheContentsIsAHeading() {
        List<String> o = outline(StructureFixtures.tree("fr", CONTENTS).main().body(), true);
        assertTrue(o.contains("H  + de 10 000 entités concernées sur 18 secteurs d’activité"), o.toString());
        assertTrue(o.contains("H  Les entités essentielles (EE) et entités importantes (EI)"), o.toString());
        assertTrue(o.contains("H  Se préparer avec MonEspaceNIS2 pour élever son niveau de cybersécurité"), o.toString());
        assertTrue(o.contains("H  Services disponibles"), "the heading run into the entry's is one of its own: " + o);
    }
    /** The German AI strategy (2018), pdftotext: objectives I. to III., lettered a. to n. across them. */
    private static final String OBJECTIVES = String.join("\n",
            "Objectives",
            "",
            "I.\tWe want to make Germany and Europe a leading centre for AI and thus help safeguard Germany\u2019s competitiveness in the future.",
            "a. The Federal Government is committed to achieving and maintaining leading global excellence in the research,",
            "development and application of AI in Germany and Europe.",
            "b. We want to broaden the strong scientific basis for AI that we have in Germany and link it up with other",
            "promising technological developments.",
            "c. We want Germany to build upon its very good position in AI research.",
            "\fII. We want a responsible development and use of AI which serves the good of society.",
            "d. The Federal Government sees it as its duty to drive forward the responsible use of AI which serves the good of",
            "society. Here, we are adhering to ethical and legal principles.",
            "III. We will integrate AI in society in ethical, legal, cultural and institutional terms.",
            "e. We are working to ensure that the development and use of AI applications is people-focused.",
            "");

    @Test
    void lettersAndRomanNumeralsWithAStopNumberParagraphsInARun() {
        List<String> units = unitsDeep(StructureFixtures.tree("en", OBJECTIVES).main().body());
        List<String> numbered = units.stream().filter(s -> s.matches("^[A-Z]+ (I|II|III|[a-e])\\. .*")).map(s -> s.split(" ")[1]).toList();
        assertEquals(List.of("I.", "a.", "b.", "c.", "II.", "d.", "III.", "e."), numbered, units.toString());
    }

    /**
     * ANSSI's NIS 2 brochure (2024), English, pdftotext: three services numbered in large type, the
     * numbers "1" and "3" on lines of their own (the first right under "Available services"), "2" run
     * into its title.
     */
    private static final String SERVICES = String.join("\n",
            "Prepare to raise your level of cybersecurity",
            "",
            "with MonEspaceNIS2",
            "Available services",
            "1",
            "",
            "Discover the NIS 2 Directive and stay informed",
            "",
            "Learn more about the NIS 2 Directive and keep abreast of developments in the transposition.",
            "",
            "2 Find out if your entity is subjected to the Directive",
            "",
            "Take an online test to find out if your entity is subjected to the NIS 2 Directive.",
            "",
            "Coming soon",
            "3",
            "",
            "Registering with ANSSI",
            "",
            "An online registration service will facilitate the transmission of information.",
            "");

    @Test
    void aNumberOnALineOfItsOwnAndANumberInSequenceNumberTheirHeadings() {
        List<String> headings = outline(StructureFixtures.tree("en", SERVICES).main().body()).stream()
                .filter(h -> h.startsWith("H ")).toList();
        assertTrue(headings.contains("H  Available services"), headings.toString());
        assertTrue(headings.contains("H 1 Discover the NIS 2 Directive and stay informed"), headings.toString());
        assertTrue(headings.contains("H 2 Find out if your entity is subjected to the Directive"), headings.toString());
        assertTrue(headings.contains("H 3 Registering with ANSSI"), headings.toString());
    }

    /**
     * ANSSI's NIS 2 brochure (2024), English PDF: its content stream writes the contents' entries, each
     * ending with its page number, and then the heading "Table of contents".
     */
    @Test
    void contentsWhoseHeadingFollowsTheirEntriesAreContents() {
        String text = String.join("\n",
                "The NIS 2 Directive",
                "Collectively raising our level of cybersecurity",
                "",
                "\fA word from the Director General  4",
                "",
                "What is NIS 2?  5",
                "",
                "In which sectors?  8",
                "",
                "The transposition stages  14",
                "",
                "Table of contents",
                "",
                "\fA word from the Director General",
                "",
                "The NIS 2 Directive raises the overall level of cybersecurity through the implementation of",
                "harmonised and simplified rules.",
                "",
                "The NIS 2 Directive aims to strengthen the level of cybersecurity of the economic and",
                "administrative fabric of EU Member States.",
                "",
                "Faced with a growing cyber threat, NIS 2 rises to the challenge of better securing the",
                "economic and administrative fabric of France.",
                "",
                "The challenge is to better protect the networks and information systems used to provide",
                "essential services in key sectors of our society.",
                "",
                "ANSSI, as the national authority for cybersecurity and cyberdefence, is steering the",
                "transposition of the Directive into national law and ensuring its implementation.",
                "",
                "\fWhat is NIS 2?",
                "",
                "The NIS 2 Directive broadens the scope of the entities and sectors concerned.",
                "",
                "\fIn which sectors?",
                "",
                "Eighteen sectors of activity are concerned, from energy and transport to digital providers.",
                "",
                "Public administrations are concerned too, at the level of central government and regions.",
                "",
                "\fThe transposition stages",
                "",
                "The Directive was published in the Official Journal of the European Union in December 2022.",
                "",
                "Member States were to transpose it into national law by 17 October 2024.",
                "");
        DocumentTree t = StructureFixtures.tree("en", text);
        assertEquals(List.of("A word from the Director General  4", "What is NIS 2?  5", "In which sectors?  8",
                "The transposition stages  14"), t.main().toc());
        assertTrue(outline(t.main().body()).contains("H  A word from the Director General"), outline(t.main().body()).toString());
    }

    /** Every unit, nested ones too, as "KIND num text". */
    private static List<String> unitsDeep(List<Node> nodes) {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Node.Container c) {
                out.addAll(unitsDeep(c.children()));
            } else if (n instanceof Node.Unit u) {
                out.add(u.kind() + " " + u.num() + " " + u.text());
                out.addAll(unitsDeep(u.children()));
            } else if (n instanceof Node.ListBlock l) {
                out.addAll(unitsDeep(List.copyOf(l.items())));
            }
        }
        return out;
    }

    private static Classified typed(Classified.Kind kind, String text, int page, Block.Type type) {
        return new Classified(kind, "", text, 0, new Block(text, page, 1, false, type));
    }

    /**
     * With the layout, a run of display-type lines that nothing follows on their page is a figure's
     * labels (the ANSSI NIS 2 brochure's PDF, p. 6: the grid of entity kinds under its heading); a run
     * of box headings whose bullets the content stream wrote after them (the DK AI strategy's PDF,
     * p. 13) stays headings.
     */
    @Test
    void displayLinesWithNothingAfterThemOnTheirPageAreLabels() {
        List<Classified> grid = new ArrayList<>(List.of(
                typed(Classified.Kind.PROSE, "ANSSI, as the national authority on cyber security and cyber defence, leads the transposition.", 5, Block.Type.BODY),
                typed(Classified.Kind.HEADING, "Over 10,000 entities involved, across 18 different sectors of activity", 6, Block.Type.LARGER),
                typed(Classified.Kind.HEADING, "Local authorities", 6, Block.Type.LARGER),
                typed(Classified.Kind.HEADING, "Medium-sized companies", 6, Block.Type.LARGER),
                typed(Classified.Kind.HEADING, "Public authorities", 6, Block.Type.LARGER),
                typed(Classified.Kind.HEADING, "Large companies", 6, Block.Type.LARGER),
                typed(Classified.Kind.HEADING, "Essential entities (EE) and Important entities (IE)", 7, Block.Type.LARGER),
                typed(Classified.Kind.PROSE, "To ensure proportionality of treatment, the NIS 2 Directive distinguishes two categories.", 7, Block.Type.BODY)));
        StructureBuilder.markLabelRuns(grid);
        assertEquals(List.of("PROSE", "HEADING", "PROSE", "PROSE", "PROSE", "PROSE", "HEADING", "PROSE"),
                grid.stream().map(c -> c.kind().name()).toList());
        List<Classified> boxes = new ArrayList<>(List.of(
                typed(Classified.Kind.BULLET, "• Better search for information and route planning.", 13, Block.Type.BODY),
                typed(Classified.Kind.HEADING, "For the individual", 13, Block.Type.LARGER),
                typed(Classified.Kind.HEADING, "For businesses", 13, Block.Type.LARGER),
                typed(Classified.Kind.HEADING, "For the public sector", 13, Block.Type.LARGER),
                typed(Classified.Kind.BULLET, "• Development of intelligent conveyor belts to predict maintenance needs.", 13, Block.Type.BODY)));
        StructureBuilder.markLabelRuns(boxes);
        assertEquals(List.of("BULLET", "HEADING", "HEADING", "HEADING", "BULLET"), boxes.stream().map(c -> c.kind().name()).toList());
    }
}
