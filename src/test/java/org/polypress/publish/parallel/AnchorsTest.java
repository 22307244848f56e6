package org.polypress.publish.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The anchors of a passage: web addresses, numbers and coded names, read in time linear in the text. */
class AnchorsTest {
    @Test
    void webAddressesNumbersAndCodedNamesAreAnchors() {
        Set<String> a = Anchors.of("See www.europa.eu, https://eur-lex.europa.eu/eli/reg/2024/1772 and "
                + "name@ec.europa.eu for the 10 000 entities of NIS2 (ANSSI).");
        assertTrue(a.containsAll(Set.of("www.europa.eu", "eur-lex.europa.eu", "ec.europa.eu", "#10000", "NIS2",
                "ANSSI")), a.toString());
        assertEquals(Set.of(), Anchors.of("a sentence of plain words, with no anchor in it at all."));
    }

    @Test
    void aWordOfAMillionLettersIsReadInLinearTime() {
        // Issue 14: one word of 5 MB without a space. Every regular expression here must start only
        // at a word's start; the address pattern tried every letter of a word as its start and ran to
        // its end each time (a 100,000-letter word: 130 s behind the published document's log line).
        for (String word : new String[] {"x".repeat(1_000_000), "a.".repeat(500_000), "ab-".repeat(330_000),
            "Xx".repeat(500_000), "9".repeat(1_000_000)}) {
            Set<String> anchors = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Anchors.of("The word " + word + " ends."),
                    word.substring(0, 6) + "...");
            assertTrue(anchors.size() <= 2, anchors.size() + " anchors");
        }
    }
}
