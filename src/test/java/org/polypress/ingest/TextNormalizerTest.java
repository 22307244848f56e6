package org.polypress.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What extraction parsers hand over chunk by chunk: pairs split between chunks, halves without a pair. */
class TextNormalizerTest {

    @Test
    void aSurrogatePairSplitBetweenChunksStaysOneCharacter() throws LimitException {
        TextNormalizer sink = new TextNormalizer(16, 1_000);
        String flag = "🇪🇺"; // two code points outside the Basic Multilingual Plane, four chars
        sink.append("EU " + flag.substring(0, 1));
        sink.append(flag.substring(1) + " flag");
        assertEquals("EU 🇪🇺 flag", sink.text());
        assertEquals(null, sink.controlWarning());
    }

    @Test
    void halvesWithoutTheirPairBecomeReplacementCharactersWithAWarning() throws LimitException {
        TextNormalizer sink = new TextNormalizer(16, 1_000);
        sink.append("a\uD83Cb\uDDEAc\uD83C");
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", sink.text());
        assertEquals("replaced 3 broken character(s) (half a UTF-16 surrogate pair) by U+FFFD", sink.controlWarning());
    }

    @Test
    void supplementaryNoncharactersAreRemovedByCodePoint() throws LimitException {
        TextNormalizer sink = new TextNormalizer(16, 1_000);
        sink.append("x" + new String(Character.toChars(0x1FFFE)) + "y\uFDEFz");
        assertEquals("xyz", sink.text());
        assertEquals(Map.of("U+1FFFE", 1L, "U+FDEF", 1L), sink.removedNoncharacters());
    }
}
