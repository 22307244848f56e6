package org.polypress.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a PDF page is read in its content stream's order or by position. The content stream's
 * order is how most producers write a page (top to bottom, column after column, which is why Tika
 * and pdftotext's gazette-friendly reading keep it); but layout programs (InDesign, for brochures)
 * write a page's text frames in the order they were made: a heading drawn after the paragraph under
 * it, a step's number in its circle after the step's text. Read in that order, the page's text is
 * scrambled.
 *
 * <p>A page is read by position (top to bottom, left to right within a line, PDFBox's
 * {@code sortByPosition}) when both hold: its content goes back up the page at least
 * {@value #MIN_JUMPS} times (a line starts more than {@value #JUMP_LINES} line heights above the
 * line before it), and it has no two text columns side by side (no more than
 * {@value #MAX_SIDE_BY_SIDE} lines stand beside another line at the same height, a gap of more than
 * {@value #COLUMN_GAP} line heights between them, unless the left one is a label narrower than
 * {@value #LABEL_WIDTH} line heights: a step's number before its heading; a contents page's numbers
 * right of their entries are a column), since reading by position would interleave the
 * lines of columns. A two-column gazette goes back up once per column and has its columns side by
 * side: it keeps its content order. Pure.
 */
final class ReadingOrder {
    /** Upward jumps that show a page's frames written out of order. */
    static final int MIN_JUMPS = 2;
    /** A jump: the next line starts more than this many line heights above. */
    static final double JUMP_LINES = 1.5;
    /** Horizontal gap, in line heights, between two lines that are two columns' lines. */
    static final double COLUMN_GAP = 1.5;
    /** A line narrower than this many line heights, left of another, is its label (a number, a bullet). */
    static final double LABEL_WIDTH = 4;
    /** Lines beside another line that a page may have and still be one column. */
    static final int MAX_SIDE_BY_SIDE = 2;

    /** One line of text as the content stream gives it: its left and right edges, its baseline and height (from the top). */
    record Line(double left, double right, double baseline, double height) {
        double top() {
            return baseline - height;
        }
    }

    private ReadingOrder() {
    }

    /** Whether the page, whose lines come in content-stream order, should be read by position. */
    static boolean byPosition(List<Line> lines) {
        return jumps(lines) >= MIN_JUMPS && sideBySide(lines) <= MAX_SIDE_BY_SIDE;
    }

    /** How often the content goes back up the page. */
    static int jumps(List<Line> lines) {
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            double h = Math.max(1, Math.max(a.height(), b.height()));
            if (b.baseline() < a.baseline() - JUMP_LINES * h) {
                n++;
            }
        }
        return n;
    }

    /** How many lines stand beside another line at the same height, a column's gap away. */
    static int sideBySide(List<Line> lines) {
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line a = lines.get(i);
            for (int j = 0; j < lines.size(); j++) {
                Line b = lines.get(j);
                if (i == j) {
                    continue;
                }
                double h = Math.max(1, Math.min(a.height(), b.height()));
                Line leftOne = a.left() <= b.left() ? a : b;
                if (leftOne.right() - leftOne.left() < LABEL_WIDTH * h) {
                    continue; // a step's number in its circle, a bullet: a label before its line, no column
                }
                boolean sameHeight = Math.min(a.baseline(), b.baseline()) - Math.max(a.top(), b.top()) > 0.5 * h;
                boolean apart = b.left() - a.right() > COLUMN_GAP * h || a.left() - b.right() > COLUMN_GAP * h;
                if (sameHeight && apart) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * Groups glyph boxes, in content order, into lines: a glyph starts a new line when its baseline
     * leaves the line's by more than half a line height, or when it goes back left of the line's
     * start.
     *
     * @param glyphs each as {x, baseline, width, height}, from the page's top
     */
    static List<Line> lines(List<double[]> glyphs) {
        List<Line> out = new ArrayList<>();
        double left = 0;
        double right = 0;
        double base = 0;
        double height = 0;
        boolean open = false;
        for (double[] g : glyphs) {
            double x = g[0];
            double y = g[1];
            double w = g[2];
            double h = Math.max(g[3], 1);
            if (open && (Math.abs(y - base) > 0.5 * Math.max(h, height) || x < left - h)) {
                out.add(new Line(left, right, base, height));
                open = false;
            }
            if (!open) {
                left = x;
                right = x + w;
                base = y;
                height = h;
                open = true;
            } else {
                left = Math.min(left, x);
                right = Math.max(right, x + w);
                height = Math.max(height, h);
            }
        }
        if (open) {
            out.add(new Line(left, right, base, height));
        }
        return out;
    }
}
