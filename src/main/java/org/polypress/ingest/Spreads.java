package org.polypress.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The spreads of a PDF: PDF pages that are two facing printed pages side by side, as layout programs
 * (InDesign's "Export as spreads", Scribus, Affinity Publisher) export a brochure: the cover and the
 * back page single, every other PDF page exactly twice as wide as they are and as high. Such a page is
 * read as two pages, left then right; read whole, its lines interleave with the facing page's.
 *
 * <p>The evidence, all of it required: the page is not rotated, is as high as a single page of the
 * same document (within {@value #SIZE_TOLERANCE} of it) and twice as wide, and no glyph stands in the
 * gutter (the middle {@value #GUTTER_SHARE} of the page's width): a title set across both pages keeps
 * the page whole. A document made only of spreads has no single page to compare with and is read
 * as its pages are. Immutable.
 */
final class Spreads {
    /** Page sizes of one document agree to a point or two; a hundredth of the size covers rounding. */
    static final double SIZE_TOLERANCE = 0.01;
    /**
     * The gutter that must be free of text, as a share of the spread's width on each side of its
     * middle: facing pages keep inner margins of a centimetre or more; 1 % of an A5 spread is 8 pt.
     */
    static final double GUTTER_SHARE = 0.01;

    static final Spreads NONE = new Spreads(Map.of());

    /** The two printed pages of a spread, in reading order. */
    enum Half {
        LEFT, RIGHT;

        /** Whether the glyph stands on this half: its centre is left (right) of the spread's middle. */
        boolean holds(TextPosition glyph, float middle) {
            boolean left = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2 < middle;
            return left == (this == LEFT);
        }
    }

    /** Per spread (its page dictionary): the x of its middle, in text-position coordinates. */
    private final Map<COSDictionary, Float> middles;

    private Spreads(Map<COSDictionary, Float> middles) {
        this.middles = middles;
    }

    /** Finds the spreads of a document. */
    static Spreads of(PDDocument document) throws IOException {
        List<PDRectangle> singles = new ArrayList<>();
        for (PDPage p : document.getPages()) {
            PDRectangle box = p.getCropBox();
            if (p.getRotation() % 360 == 0 && box.getWidth() < box.getHeight()) {
                singles.add(box);
            }
        }
        if (singles.isEmpty()) {
            return NONE;
        }
        Map<COSDictionary, Float> middles = new IdentityHashMap<>();
        int index = 0;
        for (PDPage p : document.getPages()) {
            index++;
            PDRectangle box = p.getCropBox();
            if (p.getRotation() % 360 == 0 && twiceAsWide(box, singles)
                    && gutterIsFree(document, index, box.getWidth())) {
                middles.put(p.getCOSObject(), box.getWidth() / 2);
            }
        }
        return middles.isEmpty() ? NONE : new Spreads(middles);
    }

    boolean isSpread(PDPage page) {
        return middles.containsKey(page.getCOSObject());
    }

    /** The middle of a spread; of any other page, its right edge (all its glyphs are on the left). */
    float middle(PDPage page) {
        Float m = page == null ? null : middles.get(page.getCOSObject());
        return m == null ? Float.MAX_VALUE : m;
    }

    private static boolean twiceAsWide(PDRectangle box, List<PDRectangle> singles) {
        for (PDRectangle single : singles) {
            if (near(box.getHeight(), single.getHeight()) && near(box.getWidth(), 2 * single.getWidth())) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= SIZE_TOLERANCE * b;
    }

    /** No glyph of the page (1-based index) reaches into the middle strip of its width. */
    private static boolean gutterIsFree(PDDocument document, int index, float width) throws IOException {
        GutterProbe probe = new GutterProbe(width / 2, (float) (GUTTER_SHARE * width));
        probe.setStartPage(index);
        probe.setEndPage(index);
        probe.writeText(document, new StringWriter());
        return !probe.crossed;
    }

    /** Reads one page's glyphs only to see whether one stands in the gutter. */
    private static final class GutterProbe extends PDFTextStripper {
        private final float from;
        private final float to;
        private boolean crossed;

        GutterProbe(float middle, float half) {
            this.from = middle - half;
            this.to = middle + half;
        }

        @Override
        protected void processTextPosition(TextPosition glyph) {
            float x = glyph.getXDirAdj();
            if (!glyph.getUnicode().isBlank() && x < to && x + glyph.getWidthDirAdj() > from) {
                crossed = true;
            }
        }
    }
}
