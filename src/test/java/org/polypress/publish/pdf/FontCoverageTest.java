package org.polypress.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.BitSet;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FontCoverageTest {

    /** Read glyph by glyph, the map covers exactly the code points a look-up of each one finds. */
    @ParameterizedTest
    @ValueSource(strings = {"fonts/dejavu/DejaVuSerif.ttf", "fonts/dejavu/DejaVuSans.ttf"})
    void charactersAreThoseEveryCodePointLookUpFinds(String file) throws Exception {
        try (InputStream in = FontCoverageTest.class.getClassLoader().getResourceAsStream(file)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            try {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                BitSet everyOne = new BitSet();
                for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                    if (cmap.getGlyphId(cp) > 0) {
                        everyOne.set(cp);
                    }
                }
                assertTrue(everyOne.cardinality() > 3000, "a real character map: " + everyOne.cardinality());
                assertEquals(everyOne, FontCoverage.characters(font));
            } finally {
                font.close();
            }
        }
    }

    @Test
    void chainCoversEuScriptsButNotEmoji() {
        for (int cp : new int[] {'a', 'é', 'ő', 'Σ', 'ж', 'ș', '€'}) {
            assertTrue(FontCoverage.covers(cp), Integer.toHexString(cp));
        }
        assertFalse(FontCoverage.covers(0x1F1EA));
        assertEquals(List.of(0x1F1EA), FontCoverage.missing("EU \uD83C\uDDEA a"));
    }
}
