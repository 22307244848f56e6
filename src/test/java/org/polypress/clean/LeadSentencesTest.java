package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.TestTexts;
import org.polypress.profile.Profiles;

/**
 * Lead sentences in pdftotext's default output of a strategy (the German AI strategy, 2018: leads in
 * italic bold, a blank line before them, their passage straight after).
 */
class LeadSentencesTest {
    /** The strategy's body: its median wrapped line is 114 characters. */
    private static final int MEASURE = 114;

    private static final List<String> PASSAGE = List.of(
            "We want to continue on the path of establishing (supra-)regional Centres of Excellence for AI and expanding these.",
            "This is especially important given that Germany’s scientific expertise on AI and also its users and applications are not",
            "concentrated in one or just a handful of places, but are distributed across the entire country (as is the case of Europe",
            "as a whole).");

    private static final List<List<String>> LEADS = List.of(
            List.of("We will further develop our existing Centres of Excellence for AI at supra-regional level, establish",
                    "additional ones, and develop them into a national network of at least twelve centres and application",
                    "hubs. As we do so, we will be offering working conditions and remuneration that are internationally",
                    "attractive and competitive."),
            List.of("We will establish cooperative structures under a national research consortium and reinforce our",
                    "cooperation with external stakeholders."),
            List.of("We will establish regional Centres of Excellence for Labour Research in order to better dovetail",
                    "labour research in the age of AI with labour design in actual companies. The relevant Federal",
                    "Ministries will coordinate their transfer structures and develop a joint AI transfer concept."),
            List.of("The Federal Government will support B2B cooperation."));

    /** Each lead after a blank line, then its passage on the next line; each passage ends before a blank line. */
    private static LeadSentences.Result mark(List<List<String>> leads) {
        List<Block> blocks = new ArrayList<>();
        List<LeadSentences.Shape> shapes = new ArrayList<>();
        for (List<String> lead : leads) {
            blocks.add(new Block(String.join(" ", lead), 1, lead.size(), false));
            shapes.add(new LeadSentences.Shape(lead, 1, true));
            blocks.add(new Block(String.join(" ", PASSAGE), 1, PASSAGE.size(), false));
            shapes.add(new LeadSentences.Shape(PASSAGE, 0, false));
        }
        return LeadSentences.mark(blocks, shapes, MEASURE, line -> false);
    }

    @Test
    void leadsThatWrapShortOfTheMeasureAndTheOneLineLeadsBesideThemAreMarked() {
        LeadSentences.Result r = mark(LEADS);
        assertEquals(4, r.marked());
        assertEquals(3, r.proven());
        for (int i = 0; i < r.blocks().size(); i++) {
            assertEquals(i % 2 == 0 ? Block.Type.LEAD : Block.Type.UNKNOWN, r.blocks().get(i).type(), "block " + i);
        }
        // Only the type changes.
        assertTrue(r.blocks().get(6).text().equals("The Federal Government will support B2B cooperation."));
    }

    @Test
    void aLeadLinesBreakWhereTheNextWordWouldHaveFittedInBodyType() {
        assertTrue(LeadSentences.breaksEarly(LEADS.get(0), MEASURE));
        // A body paragraph's lines fill the measure: its next word did not fit.
        assertEquals(false, LeadSentences.breaksEarly(PASSAGE, MEASURE));
    }

    @Test
    void twoLeadsAreNoConventionAndNothingIsMarked() {
        LeadSentences.Result r = mark(LEADS.subList(0, 2));
        assertEquals(0, r.marked());
        assertTrue(r.blocks().stream().allMatch(b -> b.type() == Block.Type.UNKNOWN));
    }

    @Test
    void paragraphsThatFollowEachOtherWithoutABlankLineFillTheMeasureAndAreNoLeads() {
        // A document that parts its paragraphs by no blank line: every paragraph's lines fill the
        // measure, so the few short ones are no convention (here 3 of 7 wrapped blocks).
        List<List<String>> mixed = new ArrayList<>(LEADS.subList(0, 3));
        for (int i = 0; i < 4; i++) {
            mixed.add(List.of(PASSAGE.get(1), "concentrated in one or just a handful of places."));
        }
        assertEquals(0, mark(mixed).marked());
    }

    @Test
    void theStrategyAsPdftotextGivesItHasItsLeadsMarked() {
        CleanDocument clean = new Cleaner().clean(TestTexts.read("dev/en_de-ai-strategy-2018.txt"), new Profiles().forLanguage("en"));
        List<String> leads = clean.blocks().stream().filter(b -> b.type() == Block.Type.LEAD).map(Block::text).toList();
        assertTrue(leads.contains("We will establish cooperative structures under a national research consortium and reinforce our "
                + "cooperation with external stakeholders."), leads.toString());
        assertTrue(leads.contains("The Federal Government will support B2B cooperation."), leads.toString());
        assertTrue(leads.size() >= 40, leads.size() + " leads");
        assertTrue(clean.stats().warnings().stream().anyMatch(w -> w.contains("sentences set apart as leads")));
    }

    @Test
    void aResolutionInPdftotextTextHasNoLeads() {
        CleanDocument clean = new Cleaner().clean(TestTexts.read("clean/en_ep-ta-9-2023-0282_resolution-covid-lessons.txt"),
                new Profiles().forLanguage("en"));
        assertEquals(0, clean.blocks().stream().filter(b -> b.type() == Block.Type.LEAD).count());
    }
}
