package org.polypress.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LetteredRunsTest {
    /** The German AI strategy (2018), pdftotext: objectives I. to III., lettered a. to n. across them; "d." lost. */
    @Test
    void aRunOfLettersAndOneOfRomanNumeralsAreLabels() {
        List<String> texts = List.of(
                "I. We want to make Germany and Europe a leading centre for AI.",
                "a. The Federal Government is committed to achieving and maintaining leading global excellence.",
                "b. We want to broaden the strong scientific basis for AI that we have in Germany.",
                "c. We want Germany to build upon its very good position in AI research.",
                "e. We want our specific data stock to be used to the benefit of our society.",
                "II. We want a responsible development and use of AI which serves the good of society.",
                "f. By expanding the smart infrastructure for real-time data transmission, we are creating a basis.",
                "III. We will integrate AI in society in ethical, legal, cultural and institutional terms.");
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7), LetteredRuns.labelled(texts));
    }

    /** Alone or out of order, such labels are text: a case name, a page, a date, initials. */
    @Test
    void labelsOutsideARunAreText() {
        List<String> texts = List.of(
                "v. Commission, the Court held that the measure was a State aid.",
                "p. 12 of the report.",
                "a. Smith and b. Jones signed it.",
                "b. The second point.",
                "I. Introduction",
                "III. Scope");
        assertEquals(Set.of(), LetteredRuns.labelled(texts));
        assertEquals(Set.of(), LetteredRuns.labelled(List.of("a. First.", "b. Second.")), "two labels are no run");
    }

    @Test
    void romanNumeralsAreReadOnlyWhenWrittenTheUsualWay() {
        assertEquals(4, LetteredRuns.romanValue("IV"));
        assertEquals(14, LetteredRuns.romanValue("XIV"));
        assertEquals(0, LetteredRuns.romanValue("IIII"));
        assertEquals(0, LetteredRuns.romanValue("VX"));
    }
}
