package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.clean.Block;

/** The structure stage's refinements: a table of named rules, each of which may fail alone. */
class RefinementsTest {

    private static Classified heading(String text) {
        return new Classified(Classified.Kind.HEADING, "", text, 0, new Block(text, 1, 1, false));
    }

    @Test
    void aRuleThatFailsLeavesTheBlocksAsTheyWereAndIsNamedInTheReport() {
        List<Classified> all = new ArrayList<>(List.of(heading("Which sectors?"), heading("Drinking water")));
        List<Classified> before = List.copyOf(all);
        List<String> warnings = new ArrayList<>();
        new StructureBuilder.Refinement("halfDone", blocks -> {
            blocks.remove(0); // a change made before the rule fails
            throw new IndexOutOfBoundsException("Index -1 out of bounds for length 1");
        }).applyTo(all, warnings);
        assertEquals(before, all);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("the structure rule halfDone failed on this document and was skipped"), warnings.get(0));
    }

    @Test
    void theRulesApplyInTheirTableOrder() {
        assertEquals(List.of("joinChapterNumbers", "numberInRunHeadings", "markLabelRuns", "markContentsHeadings",
                "markLetteredParagraphs", "markCallouts", "markNumberedLists"),
                StructureBuilder.refinements(List.of()).stream().map(StructureBuilder.Refinement::name).toList());
    }

    @Test
    void aRuleThatSucceedsKeepsItsChangesAndWarnsOfNothing() {
        List<Classified> all = new ArrayList<>(List.of(heading("Which sectors?")));
        List<String> warnings = new ArrayList<>();
        new StructureBuilder.Refinement("drop", blocks -> blocks.clear()).applyTo(all, warnings);
        assertEquals(List.of(), all);
        assertEquals(List.of(), warnings);
    }
}
