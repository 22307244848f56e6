package org.polypress.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnotes as pdftotext's default output sets them: the note numbers are set apart from their
 * bodies, because the numbers and the bodies are separate columns of the page bottom. Two shapes,
 * with numbering that restarts on each page (or continues from the page before), labels "1" or
 * "1)" (gazettes):
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
 * one a line or one every other line, a blank line, the bodies). The bodies are the last run of
 * lines of the page. The same column layout sets the labels of the document's own points apart
 * from their text: when a bare label ("c)", "340.") stands right above the numbers, its text
 * follows them, so the text between the numbers and the bodies stays in the page, and without
 * such text the bodies may begin with it, so nothing is taken.
 *
 * <p>Numbers and bodies are paired in order. A body may run over several lines: with as many
 * lines as numbers, each line is a note; otherwise a note ends where a line ends a sentence and
 * the next starts with a capital, and there must be exactly one such break between consecutive
 * notes. When the lines cannot be grouped that way, nothing is taken: the block stays as printed
 * and the caller reports it.
 */
final class DetachedNoteNumbers {
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1,3})(\\))?\\s*$");
    /** A point or paragraph label alone on its line: "340.", "c)", "(a)", "1)". */
    private static final Pattern BARE_LABEL = Pattern.compile("^\\s*(?:\\d{1,3}[.)]|\\p{Ll}\\)|\\((?:\\p{Ll}|\\d{1,3}|[ivxlc]+)\\))\\s*$");
    /** A sentence end, possibly inside closing brackets or quotes: "p. 1).", "2021.", "time?’". */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][)’”\"']*\\s*$");
    /**
     * A one-letter lower-case word and its stop: an abbreviation ("z 2006 r." for roku in Polish
     * references, "p." for page, "s." for strona) that ends a sentence only sometimes.
     */
    private static final Pattern LETTER_ABBREVIATION = Pattern.compile("(?:^|[\\s(])\\p{Ll}\\.\\s*$");
    /** A note's first line starts with a capital, possibly after an opening bracket or quote. */
    private static final Pattern NOTE_OPENING = Pattern.compile("^\\s*[(‘“\"]?\\p{Lu}");

    private DetachedNoteNumbers() {
    }

    /**
     * A detached block: {@code start} is the line of the first number; {@code kept} the lines
     * between the numbers and the bodies that stay in the page's text; {@code bodies} the lines of
     * each numbered note, in order; {@code warning} is set instead (and bodies empty) when the
     * shape was found but the bodies could not be paired with the numbers.
     */
    record Block(int start, NoteLabel label, List<String> numbers, List<String> kept, List<List<String>> bodies,
                 String warning) {
        boolean paired() {
            return warning == null;
        }
    }

    private record Label(int number, NoteLabel style) {
    }

    /** The page's detached note block, or null when the page does not end with one. */
    static Block find(List<String> lines, int lastNumber) {
        Block a = firstNumberThenBodies(lines, lastNumber);
        if (a != null && a.paired()) {
            return a;
        }
        Block b = numbersThenBodies(lines, lastNumber);
        if (b != null && b.paired()) {
            return b;
        }
        Block c = numbersAmongBodies(lines, lastNumber);
        return c != null ? c : b != null ? b : a;
    }

    /**
     * "10)", blank, body, body, "12)", body, "13)", body, "11)": the numbers stand among the bodies, out
     * of order. pdftotext's default output places each raised number by its baseline, and a number
     * set a little above or below its body's first line lands between the lines of the bodies around
     * it. Taken only when the numbers, in order, run on from the last note (or start at 1) and are
     * not printed in order (in order, "1)", text, "2)", text is a list as often as notes), and the
     * lines below the first number split into exactly that many notes at sentence ends; numbers and
     * bodies are then paired in order. The caller still wants the markers in the text.
     */
    private static Block numbersAmongBodies(List<String> lines, int lastNumber) {
        int end = lastNonBlank(lines, lines.size() - 1);
        Block found = null;
        List<Label> printed = new ArrayList<>(); // from the bottom up
        for (int j = end; j >= 0; j--) {
            Label l = lines.get(j).isBlank() ? null : label(lines.get(j));
            if (l == null) {
                continue;
            }
            if (l.number() <= lastNumber) {
                break; // a number the notes before have passed: the document's own list above the notes
            }
            printed.add(0, l);
            List<Label> sorted = new ArrayList<>(printed);
            sorted.sort(java.util.Comparator.comparingInt(Label::number));
            if (printed.size() < 2 || sorted.equals(printed) || !consecutive(sorted) || !opens(sorted.get(0).number(), lastNumber)) {
                continue;
            }
            List<String> bodyLines = new ArrayList<>();
            for (int i = j + 1; i <= end; i++) {
                if (!lines.get(i).isBlank() && label(lines.get(i)) == null) {
                    bodyLines.add(lines.get(i));
                }
            }
            List<List<String>> bodies = bodyLines.isEmpty() || !NOTE_OPENING.matcher(bodyLines.get(0)).find()
                    ? null : group(bodyLines, sorted.size());
            if (bodies != null) {
                found = new Block(j, sorted.get(0).style(), texts(sorted), List.of(), bodies, null);
            }
        }
        return found;
    }

    /** "1", blank, bodies, [blank, "2", "3", ...]. */
    private static Block firstNumberThenBodies(List<String> lines, int lastNumber) {
        int j = lastNonBlank(lines, lines.size() - 1);
        List<Label> rest = new ArrayList<>();
        while (j >= 0 && label(lines.get(j)) != null) {
            rest.add(0, label(lines.get(j)));
            j--;
        }
        if (!rest.isEmpty()) {
            if (j < 0 || !lines.get(j).isBlank()) {
                return null;
            }
            j = lastNonBlank(lines, j);
        }
        int bodyEnd = j;
        j = textRunStart(lines, j) - 1;
        int bodyStart = j + 1;
        if (bodyStart > bodyEnd || j < 0 || !lines.get(j).isBlank()) {
            return null;
        }
        j = lastNonBlank(lines, j);
        Label first = j < 0 ? null : label(lines.get(j));
        if (first == null || !opens(first.number(), lastNumber)) {
            return null;
        }
        List<Label> numbers = new ArrayList<>();
        numbers.add(first);
        numbers.addAll(rest);
        return consecutive(numbers) ? block(j, numbers, List.of(), lines.subList(bodyStart, bodyEnd + 1)) : null;
    }

    /** "1", "2", blank, bodies; the numbers one a line or one every other line. */
    private static Block numbersThenBodies(List<String> lines, int lastNumber) {
        int bodyEnd = lastNonBlank(lines, lines.size() - 1);
        int bodyStart = textRunStart(lines, bodyEnd);
        if (bodyStart > bodyEnd || bodyStart == 0 || !lines.get(bodyStart - 1).isBlank()) {
            return null;
        }
        int j = lastNonBlank(lines, bodyStart - 1);
        int keptEnd = j; // text between the numbers and the bodies, if any
        while (j >= 0 && (lines.get(j).isBlank() || label(lines.get(j)) == null)) {
            j--;
        }
        if (j < 0) {
            return null;
        }
        int numbersEnd = j;
        List<Label> numbers = new ArrayList<>();
        numbers.add(label(lines.get(j)));
        j--;
        while (j >= 0) {
            int up = lines.get(j).isBlank() ? j - 1 : j; // one blank line between numbers at most
            Label l = up >= 0 ? label(lines.get(up)) : null;
            if (l == null || l.number() != numbers.get(0).number() - 1) {
                break;
            }
            numbers.add(0, l);
            j = up - 1;
        }
        int start = j + 1;
        if (numbers.size() < 2 || !opens(numbers.get(0).number(), lastNumber) || !consecutive(numbers)) {
            return null;
        }
        int above = lastNonBlank(lines, start - 1);
        boolean labelAbove = above >= 0 && BARE_LABEL.matcher(lines.get(above)).matches();
        int keptStart = numbersEnd + 1;
        while (keptStart <= keptEnd && lines.get(keptStart).isBlank()) {
            keptStart++;
        }
        List<String> kept = keptEnd >= keptStart ? lines.subList(keptStart, keptEnd + 1) : List.of();
        List<String> bodies = lines.subList(bodyStart, bodyEnd + 1);
        if (labelAbove && kept.isEmpty() && !(siblingsOpenInLowerCase(lines, above) && NOTE_OPENING.matcher(bodies.get(0)).find()
                && group(bodies, numbers.size()) != null && SENTENCE_END.matcher(bodies.get(bodies.size() - 1)).find())) {
            // A bare label right above the numbers may own the first lines below them. It does not
            // when the points of its list open in lower case (the drafting of gazettes: "b) stanowiska
            // ...") while those lines open with a capital and all of them split into exactly as many
            // notes as there are numbers, the last ending a sentence.
            return unsure(start, numbers, bodies.size(), "; the label above them may own the first lines");
        }
        if (!labelAbove && !kept.isEmpty()) {
            return null; // text between numbers and bodies without a label that owns it: another layout
        }
        return block(start, numbers, kept, bodies);
    }

    /**
     * Whether the nearest point above {@code label} labelled the same way ("b)" for "c)", "339." for
     * "340.") opens its text in lower case: its text on the label's line, or on the next line when
     * the label stands alone. False when no such point is found.
     */
    static boolean siblingsOpenInLowerCase(List<String> lines, int label) {
        String shape = labelShape(lines.get(label).strip());
        for (int i = label - 1; i >= 0; i--) {
            Matcher m = LABELLED.matcher(lines.get(i));
            if (!m.lookingAt() || !labelShape(m.group(1)).equals(shape)) {
                continue;
            }
            String text = lines.get(i).substring(m.end()).strip();
            if (text.isEmpty()) {
                int next = i + 1;
                while (next < label && lines.get(next).isBlank()) {
                    next++;
                }
                text = next < label ? lines.get(next).strip() : "";
            }
            return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
        }
        return false;
    }

    /** A line that opens with a point label, its text after it or not: "b) stanowiska ...", "339.". */
    private static final Pattern LABELLED = Pattern.compile("^\\s*(\\d{1,3}[.)]|\\p{Ll}\\)|\\((?:\\p{Ll}|\\d{1,3}|[ivxlc]+)\\))(?:\\s+|$)");

    /** A label's shape: "c)" and "b)" are "a)", "340." and "1." are "9.". */
    private static String labelShape(String label) {
        return label.replaceAll("\\p{Ll}+", "a").replaceAll("\\d+", "9");
    }

    private static Block block(int start, List<Label> numbers, List<String> kept, List<String> bodyLines) {
        List<List<String>> bodies = group(bodyLines, numbers.size());
        if (bodies == null) {
            return unsure(start, numbers, bodyLines.size(), " that do not split into " + numbers.size()
                    + (numbers.size() == 1 ? " note" : " notes") + " at sentence ends");
        }
        return new Block(start, numbers.get(0).style(), texts(numbers), kept, bodies, null);
    }

    private static Block unsure(int start, List<Label> numbers, int lineCount, String why) {
        List<String> n = texts(numbers);
        String printed = numbers.get(0).style().needle(n.get(0));
        String last = numbers.get(numbers.size() - 1).style().needle(n.get(n.size() - 1));
        return new Block(start, numbers.get(0).style(), n, List.of(), List.of(),
                (n.size() == 1 ? "note number " + printed + " stands" : "note numbers " + printed + "–" + last + " stand")
                        + " apart from " + lineCount + (lineCount == 1 ? " line" : " lines") + " of text" + why + "; left as printed");
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
        int width = 0;
        for (String l : lines) {
            width = Math.max(width, l.strip().length());
        }
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (endsNote(lines.get(i), lines.get(i + 1), width) && NOTE_OPENING.matcher(lines.get(i + 1)).find()) {
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

    /**
     * Whether a note may end with {@code line}: it ends a sentence, and when its stop is a one-letter
     * abbreviation's ("2015 r."), it also ends short of the column, so that the next line's first word
     * would have fitted on it (the line was ended, not wrapped).
     */
    private static boolean endsNote(String line, String next, int width) {
        if (!SENTENCE_END.matcher(line).find()) {
            return false;
        }
        if (!LETTER_ABBREVIATION.matcher(line).find()) {
            return true;
        }
        String word = next.strip().split("\\s+", 2)[0];
        return line.strip().length() + 1 + word.length() < width * BlockBuilder.FILL_TOLERANCE;
    }

    private static boolean opens(int first, int lastNumber) {
        return first == 1 || (lastNumber > 0 && first == lastNumber + 1);
    }

    /** Consecutive numbers, all labelled the same way. */
    private static boolean consecutive(List<Label> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i).number() != numbers.get(i - 1).number() + 1 || numbers.get(i).style() != numbers.get(0).style()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(List<Label> numbers) {
        List<String> out = new ArrayList<>();
        for (Label l : numbers) {
            out.add(Integer.toString(l.number()));
        }
        return out;
    }

    private static Label label(String line) {
        Matcher m = BARE_NUMBER.matcher(line);
        return m.matches() ? new Label(Integer.parseInt(m.group(1)), m.group(2) == null ? NoteLabel.PLAIN : NoteLabel.CLOSING) : null;
    }

    /** The first line of the run of text lines (not blank, not a bare number) that ends at {@code end}. */
    private static int textRunStart(List<String> lines, int end) {
        int j = end;
        while (j >= 0 && !lines.get(j).isBlank() && label(lines.get(j)) == null) {
            j--;
        }
        return j + 1;
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
