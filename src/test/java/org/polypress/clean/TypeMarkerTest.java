package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.polypress.ingest.LayoutEvidence;
import org.polypress.ingest.LayoutEvidence.StyledLine;

class TypeMarkerTest {
    private static List<Block> mark(LayoutEvidence layout, Block... blocks) {
        return new TypeMarker(layout, t -> new GlyphNormalizer().normalize(t).text()).mark(List.of(blocks));
    }

    @Test
    void withoutEvidenceTheTypeStaysUnknown() {
        Block b = new Block("What is NIS 2?", 5, 1, false);
        assertEquals(List.of(b), mark(LayoutEvidence.NONE, b));
    }

    @Test
    void aBlockOfStyledLinesTakesTheirTypeEvenWhenJoinedAndDehyphenated() {
        // Danish AI strategy, p. 15 (8.5 pt body): a 32 pt heading over two lines, and body text.
        LayoutEvidence layout = new LayoutEvidence(8.5, List.of(), List.of(
                new StyledLine(15, "– but challenges", 32, true),
                new StyledLine(15, "as well", 32, true),
                new StyledLine(17, "Examples of artificial intelli-", 12, true),
                new StyledLine(17, "gence", 12, true),
                new StyledLine(20, "Few investments in Denmark", 8.5, true)));
        List<Block> out = mark(layout,
                new Block("– but challenges as well", 15, 2, false),
                new Block("Examples of artificial intelligence", 17, 2, false),
                new Block("Few investments in Denmark", 20, 1, false),
                new Block("Few investments in Denmark", 21, 1, false),
                new Block("Artificial intelligence is already being used in many of the products.", 15, 2, false));
        assertEquals(List.of(Block.Type.LARGER, Block.Type.LARGER, Block.Type.BOLD, Block.Type.BODY, Block.Type.BODY),
                out.stream().map(Block::type).toList());
    }

    @Test
    void aStyledHeadingRunIntoItsParagraphIsCutOffIt() {
        // Danish AI strategy, p. 17: a bold 10 pt box heading, joined to its text by the line joiner.
        LayoutEvidence layout = new LayoutEvidence(8.5, List.of(), List.of(
                new StyledLine(17, "Optimisation of the drinking water system in the", 10, true),
                new StyledLine(17, "City of Aarhus", 10, true)));
        String text = "Optimisation of the drinking water system in the City of Aarhus Production, treatment and "
                + "distribution of drinking water demands a lot of energy.";
        List<Block> out = mark(layout, new Block(text, 17, 4, false));
        assertEquals(List.of(
                new Block("Optimisation of the drinking water system in the City of Aarhus", 17, 2, false, Block.Type.LARGER),
                new Block("Production, treatment and distribution of drinking water demands a lot of energy.", 17, 2, false,
                        Block.Type.BODY)), out);
    }

    @Test
    void aBoldOpeningThatGoesOnInLowerCaseIsOneSentenceAndStaysWhole() {
        // German AI strategy, p. 6: a bullet whose first line only is bold.
        LayoutEvidence layout = new LayoutEvidence(9.5, List.of(), List.of(
                new StyledLine(6, "• Working with France, we will drive forward the development of a Franco-German research", 9.5, true)));
        Block b = new Block("• Working with France, we will drive forward the development of a Franco-German research "
                + "network (“virtual centre”) that is based on existing structures.", 6, 2, false);
        assertEquals(List.of(b.withType(Block.Type.BODY)), mark(layout, b));
    }

    /** EP texts adopted (P9_TA(2023)0282), page 1: the title in 14 pt over the resolution's name in 12 pt, joined as one block. */
    @Test
    void aTitleInLargerTypeOverItsSubtitleIsTwoHeadings() {
        LayoutEvidence layout = new LayoutEvidence(12, List.of(), List.of(
                new StyledLine(1, "COVID-19 pandemic: lessons learned and recommendations for the future", 14, true),
                new StyledLine(1, "European Parliament resolution of 12 July 2023 on the COVID-19 pandemic: lessons", 12, true),
                new StyledLine(1, "learned and recommendations for the future (2022/2076(INI))", 12, true)));
        List<Block> out = mark(layout, new Block("COVID-19 pandemic: lessons learned and recommendations for the future European "
                + "Parliament resolution of 12 July 2023 on the COVID-19 pandemic: lessons learned and recommendations for the future "
                + "(2022/2076(INI))", 1, 3, false));
        assertEquals(List.of("COVID-19 pandemic: lessons learned and recommendations for the future",
                "European Parliament resolution of 12 July 2023 on the COVID-19 pandemic: lessons learned and recommendations for the "
                        + "future (2022/2076(INI))"), out.stream().map(Block::text).toList());
        assertEquals(List.of(Block.Type.LARGER, Block.Type.BOLD), out.stream().map(Block::type).toList());
    }

    /** The same resolution, page 15: a heading in small capitals over two lines, the evidence has the first only. */
    @Test
    void aHeadingInCapitalsStaysWholeWhenTheEvidenceMissesItsLastLine() {
        LayoutEvidence layout = new LayoutEvidence(12, List.of(), List.of(new StyledLine(15,
                "(I) EU PREVENTION OF, PREPAREDNESS FOR AND RESPONSE TO CROSS-BORDER HEALTH", 9.5, false, false, true)));
        Block heading = new Block("(I) EU PREVENTION OF, PREPAREDNESS FOR AND RESPONSE TO CROSS-BORDER HEALTH THREATS", 15, 2, false);
        List<Block> out = mark(layout, heading);
        assertEquals(List.of(heading.withType(Block.Type.SMALL_CAPS)), out);
    }

    private static List<Block> markWithStarts(LayoutEvidence layout, Block... blocks) {
        LineStarts starts = new LineStarts(java.util.regex.Pattern.compile("(?i)^Chapter\\s+\\d+$"),
                java.util.regex.Pattern.compile("(?i)^Chapter\\s+\\d+$"), null, null, null);
        return new TypeMarker(layout, t -> new GlyphNormalizer().normalize(t).text(), starts).mark(List.of(blocks));
    }

    /**
     * Danish AI strategy, p. 50 and p. 13 (8.5 pt body), with the baselines PDFBox gives: a 14 pt
     * heading wrapped before a capital, which the line joiner set apart after its number, is one
     * heading; 13.5 pt headings of three boxes down the page (165 points apart) stay three.
     */
    @Test
    void aHeadingWrappedOverTwoLinesOfOneTypeIsOneHeading() {
        LayoutEvidence layout = new LayoutEvidence(8.5, List.of(), List.of(
                new StyledLine(50, "Initiative 3.3: Strong Danish participation in the EU", 14, true, false, false, 265.66),
                new StyledLine(50, "Framework Programme for Research and Innovation", 14, true, false, false, 280.66),
                new StyledLine(13, "For the individual", 13.5, true, false, false, 136.04),
                new StyledLine(13, "For businesses", 13.5, true, false, false, 301.76)));
        List<Block> out = markWithStarts(layout,
                new Block("Initiative 3.3: Strong Danish participation in the EU", 50, 1, false),
                new Block("Framework Programme for Research and Innovation", 50, 1, false),
                new Block("The EU Framework Programme for Research and Innovation has increased focus on AI.", 50, 1, false),
                new Block("For the individual", 13, 1, false),
                new Block("For businesses", 13, 1, false));
        assertEquals(List.of(
                "Initiative 3.3: Strong Danish participation in the EU Framework Programme for Research and Innovation",
                "The EU Framework Programme for Research and Innovation has increased focus on AI.",
                "For the individual", "For businesses"), out.stream().map(Block::text).toList());
        assertEquals(Block.Type.LARGER, out.get(0).type());
    }

    /**
     * Danish AI strategy, p. 15: a 32 pt title over three lines, "2 Good starting point" / "– but
     * challenges" / "as well"; its dash, then lower case, goes on with the title (a dash-bulleted item
     * opens with a capital).
     */
    @Test
    void aTitleGoesOnPastItsDashInLowerCase() {
        LayoutEvidence layout = new LayoutEvidence(8.5, List.of(), List.of(
                new StyledLine(15, "2 Good starting point", 32, true, false, false, 110.55),
                new StyledLine(15, "– but challenges", 32, true, false, false, 149.55),
                new StyledLine(15, "as well", 32, true, false, false, 188.55)));
        List<Block> out = markWithStarts(layout,
                new Block("2   Good starting point", 15, 1, false),
                new Block("– but challenges as well", 15, 2, false));
        assertEquals(List.of("2   Good starting point – but challenges as well"), out.stream().map(Block::text).toList());
    }
}
