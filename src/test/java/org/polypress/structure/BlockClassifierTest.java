package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.polypress.clean.Block;
import org.polypress.profile.Profiles;

class BlockClassifierTest {
    private static final Profiles PROFILES = new Profiles();

    private static Classified classify(String lang, String text) {
        return new BlockClassifier(PROFILES.forLanguage(lang)).classify(new Block(text, 1, 1, false));
    }

    @Test
    void labelsWithTheNumberBeforeOrAfterTheWord() {
        assertEquals(Classified.Kind.WORD_HEADING, classify("en", "Article 5").kind());
        assertEquals(Classified.Kind.WORD_HEADING, classify("hu", "1. cikk").kind());
        assertEquals(Classified.Kind.WORD_HEADING, classify("lt", "I SKYRIUS").kind());
        assertEquals(Classified.Kind.WORD_HEADING, classify("nl", "Hoofdstuk II").kind());
        assertEquals(Classified.Kind.ARTICLE_TEXT, classify("pl", "Art. 2a. 1. Każdemu przysługuje prawo.").kind());
        // A structure word without a number is not a heading label.
        assertEquals(Classified.Kind.HEADING, classify("en", "Title of the programme").kind());
    }

    @Test
    void unitsCitationsRecitalsAndFormulas() {
        assertEquals(Classified.Kind.CITATION, classify("nl", "– gezien artikel 110, lid 2, van zijn Reglement,").kind());
        assertEquals(Classified.Kind.RECITAL, classify("nl", "A. overwegende dat de cyberspace open moet blijven;").kind());
        assertEquals(Classified.Kind.RECITAL, classify("el", "Α. λαμβάνοντας υπόψη ότι η Ένωση το αποφάσισε·").kind());
        assertEquals(Classified.Kind.PARAGRAPH, classify("en", "12. Calls on the Member States to act;").kind());
        assertEquals(Classified.Kind.POINT, classify("pl", "1) organy władzy publicznej;").kind());
        assertEquals(Classified.Kind.BULLET, classify("nl", "• de vooruitgang die de lidstaten hebben geboekt;").kind());
        assertEquals(Classified.Kind.FORMULA, classify("en", "THE EUROPEAN COMMISSION,").kind());
        assertEquals(Classified.Kind.RECITALS_INTRO, classify("en", "Whereas:").kind());
        assertEquals(Classified.Kind.ENACTING, classify("en", "HAS ADOPTED THIS REGULATION:").kind());
        assertEquals(Classified.Kind.NUM_HEADING, classify("nl", "2.1 Internationale belangen").kind());
        // Inserted units keep their neighbours' numbers and add a letter (Dziennik Ustaw 2015 poz. 2058).
        Classified inserted = classify("pl", "1a. (utracił moc)");
        assertEquals(Classified.Kind.PARAGRAPH, inserted.kind());
        assertEquals("1a.", inserted.num());
        assertEquals("(utracił moc)", inserted.text());
        assertEquals("4a)", classify("pl", "4a) Prezes Rady Ministrów,").num());
        assertEquals(Classified.Kind.PAREN_NUMBERED, classify("en", "(3a) The Commission should be empowered to act.").kind());
        assertEquals(2, classify("nl", "2.1 Internationale belangen").depth());
        assertEquals(Classified.Kind.PROSE, classify("nl", "Nederland zet in op een open, veilig en vrij cyberdomein.").kind());
    }

    private static Classified classify(String lang, String text, int lines, Block.Type type) {
        return new BlockClassifier(PROFILES.forLanguage(lang)).classify(new Block(text, 1, lines, false, type));
    }

    @Test
    void aBlockInDisplayTypeIsAHeadingWhereItsShapeSaysProse() {
        // ANSSI NIS 2 brochure, p. 5: a question set in 19 pt over a 10 pt body.
        assertEquals(Classified.Kind.PROSE, classify("en", "What is NIS 2?", 1, Block.Type.BODY).kind(),
                "with the layout known, a question in body type is prose");
        assertEquals(Classified.Kind.HEADING, classify("en", "What is NIS 2?", 1, Block.Type.LARGER).kind());
        assertEquals(Classified.Kind.HEADING, classify("en", "What is NIS 2?").kind(), "without it, a short question is a heading's shape");
        assertEquals(Classified.Kind.PROSE, classify("en",
                "Why should the entities that provide these services be subject to the same rules as the others?").kind());
        // Polish Journal of Laws 2015 item 2058, p. 1: the notice's title runs on in bold, in lower case.
        String title = "w sprawie ogłoszenia jednolitego tekstu ustawy o dostępie do informacji publicznej";
        assertEquals(Classified.Kind.PROSE, classify("pl", title, 1, Block.Type.UNKNOWN).kind());
        assertEquals(Classified.Kind.HEADING, classify("pl", title, 1, Block.Type.BOLD).kind());
        // A lead paragraph in 12 pt bold (Danish AI strategy, p. 15) ends with its full stop: prose.
        assertEquals(Classified.Kind.PROSE, classify("en", "Denmark has a good starting point – but other countries are "
                + "moving rapidly up the digital agenda.", 2, Block.Type.LARGER).kind());
    }

    @Test
    void aShortBlockInBodyTypeIsNotAHeadingWhenTheLayoutIsKnown() {
        // ANSSI NIS 2 brochure, p. 8: sector names in a diagram, in body type.
        assertEquals(Classified.Kind.HEADING, classify("en", "Drinking water").kind());
        assertEquals(Classified.Kind.PROSE, classify("en", "Drinking water", 1, Block.Type.BODY).kind());
        // Numbered headings keep their number as their evidence.
        assertEquals(Classified.Kind.NUM_HEADING, classify("nl", "2.1 Internationale belangen", 1, Block.Type.BODY).kind());
    }

    @Test
    void aNumberOrLabelInDisplayTypeNumbersTheHeading() {
        // Danish AI strategy, p. 7: "1  Vision and goals" in 28 pt, a number without its dot.
        Classified vision = classify("en", "1  Vision and goals", 1, Block.Type.LARGER);
        assertEquals(Classified.Kind.NUM_HEADING, vision.kind());
        assertEquals("1", vision.num());
        assertEquals("Vision and goals", vision.text());
        assertEquals(Classified.Kind.PROSE, classify("en", "1  Vision and goals", 1, Block.Type.BODY).kind());
        // Same document, p. 35: a roman number.
        assertEquals("II", classify("en", "II  More and better data", 1, Block.Type.LARGER).num());
        // EP resolution P9_TA(2023)0282, p. 15: a lettered heading in italic.
        Classified health = classify("en", "(a) Building the European Health Union for the prevention of, preparedness "
                + "for and response to cross-border health threats", 2, Block.Type.ITALIC);
        assertEquals(Classified.Kind.NUM_HEADING, health.kind());
        assertEquals("(a)", health.num());
        // Same document, p. 15: a heading in small capitals, numbered in parenthesised roman.
        Classified prevention = classify("en", "(I) EU PREVENTION OF, PREPAREDNESS FOR AND RESPONSE TO CROSS-BORDER HEALTH "
                + "THREATS", 2, Block.Type.SMALL_CAPS);
        assertEquals(Classified.Kind.NUM_HEADING, prevention.kind());
        assertEquals("(I)", prevention.num());
        assertEquals(Classified.Kind.POINT, classify("en", "(a) Building the European Health Union for the prevention of, "
                + "preparedness for and response to cross-border health threats", 2, Block.Type.BODY).kind());
    }

    /** ANSSI's NIS 2 brochure (PDF): the timeline's dates are set in bold over each step; they head nothing. */
    @Test
    void aDateAloneInDisplayTypeIsNoHeading() {
        BlockClassifier en = new BlockClassifier(PROFILES.forLanguage("en"));
        BlockClassifier fr = new BlockClassifier(PROFILES.forLanguage("fr"));
        assertEquals(Classified.Kind.PROSE, en.classify(new Block("December 27th, 2022", 14, 1, false, Block.Type.BOLD)).kind());
        assertEquals(Classified.Kind.PROSE, fr.classify(new Block("27 décembre 2022", 14, 1, false, Block.Type.BOLD)).kind());
        assertEquals(Classified.Kind.HEADING, en.classify(new Block("The transposition stages", 14, 1, false, Block.Type.BOLD)).kind());
    }

    /** "Initiative 1.2: ..." (the Danish AI strategy): the label word and number are the heading's num. */
    @Test
    void aLabelWordAndNumberBeforeAColonNumberAHeading() {
        Classified c = classify("en", "Initiative 1.2: Establishment of the Data Ethics Council");
        assertEquals(Classified.Kind.NUM_HEADING, c.kind());
        assertEquals("Initiative 1.2:", c.num());
        assertEquals("Establishment of the Data Ethics Council", c.text());
        assertEquals(2, c.depth());
        assertEquals(Classified.Kind.HEADING, classify("en", "Figure 3 Development of investments").kind(),
                "without a colon or dash the label is not set off");
    }

    /**
     * Dziennik Ustaw, pdftotext: "2.4) Obowiązane do udostępnienia ..." is paragraph 2 with note 4
     * called on its number. The note must survive the label's removal (it was lost with the label).
     */
    @Test
    void aNoteCalledOnALabelStaysWithTheTextAfterIt() {
        String text = "2." + org.polypress.clean.NoteRefs.ref(4) + " Obowiązane do udostępnienia informacji publicznej są organizacje.";
        Classified c = classify("pl", text);
        assertEquals("2.", c.num());
        assertEquals(org.polypress.clean.NoteRefs.ref(4) + "Obowiązane do udostępnienia informacji publicznej są organizacje.", c.text());
    }
}
