package org.polypress.publish.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters of a document the PDF edition's fonts cannot draw. The stylesheet sets text in
 * the fallback chain "DejaVu Serif, DejaVu Sans" ({@code xslt/fo/page.xsl}), and FOP takes each
 * character from the first font of the chain that has it: together they cover the scripts the EU
 * publishes in (Latin, Greek, Cyrillic) and also Arabic, Hebrew, Armenian, Georgian and most
 * symbols. A character neither regular face has prints as "#" (FOP's missing-glyph mark).
 *
 * <p>FOP's own reports cannot serve: it names a character outside the Basic Multilingual Plane by
 * its low 16 bits ("0xf1ea" for U+1F1EA), and says nothing for characters shaped as a script
 * (Thai, Devanagari clusters). This reads the fonts' character maps once and names each missing
 * character once, by its true code point, in order. White space and invisible format characters
 * (joiners, direction marks) draw nothing and are not counted. Thread-safe.
 */
final class FontCoverage {
    /** The regular faces of the chain, in its order. */
    static final List<String> CHAIN = List.of("DejaVu Serif", "DejaVu Sans");
    private static final List<String> FILES = List.of("fonts/dejavu/DejaVuSerif.ttf", "fonts/dejavu/DejaVuSans.ttf");

    private static final BitSet COVERED = load();

    private FontCoverage() {
    }

    private static BitSet load() {
        BitSet covered = new BitSet(Character.MAX_CODE_POINT + 1);
        for (String file : FILES) {
            try (InputStream in = FontCoverage.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + file);
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                try {
                    covered.or(characters(font));
                } finally {
                    font.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + file, e);
            }
        }
        return covered;
    }

    /**
     * The characters the font's Unicode character map gives a glyph (other than .notdef): read from
     * the map glyph by glyph (a few thousand glyphs), not by asking for every one of the 1.1 million
     * code points (a third of a second at start, before the JIT has compiled the look-up).
     */
    static BitSet characters(TrueTypeFont font) throws IOException {
        BitSet chars = new BitSet();
        CmapLookup cmap = font.getUnicodeCmapLookup();
        for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
            List<Integer> codes = cmap.getCharCodes(gid);
            if (codes != null) {
                for (int cp : codes) {
                    if (cp >= 0 && cp <= Character.MAX_CODE_POINT && cmap.getGlyphId(cp) > 0) {
                        chars.set(cp);
                    }
                }
            }
        }
        return chars;
    }

    /** Whether the chain draws the character (white space and format characters need no glyph). */
    static boolean covers(int cp) {
        return COVERED.get(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL;
    }

    /** The characters of the document's text (all its text nodes) that the chain lacks, in code point order. */
    static List<Integer> missing(XdmNode document) {
        TreeSet<Integer> missing = new TreeSet<>();
        collect(document, missing);
        return new ArrayList<>(missing);
    }

    /** The characters of a text that the chain lacks, in code point order. */
    static List<Integer> missing(CharSequence text) {
        TreeSet<Integer> missing = new TreeSet<>();
        scan(text, missing);
        return new ArrayList<>(missing);
    }

    private static void collect(XdmNode node, TreeSet<Integer> into) {
        node.select(net.sf.saxon.s9api.streams.Steps.descendant()).forEach(n -> {
            if (n.getNodeKind() == XdmNodeKind.TEXT) {
                scan(n.getUnderlyingNode().getUnicodeStringValue().toString(), into);
            }
        });
    }

    private static void scan(CharSequence text, TreeSet<Integer> into) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (!covers(cp)) {
                into.add(cp);
            }
            i += Character.charCount(cp);
        }
    }

    /**
     * The report's sentence for a missing character: "U+1F1EA 🇪 (REGIONAL INDICATOR SYMBOL LETTER
     * E) is not available in fonts DejaVu Serif, DejaVu Sans: printed as # in the PDF (the XML and
     * HTML editions have it)". Contains {@link PdfEdition#MISSING_GLYPH}.
     */
    static String warning(int cp) {
        String name = Character.getName(cp);
        return String.format("U+%04X", cp) + " " + new String(Character.toChars(cp))
                + (name == null ? "" : " (" + name + ")") + " is " + PdfEdition.MISSING_GLYPH + "s "
                + String.join(", ", CHAIN) + ": printed as # in the PDF (the XML and HTML editions have it)";
    }
}
