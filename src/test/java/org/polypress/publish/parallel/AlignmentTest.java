package org.polypress.publish.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of a side-by-side page: by eId where the structures agree, else by alignment; gaps shown. */
class AlignmentTest {
    @Test
    void agreeingStructuresPairByEid() {
        // Regulation (EU) 2024/1772, Article 1, in English and French (eur-lex.europa.eu).
        List<Block> en = List.of(Block.of(true, "art_1", "Article 1", "Subject matter"),
                Block.of(false, "art_1", "", "This Regulation lays down rules ..."));
        List<Block> fr = List.of(Block.of(true, "art_1", "Article premier", "Objet"),
                Block.of(false, "art_1", "", "Le présent règlement établit des règles ..."));
        assertTrue(Alignment.sameStructure(List.of(en, fr)));
        List<Block[]> rows = Alignment.rows(List.of(en, fr));
        assertEquals(2, rows.size());
        assertEquals("Objet", rows.get(0)[1].text());
    }

    /** ANSSI's NIS 2 brochure as pdftotext gives it: the English "3" sets its heading's number apart, the French text lost it. */
    @Test
    void aNumberOnOneSideOnlyDoesNotCountAgainstAPair() {
        java.util.Set<String> anchors = java.util.Set.of("ANSSI");
        Block en = new Block(true, "h_1", "3", "Registering with ANSSI", anchors);
        Block enUnnumbered = new Block(true, "h_1", "", "Registering with ANSSI", anchors);
        Block fr = new Block(true, "h_1", "", "Se déclarer auprès de l’ANSSI", anchors);
        Block fr2 = new Block(true, "h_1", "2", "Se déclarer auprès de l’ANSSI", anchors);
        assertEquals(Alignment.similarity(enUnnumbered, fr), Alignment.similarity(en, fr), 1e-9);
        assertTrue(Alignment.similarity(en, fr2) < Alignment.similarity(en, fr), "two different numbers do count against it");
    }

    @Test
    void aPassageOneVersionLacksIsMissingNotMisaligned() {
        // ANSSI's NIS 2 brochure: the English edition has a heading the French one sets elsewhere.
        List<Block> en = List.of(Block.of(true, "h_1", "", "Over 10,000 entities involved, across 18 different sectors of activity"),
                Block.of(true, "h_2", "", "Which sectors?"),
                Block.of(true, "h_3", "", "Essential entities (EE) and Important entities (IE)"));
        List<Block> fr = List.of(Block.of(true, "h_1", "", "+ de 10 000 entités concernées sur 18 secteurs d’activité"),
                Block.of(true, "h_2", "", "Les entités essentielles (EE) et entités importantes (EI)"));
        List<Block[]> rows = Alignment.rows(List.of(en, fr));
        assertEquals(3, rows.size());
        assertTrue(rows.get(0)[1].text().contains("10 000"));
        assertNull(rows.get(1)[1], "'Which sectors?' has no French counterpart here");
        assertTrue(rows.get(2)[1].text().contains("(EE)"));
    }

    @Test
    void anyNumberOfLanguages() {
        List<Block> en = List.of(Block.of(false, "p", "", "Over 10,000 entities in 18 sectors"));
        List<Block> fr = List.of(Block.of(false, "q", "", "+ de 10 000 entités sur 18 secteurs"));
        List<Block> de = List.of(Block.of(false, "r", "", "Über 10.000 Einrichtungen in 18 Sektoren"));
        List<Block[]> rows = Alignment.rows(List.of(en, fr, de));
        assertEquals(1, rows.size());
        assertEquals(3, java.util.Arrays.stream(rows.get(0)).filter(java.util.Objects::nonNull).count());
    }

    @Test
    void numbersAreComparedWhateverTheirSeparators() {
        assertEquals(Anchors.of("10,000 entities"), Anchors.of("10 000 entités"));
        assertEquals(Anchors.of("10.000 Einrichtungen"), Anchors.of("10 000 entités"));
        assertTrue(Anchors.of("MonEspaceNIS2 et l’ANSSI").containsAll(List.of("MonEspaceNIS2", "ANSSI")));
    }
}
