package org.polypress.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnotes as pdftotext's default output sets them: the note numbers are set apart from their
 * bodies, because the numbers and the bodies are separate columns of the page bottom. Two shapes,
 * with numbering that restarts on each page (or continues from the page before):
 *
 * <pre>
 *   1                         1
 *                             2
 *   OJ C 342, ...
 *   OJ C 512 I, ...           Gender Equality Index 2021: Health.
 *   OJ C 393 I, ...           Eurofound, Recovery from COVID-19: ...
 *
 *   2
 *   3
 * </pre>
 *
 * (the first number, a blank line, the bodies, a blank line, the other numbers; or all numbers,
 * a blank line, the bodies). Numbers and bodies are paired in order. A body may run over several
 * lines: with as many lines as numbers, each line is a note; otherwise a note ends where a line
 * ends a sentence and the next starts with a capital, and there must be exactly one such break
 * between consecutive notes. When the lines cannot be grouped that way, nothing is taken: the
 * block stays as printed and the caller reports it.
 */
final class DetachedNoteNumbers {
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\s*$");
    /** A sentence end, possibly inside closing brackets or quotes: "p. 1).", "2021.", "time?’". */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][)’”\"']*\\s*$");
    /** A note's first line starts with a capital, possibly after an opening bracket or quote. */
    private static final Pattern NOTE_OPENING = Pattern.compile("^\\s*[(‘“\"]?\\p{Lu}");

    private DetachedNoteNumbers() {
    }

    /**
     * A detached block: {@code start} is the line of the first number; {@code bodies} holds the
     * lines of each numbered note, in order; {@code warning} is set instead (and bodies empty) when
     * the shape was found but the bodies could not be paired with the numbers.
     */
    record Block(int start, List<String> numbers, List<List<String>> bodies, String warning) {
        boolean paired() {
            return warning == null;
        }
    }

    /** The page's detached note block, or null when the page does not end with one. */
    static Block find(List<String> lines, int lastNumber) {
        Block a = firstNumberThenBodies(lines, lastNumber);
        if (a != null && a.paired()) {
            return a;
        }
        Block b = numbersThenBodies(lines, lastNumber);
        return b != null ? b : a;
    }

    /** "1", blank, bodies, [blank, "2", "3", ...]. */
    private static Block firstNumberThenBodies(List<String> lines, int lastNumber) {
        int j = lastNonBlank(lines, lines.size() - 1);
        List<String> rest = new ArrayList<>();
        while (j >= 0 && number(lines.get(j)) >= 0) {
            rest.add(0, lines.get(j).strip());
            j--;
        }
        if (!rest.isEmpty()) {
            if (j < 0 || !lines.get(j).isBlank()) {
                return null;
            }
            j = lastNonBlank(lines, j);
        }
        int bodyEnd = j;
        while (j >= 0 && !lines.get(j).isBlank() && number(lines.get(j)) < 0) {
            j--;
        }
        int bodyStart = j + 1;
        if (bodyStart > bodyEnd || j < 0 || !lines.get(j).isBlank()) {
            return null;
        }
        j = lastNonBlank(lines, j);
        if (j < 0) {
            return null;
        }
        int first = number(lines.get(j));
        if (!opens(first, lastNumber)) {
            return null;
        }
        List<String> numbers = new ArrayList<>();
        numbers.add(Integer.toString(first));
        numbers.addAll(rest);
        return consecutive(numbers) ? block(j, numbers, lines.subList(bodyStart, bodyEnd + 1)) : null;
    }

    /** "1", "2", blank, bodies. */
    private static Block numbersThenBodies(List<String> lines, int lastNumber) {
        int j = lastNonBlank(lines, lines.size() - 1);
        int bodyEnd = j;
        while (j >= 0 && !lines.get(j).isBlank() && number(lines.get(j)) < 0) {
            j--;
        }
        int bodyStart = j + 1;
        if (bodyStart > bodyEnd || j < 0 || !lines.get(j).isBlank()) {
            return null;
        }
        j = lastNonBlank(lines, j);
        List<String> numbers = new ArrayList<>();
        while (j >= 0 && number(lines.get(j)) >= 0) {
            numbers.add(0, lines.get(j).strip());
            j--;
        }
        // One number is the other shape; the numbers must be consecutive lines, as pdftotext sets a column.
        if (numbers.size() < 2 || !opens(Integer.parseInt(numbers.get(0)), lastNumber) || !consecutive(numbers)) {
            return null;
        }
        return block(j + 1, numbers, lines.subList(bodyStart, bodyEnd + 1));
    }

    private static Block block(int start, List<String> numbers, List<String> bodyLines) {
        List<List<String>> bodies = group(bodyLines, numbers.size());
        if (bodies == null) {
            return new Block(start, numbers, List.of(), (numbers.size() == 1 ? "note number " + numbers.get(0) + " stands"
                    : "note numbers " + numbers.get(0) + "–" + numbers.get(numbers.size() - 1) + " stand") + " apart from "
                    + bodyLines.size() + " lines of text that do not split into " + numbers.size()
                    + (numbers.size() == 1 ? " note" : " notes") + " at sentence ends; left as printed");
        }
        return new Block(start, numbers, bodies, null);
    }

    /**
     * Splits body lines into {@code k} notes: one line each when the counts agree, otherwise at
     * the lines that end a sentence before a line that opens one; null when those breaks are not
     * exactly {@code k - 1}.
     */
    static List<List<String>> group(List<String> lines, int k) {
        List<List<String>> out = new ArrayList<>();
        if (lines.size() == k) {
            for (String l : lines) {
                out.add(List.of(l));
            }
            return out;
        }
        if (lines.size() < k) {
            return null;
        }
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (SENTENCE_END.matcher(lines.get(i)).find() && NOTE_OPENING.matcher(lines.get(i + 1)).find()) {
                breaks.add(i + 1);
            }
        }
        if (breaks.size() != k - 1) {
            return null;
        }
        int from = 0;
        for (int b : breaks) {
            out.add(List.copyOf(lines.subList(from, b)));
            from = b;
        }
        out.add(List.copyOf(lines.subList(from, lines.size())));
        return out;
    }

    private static boolean opens(int first, int lastNumber) {
        return first == 1 || (lastNumber > 0 && first == lastNumber + 1);
    }

    private static boolean consecutive(List<String> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            if (Integer.parseInt(numbers.get(i)) != Integer.parseInt(numbers.get(i - 1)) + 1) {
                return false;
            }
        }
        return true;
    }

    private static int number(String line) {
        Matcher m = BARE_NUMBER.matcher(line);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The last non-blank line at or before {@code from}, or -1. */
    private static int lastNonBlank(List<String> lines, int from) {
        int j = from;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        return j;
    }
}
