package org.polypress.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lead sentences in text without its layout (pdftotext's default output). Strategies and white papers
 * open a passage with a sentence set apart in bold or italic bold, the measure the passage then
 * explains ("We will establish regional Centres of Excellence for Labour Research ..."); from a PDF
 * the type says so ({@link Block.Type#ITALIC}). In pdftotext's text two things still show it:
 *
 * <ul>
 *   <li><b>position</b>: pdftotext parts text blocks with a blank line; the lead opens a block (a blank
 *       line before it) and its passage follows on the next line, in the same block (no blank line);</li>
 *   <li><b>width</b>: a wider face fills the column with fewer characters, so the lead's wrapped lines
 *       break where the next word would still have fitted in body type: each is, with the next line's
 *       first word, no longer than the body's median wrapped line.</li>
 * </ul>
 *
 * One sentence so set is emphasis; a device the document repeats is its convention. When at least
 * {@value #MIN_PROVEN} blocks in that position show the width evidence, and they are most
 * ({@value #PROVEN_SHARE} or more) of the wrapped blocks in that position, the document sets its leads
 * so: those blocks, and the one-line sentences in the same position (which have no wrap to measure),
 * are marked {@link Block.Type#LEAD}. A document whose paragraphs simply follow each other without
 * blank lines has such blocks too, but their lines fill the measure: no convention, nothing marked.
 * Only the type changes, never the text. Pure.
 */
final class LeadSentences {
    /** Blocks in the lead position whose wrapped lines break early, for the convention to hold. */
    static final int MIN_PROVEN = 3;
    /** Their share among the wrapped blocks in the lead position. */
    static final double PROVEN_SHARE = 2.0 / 3;
    /** A lead is a sentence or two: at most this many lines. */
    static final int MAX_LINES = 4;
    /** Ends with a sentence's stop after a word (not an abbreviation's dot after a letter or two). */
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}{2,}[)]?[.!?][\"'’”»)]*$");

    /**
     * A block as the text showed it: its lines, the blank lines before it, and whether the next block
     * follows it on the same page with no blank line between.
     */
    record Shape(List<String> lines, int gapBefore, boolean nextRunsOn) {
        Shape {
            lines = List.copyOf(lines);
        }
    }

    /** The blocks marked, and how many of them the width evidence proved (the rest are one-line sentences). */
    record Result(List<Block> blocks, int marked, int proven) {
    }

    private LeadSentences() {
    }

    /**
     * @param measure the body's median wrapped line, in characters (0: not known, nothing is marked)
     * @param opensLabelled whether a line opens a numbered or bulleted unit (which is no lead)
     */
    static Result mark(List<Block> blocks, List<Shape> shapes, int measure, java.util.function.Predicate<String> opensLabelled) {
        if (measure <= 0 || blocks.size() != shapes.size()) {
            return new Result(blocks, 0, 0);
        }
        List<Integer> proven = new ArrayList<>();
        List<Integer> single = new ArrayList<>();
        int wrapped = 0;
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Shape s = shapes.get(i);
            if (!inLeadPosition(s, blocks.get(i), blocks.get(i + 1), opensLabelled)) {
                continue;
            }
            if (s.lines().size() == 1) {
                single.add(i);
                continue;
            }
            wrapped++;
            if (breaksEarly(s.lines(), measure)) {
                proven.add(i);
            }
        }
        if (proven.size() < MIN_PROVEN || proven.size() < PROVEN_SHARE * wrapped) {
            return new Result(blocks, 0, 0);
        }
        List<Block> out = new ArrayList<>(blocks);
        for (List<Integer> set : List.of(proven, single)) {
            for (int i : set) {
                out.set(i, out.get(i).withType(Block.Type.LEAD));
            }
        }
        return new Result(out, proven.size() + single.size(), proven.size());
    }

    /** After a blank line, a sentence of a few lines that opens with a capital and runs straight into a longer passage. */
    private static boolean inLeadPosition(Shape s, Block block, Block next, java.util.function.Predicate<String> opensLabelled) {
        String first = s.lines().get(0);
        String text = NoteRefs.strip(block.text()).strip();
        String nextText = NoteRefs.strip(next.text()).strip();
        return s.gapBefore() >= 1 && s.nextRunsOn() && !block.box() && s.lines().size() <= MAX_LINES
                && Character.isUpperCase(first.codePointAt(0)) && !opensLabelled.test(first)
                && SENTENCE_END.matcher(text).find()
                && !nextText.isEmpty() && Character.isUpperCase(nextText.codePointAt(0))
                && !opensLabelled.test(nextText) && nextText.length() > text.length();
    }

    /** Every wrapped line, with the next line's first word, would have fitted in the body's median line. */
    static boolean breaksEarly(List<String> lines, int measure) {
        for (int t = 0; t + 1 < lines.size(); t++) {
            String line = NoteRefs.strip(lines.get(t)).strip();
            String next = NoteRefs.strip(lines.get(t + 1)).strip();
            if (line.length() + 1 + BlockBuilder.firstWord(next).length() > measure) {
                return false;
            }
        }
        return true;
    }
}
