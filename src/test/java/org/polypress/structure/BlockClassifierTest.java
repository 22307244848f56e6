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
        assertEquals(2, classify("nl", "2.1 Internationale belangen").depth());
        assertEquals(Classified.Kind.PROSE, classify("nl", "Nederland zet in op een open, veilig en vrij cyberdomein.").kind());
    }
}
