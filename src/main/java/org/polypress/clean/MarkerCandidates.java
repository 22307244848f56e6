package org.polypress.clean;

import java.util.ArrayList;
import java.util.List;
import org.polypress.ingest.LayoutEvidence;

/**
 * Where a footnote marker may stand in a page's text, and how strong the evidence is. The text is
 * sacred: a digit is a candidate only when its neighbours say it is a marker, never when it
 * completes a number that reads as printed.
 *
 * <ul>
 *   <li>Glued to a word ("Union2,", "publicznej1)"): strong; but not where the document shows the
 *       word and digits are a name ({@link DigitNames}: "MonEspaceNIS2").</li>
 *   <li>After closing punctuation ("moc)5)", "zm.2))", "’3"): good; but a digit after a "." or ","
 *       that follows a digit is part of a decimal or section number ("3.2,", "1,5"), not a marker,
 *       except in the "1)" style where "2.4)" is paragraph 2 + note 4 (the gazette convention).</li>
 *   <li>After the digits of a year ("201721 " = 2017 + note 21, "2015-202010;"): fair, since a year
 *       followed by more digits is not a number anyone prints.</li>
 *   <li>Split from other digits ("118," = 11 + note 8): weak, taken only when at least two digits
 *       stay, the whole run is not four digits long (a year, "2001", or a reference), the run
 *       ends at ",", ";", ":" or the line end, and no label abbreviation precedes it ("poz. 782",
 *       "No 1049", "Art. 11", "p. 164,": a number that is a reference, not a sentence end).</li>
 *   <li>Alone on its line after text: only with layout evidence that the run is raised (PDF
 *       extraction sets a superscript on a line of its own); without it, "1)" alone on a line is
 *       the document's own point label.</li>
 * </ul>
 *
 * <p>With layout evidence ({@link LayoutEvidence#present()} and raised runs in the document), a
 * candidate that is raised gets the strongest score and one that is not is not taken at all.
 */
final class MarkerCandidates {
    /**
     * Evidence kinds, strongest first. The scores only rank candidates in the assignment of markers
     * to bodies: a raised run (10) outweighs three glued words, so the layout beats the text's shape;
     * a glued word (3) beats glued punctuation (2), which beats a year split (1.5), which beats a
     * digit split (1), so a weak reading is taken only where no stronger one competes for the note.
     */
    enum Kind {
        RAISED(10), WORD(3), PUNCTUATION(2), YEAR(1.5), DIGITS(1);

        final double score;

        Kind(double score) {
            this.score = score;
        }
    }

    /**
     * A possible marker: {@code at}..{@code at+length} is replaced by the note reference.
     *
     * @param at     where the replaced text starts
     * @param length  how many characters the reference replaces (the marker, and for a raised
     *                marker alone on its line, the line break before it)
     * @param kind    the evidence; {@link Kind#RAISED} from {@code classify} means "alone on its
     *                line", which only a raised run can confirm
     * @param printed the marker as printed; for a digit split, the whole run of digits ("112")
     */
    record Candidate(int at, int length, Kind kind, String printed) {
        double score() {
            return kind.score;
        }
    }

    private final List<LayoutEvidence.Raised> raised;
    private final boolean layoutDecides;
    private final DigitNames names;

    /**
     * @param raised        the raised runs of this page (empty without layout evidence)
     * @param layoutDecides whether the document's markers are known to be raised: then a candidate
     *                      that is not raised is never taken
     */
    MarkerCandidates(List<LayoutEvidence.Raised> raised, boolean layoutDecides) {
        this(raised, layoutDecides, DigitNames.NONE);
    }

    /** @param names the document's names written with digits, whose digits are no marker unless raised */
    MarkerCandidates(List<LayoutEvidence.Raised> raised, boolean layoutDecides, DigitNames names) {
        this.raised = List.copyOf(raised);
        this.layoutDecides = layoutDecides;
        this.names = names;
    }

    List<Candidate> find(String text, String number, NoteLabel label) {
        List<Candidate> out = new ArrayList<>();
        String needle = label.needle(number);
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            Candidate c = classify(text, at, end, number, label);
            if (c == null) {
                continue;
            }
            boolean alone = c.kind() == Kind.RAISED; // alone on its line: needs the layout's word
            if (isRaised(text, at, needle, number, alone)) {
                out.add(new Candidate(c.at(), c.length(), Kind.RAISED, c.printed()));
            } else if (!layoutDecides && !alone && !(c.kind() == Kind.WORD && names.isName(text, c.at(), number))) {
                out.add(c);
            }
        }
        return out;
    }

    private Candidate classify(String text, int at, int end, String number, NoteLabel label) {
        char next = end < text.length() ? text.charAt(end) : '\n';
        char prev = at > 0 ? text.charAt(at - 1) : '\n';
        char beforePrev = at > 1 ? text.charAt(at - 2) : '\n';
        String printed = text.substring(at, end);
        if (Character.isLetterOrDigit(next) || next == '_') {
            return null;
        }
        if (aloneOnLine(text, at, end)) {
            // Only raised evidence can make this a marker; it replaces the line break before it, and
            // the break after it when the text goes on with closing punctuation ("zm." 2) "); ").
            int start = endOfPreviousText(text, at);
            int to = end;
            while (to < text.length() && Character.isWhitespace(text.charAt(to))) {
                to++;
            }
            to = to < text.length() && ",;:.)]".indexOf(text.charAt(to)) >= 0 ? to : end;
            return start < 0 ? null : new Candidate(start, to - start, Kind.RAISED, printed);
        }
        if (label == NoteLabel.PAREN) {
            // "2016/1011 (1), and": after a word and a space; "(2)" alone on its line is a label.
            boolean lineStart = at == 0 || prev == '\n';
            if ((prev == ' ' || Character.isLetter(prev)) && !lineStart) {
                return new Candidate(at, end - at, Kind.WORD, printed);
            }
            return null;
        }
        if (!PLAIN_NEXT.contains(String.valueOf(next)) && !Character.isWhitespace(next)) {
            return null;
        }
        if (Character.isLetter(prev) || Character.getType(prev) == Character.NON_SPACING_MARK) {
            return new Candidate(at, end - at, Kind.WORD, printed);
        }
        if (PUNCTUATION_BEFORE.indexOf(prev) >= 0) {
            boolean numberPart = ".,:".indexOf(prev) >= 0 && Character.isDigit(beforePrev);
            if (numberPart && !(label == NoteLabel.CLOSING && prev == '.')) {
                return null;
            }
            return new Candidate(at, end - at, Kind.PUNCTUATION, printed);
        }
        if (label == NoteLabel.CLOSING && "–—".indexOf(prev) >= 0) {
            return new Candidate(at, end - at, Kind.PUNCTUATION, printed); // "–7)": an indent's dash + note 7
        }
        if (label == NoteLabel.PLAIN && Character.isDigit(prev)) {
            return digitSplit(text, at, end, next, printed);
        }
        return null;
    }

    /** Characters that may follow a plain marker: a space, a line end or punctuation. */
    private static final String PLAIN_NEXT = ",;:.)]}’”\"'";
    /** Closing punctuation a marker may be glued to. */
    private static final String PUNCTUATION_BEFORE = ")]’”\"'.,;:%";

    private static Candidate digitSplit(String text, int at, int end, char next, String printed) {
        int runStart = at;
        while (runStart > 0 && Character.isDigit(text.charAt(runStart - 1))) {
            runStart--;
        }
        String prefix = text.substring(runStart, at);
        if (isYear(prefix)) {
            return new Candidate(at, end - at, Kind.YEAR, printed);
        }
        int runLength = end - runStart;
        boolean endsClause = ",;:".indexOf(next) >= 0 || next == '\n';
        // Four digits read as a year or a reference number; one digit left reads as a two-digit number.
        if (prefix.length() < 2 || runLength == 4 || !endsClause || afterLabelAbbreviation(text, runStart)) {
            return null;
        }
        return new Candidate(at, end - at, Kind.DIGITS, text.substring(runStart, end));
    }

    /** A year of the documents we publish: 1900..2099. */
    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }

    /**
     * Whether the number at {@code runStart} follows a label abbreviation, the way references are
     * printed: a word ending with "." or "°" ("poz.", "Art.", "p.", "n°"), or a short capitalised
     * word ("No", "Nr", "L").
     */
    private static boolean afterLabelAbbreviation(String text, int runStart) {
        int i = runStart - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        if (i < 0 || i == runStart - 1) {
            return false;
        }
        char last = text.charAt(i);
        if (last == '.' || last == '°') {
            return i > 0 && Character.isLetter(text.charAt(i - 1));
        }
        int wordEnd = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        int length = wordEnd - (i + 1);
        // Up to three letters: "No", "Nr", "L" (Official Journal series); longer words are prose.
        return length > 0 && length <= 3 && Character.isUpperCase(text.charAt(i + 1));
    }

    /** Only spaces between the line's start and {@code at}, and between {@code end} and the line's end. */
    private static boolean aloneOnLine(String text, int at, int end) {
        if (!onlySpacesBefore(text, at)) {
            return false;
        }
        for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The end of the last non-blank character before the line holding {@code at}, or -1 at a page start. */
    private static int endOfPreviousText(String text, int at) {
        int i = text.lastIndexOf('\n', at - 1);
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i <= 0 ? -1 : i;
    }

    /** Whether a raised run of the page is this marker after the same characters. */
    private boolean isRaised(String text, int at, String needle, String number, boolean alone) {
        if (raised.isEmpty()) {
            return false;
        }
        String before = null;
        for (LayoutEvidence.Raised r : raised) {
            String runText = r.text().replaceAll("\\s+", "");
            if (!runText.equals(needle) && !runText.equals(number)) {
                continue;
            }
            String wanted = r.before().replaceAll("\\s+", "");
            if (before == null) {
                // The run is the number's digits: what precedes them includes the opening parenthesis
                // of a parenthesised marker ("Council (" + raised "1" + ")", the Official Journal's).
                int digits = runText.equals(number) && needle.indexOf(number) > 0 ? at + needle.indexOf(number) : at;
                before = nonBlankBefore(text, digits, 40);
            }
            // A run with nothing before it on its line (PDFBox sets a raised "1)" on a line of its
            // own) is the candidate alone on its line, or one at a line start.
            if (wanted.isEmpty() ? alone || onlySpacesBefore(text, at) : before.endsWith(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The last {@code max} non-blank characters before {@code at}. */
    private static String nonBlankBefore(String text, int at, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = at - 1; i >= 0 && b.length() < max; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.reverse().toString();
    }

    private static boolean onlySpacesBefore(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
