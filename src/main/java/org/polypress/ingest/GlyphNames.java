package org.polypress.ingest;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of glyphs that a PDF maps to no character but names: a ligature named by the Adobe Glyph
 * List Specification's convention, its components joined by underscores ("f_i", "f_f_i", "T_h"),
 * in a simple font without a ToUnicode map, as the Danish national AI strategy (2019) sets "fi" and
 * "ffi". PDFBox finds no mapping for such a name and writes the glyph's code as a character instead
 * (a control character: "arti\u000Bcial"). The specification's rule maps it: the name up to its
 * first period, split at the underscores, each component mapped through the Adobe Glyph List (or
 * read as "uniXXXX", "uXXXX"); a name with a component that maps to nothing is left as it was. Pure.
 */
final class GlyphNames {
    private static final GlyphList AGL = GlyphList.getAdobeGlyphList();

    private GlyphNames() {
    }

    /** The glyph with its text from its name, when its font maps it to no character; else the glyph itself. */
    static TextPosition named(TextPosition glyph) {
        String text = textOf(glyph);
        if (text == null) {
            return glyph;
        }
        return new TextPosition(glyph.getRotation(), glyph.getPageWidth(), glyph.getPageHeight(), glyph.getTextMatrix(),
                glyph.getEndX(), glyph.getEndY(), glyph.getHeight(), glyph.getIndividualWidths()[0],
                glyph.getWidthOfSpace(), text, glyph.getCharacterCodes(), glyph.getFont(), glyph.getFontSize(),
                (int) glyph.getFontSizeInPt());
    }

    private static String textOf(TextPosition glyph) {
        PDFont font = glyph.getFont();
        int[] codes = glyph.getCharacterCodes();
        if (!(font instanceof PDSimpleFont simple) || codes == null || codes.length != 1
                || glyph.getIndividualWidths() == null || glyph.getIndividualWidths().length != 1) {
            return null;
        }
        try {
            if (font.toUnicode(codes[0]) != null) {
                return null;
            }
        } catch (RuntimeException e) {
            return null;
        }
        Encoding encoding = simple.getEncoding();
        String name = encoding == null ? null : encoding.getName(codes[0]);
        return name == null ? null : fromName(name);
    }

    /** A glyph name's text by the Adobe Glyph List Specification's rule; null when a component maps to nothing. */
    static String fromName(String name) {
        int period = name.indexOf('.');
        String base = period >= 0 ? name.substring(0, period) : name;
        if (base.indexOf('_') < 0) {
            return null; // a single name the glyph list did not map: nothing to compose
        }
        StringBuilder out = new StringBuilder();
        for (String component : base.split("_", -1)) {
            String mapped = component.isEmpty() ? null : AGL.toUnicode(component);
            if (mapped == null) {
                return null;
            }
            out.append(mapped);
        }
        return out.toString();
    }
}
