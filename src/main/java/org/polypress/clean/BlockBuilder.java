package org.polypress.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins the lines of all pages into blocks. A line ends a block only with evidence: the next line
 * opens a unit (number, letter, bullet, structure word); a blank line, unless the text is
 * double-spaced (then only two blank lines count); a short line that ends a sentence; a short
 * line without end punctuation before a capital (headings, titles). A line that starts in lower
 * case after a line without sentence end continues the paragraph, across blank lines and page
 * breaks. A framed callout that interrupts a sentence is detected afterwards: the interrupted
 * sentence is joined and the callout becomes its own block, marked {@code box}.
 */
public final class BlockBuilder {
    private static final java.util.regex.Pattern FULL_STOP =
            java.util.regex.Pattern.compile("[\\p{L}]{4,}[.!?][\"'’”)]*$");
    private static final java.util.regex.Pattern NUMBERED_HEADING =
            java.util.regex.Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+\\p{Lu}");
    /** "Belang: ", "Threat: ": a capitalised word and a colon opening a run-in heading. */
    private static final java.util.regex.Pattern RUN_IN_LABEL =
            java.util.regex.Pattern.compile("^\\p{Lu}\\p{Ll}+: \\p{Lu}");

    /**
     * A line longer than this (whitespace folded) was never wrapped by a page width: a printed page
     * holds at most about 120 characters per line, two columns of pdftotext's layout output no more.
     */
    static final int UNWRAPPED_WIDTH = 180;

    /**
     * "(150) ναυτικοί", "(12) luni": a number in parentheses followed by a word in lower case. Legal
     * drafting in Greek, Romanian and other languages writes a number in words, then in digits in
     * parentheses ("εκατόν πενήντα (150) ναυτικοί"); after a line that ends with a word, such a line
     * goes on with the sentence. A numbered unit "(5)" opens with a capital, or follows a clause's end.
     */
    private static final java.util.regex.Pattern NUMBER_IN_WORDS_THEN_DIGITS =
            java.util.regex.Pattern.compile("^\\(\\d{1,4}\\)\\s+\\p{Ll}");

    /**
     * "3.2 and 3.12). The national ...", "12.7 million) annually ...": a dotted number, then a word in
     * lower case. A numbered heading or paragraph opens with a capital after its number; a number
     * followed by lower case is a cross-reference or an amount that the line before wrapped onto this one.
     */
    private static final java.util.regex.Pattern NUMBER_IN_RUNNING_TEXT =
            java.util.regex.Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s+\\p{Ll}");

    /** A point's label ("δα)", "a)", "(b)", "4a)") and its text opening in lower case. */
    private static final java.util.regex.Pattern LOWER_CASE_POINT =
            java.util.regex.Pattern.compile("^\\(?(?:\\p{Ll}{1,2}|\\d{1,3}[a-z]?)\\)\\s+\\p{Ll}");

    /** Word's sub-bullet, a Courier "o" and a space before a word ({@link LineStarts#UNIT}). */
    private static final java.util.regex.Pattern LETTER_BULLET = java.util.regex.Pattern.compile("^o\\s\\p{L}");

    /** A line that ends inside a word: a letter and a hyphen ("post-", "decision-"). */
    private static final java.util.regex.Pattern WORD_HYPHEN_END = java.util.regex.Pattern.compile("\\p{L}-$");

    private final Dehyphenator joiner;
    private final LineStarts starts;
    private final java.util.regex.Pattern closingFormula;
    private final java.util.regex.Pattern actName;
    private final boolean oneType;
    /** The words that open a resolution's long title ("European Parliament resolution"), or null. */
    private final java.util.regex.Pattern titleLead;

    /**
     * @param closingFormula a line that is a block of its own ("THE EUROPEAN COMMISSION,"), or null
     */
    public BlockBuilder(Dehyphenator joiner, java.util.regex.Pattern closingFormula, LineStarts starts) {
        this(joiner, closingFormula, starts, null);
    }

    /**
     * @param actName the name of a kind of act as a line of its own ("Ordonanţă de Urgenţă a
     *                Guvernului", "USTAWA"), or null: near the top of a document (a gazette act's
     *                title) such a line is a block of its own, between its issuer and its subject
     */
    public BlockBuilder(Dehyphenator joiner, java.util.regex.Pattern closingFormula, LineStarts starts,
                        java.util.regex.Pattern actName) {
        this(joiner, closingFormula, starts, actName, true);
    }

    /**
     * @param oneType whether the text comes without its layout (pdftotext's output): then its lines are
     *                taken as set in one type, so that a line's length in characters measures how much
     *                of the width it fills. Text extracted from a PDF with its layout mixes sizes (a
     *                heading in large type fills the width with fewer characters); there the type of
     *                each line, not its length, separates a heading from its text ({@link TypeMarker}).
     */
    public BlockBuilder(Dehyphenator joiner, java.util.regex.Pattern closingFormula, LineStarts starts,
                        java.util.regex.Pattern actName, boolean oneType) {
        this(joiner, closingFormula, starts, actName, oneType, null);
    }

    private BlockBuilder(Dehyphenator joiner, java.util.regex.Pattern closingFormula, LineStarts starts,
                         java.util.regex.Pattern actName, boolean oneType, java.util.regex.Pattern titleLead) {
        this.joiner = joiner;
        this.closingFormula = closingFormula;
        this.starts = starts;
        this.actName = actName;
        this.oneType = oneType;
        this.titleLead = titleLead;
    }

    /**
     * @param lead the words that open a resolution's long title (profile {@code resolution}, its forms
     *             of several words: "European Parliament resolution"), or null: among the document's
     *             first lines such a line opens a block, after the short title pdftotext runs into it
     */
    public BlockBuilder withTitleLead(java.util.regex.Pattern lead) {
        return new BlockBuilder(joiner, closingFormula, starts, actName, oneType, lead);
    }

    /** An act's name is looked for among the document's first lines only, where its title stands. */
    static final int TITLE_LINES = 15;

    /** Block list and layout facts for the report. */
    /** @param movedLabels labels set apart from their items that were moved back to them, for the report */
    public record Result(List<Block> blocks, boolean doubleSpaced, int typicalWidth, int boxes, LeadSentences.Result leads,
                         List<String> movedLabels) {
        public Result {
            movedLabels = List.copyOf(movedLabels);
        }
    }

    private record Line(String text, int page, int gapBefore, int index) {
    }

    public Result build(List<Page> pages) {
        List<Line> lines = new ArrayList<>();
        int gap = 0;
        for (Page page : pages) {
            for (String raw : page.lines()) {
                String t = raw.strip();
                if (t.isEmpty()) {
                    gap++;
                } else {
                    lines.add(new Line(t, page.number(), gap, lines.size()));
                    gap = 0;
                }
            }
        }
        int measure = wrappedMedian(lines);
        int cap = measure > 0 && share(lines, (int) Math.round(measure * UNWRAPPED_TO_MEASURE)) >= UNWRAPPED_SHARE
                ? (int) Math.round(measure * MEASURE_TO_WIDTH) : Integer.MAX_VALUE;
        int typical = typicalWidth(lines);
        int width = Math.min(typical, cap);
        java.util.Map<Integer, Integer> pageLines = pageWidths(lines, typical);
        java.util.Map<Integer, Integer> pageWidths = new java.util.HashMap<>(pageLines);
        pageWidths.replaceAll((k, v) -> Math.min(v, cap)); // the lines' measure; pageLines: their length
        boolean unwrapped = isUnwrapped(lines);
        boolean doubleSpaced = !unwrapped && isDoubleSpaced(lines);
        java.util.Set<String> leads = seriesLeads(lines);
        java.util.Set<Integer> lettered = LetteredRuns.labelled(lines.stream().map(Line::text).toList());

        List<Block> blocks = new ArrayList<>();
        List<List<Line>> linesOf = new ArrayList<>();
        List<Line> currentLines = new ArrayList<>();
        StringBuilder current = null;
        int page = 1;
        int count = 0;
        Line prev = null;
        Line blockStart = null;
        boolean afterLabel = false;
        for (Line line : lines) {
            // A heading line ends its block, unless it ends in a short word in lower case where it
            // goes on: a title after its label ("Εμπιστευτικότητα, Διασφάλιση και" / "Ορθή Χρήση"), or a
            // numbered line that fills its column ("1. Για τους σκοπούς ... πληροφοριών του" / "Τμήματος"),
            // or in one of the profile's conjunctions, which no title ends with ("... for Research and" /
            // "Innovation", a list's item set narrower than the page).
            boolean headingLineEnds = current != null && (afterLabel || (count == 1 && isNumberedHeadingLine(prev.text(), width)))
                    && count == 1 && !endsSentence(NoteRefs.strip(prev.text()))
                    && !prev.text().endsWith(",") && !(endsWithShortLowerWord(prev.text())
                        && (afterLabel || prev.text().length() >= pageWidths.get(prev.page()) * HEADING_LINE))
                    && !joiner.endsWithConjunction(prev.text())
                    && Character.isUpperCase(line.text().codePointAt(0))
                    && !(isAllCaps(prev.text()) && isAllCaps(line.text()));
            if (current != null && (unwrapped || headingLineEnds || lettered.contains(line.index()) || isNumberLine(lines, line)
                    || (count == 1 && overNarrowerColumn(lines, prev, pageLines.get(prev.page())))
                    || starts.closesQuotation(current, NoteRefs.strip(prev.text()))
                    || breaksBetween(blockStart, prev, line, doubleSpaced, pageWidths.get(prev.page()),
                    pageLines.get(prev.page()), leads))) {
                afterLabel = count == 1 && starts.isStructureLabel(prev.text());
                blocks.add(new Block(current.toString(), page, count, false));
                linesOf.add(currentLines);
                currentLines = new ArrayList<>();
                current = null;
            }
            currentLines.add(line);
            if (current == null) {
                current = new StringBuilder(line.text());
                blockStart = line;
                page = line.page();
                count = 1;
            } else {
                joiner.joinInto(current, line.text());
                count++;
            }
            prev = line;
        }
        if (current != null) {
            blocks.add(new Block(current.toString(), page, count, false));
            linesOf.add(currentLines);
        }
        LeadSentences.Result leadSentences = oneType && !unwrapped
                ? LeadSentences.mark(blocks, shapes(linesOf), measure, starts::opensLabelled)
                : new LeadSentences.Result(blocks, 0, 0);
        List<String> moved = new ArrayList<>();
        List<Block> merged = mergeLabelOnly(leadSentences.blocks(), moved, pageLines);
        int[] boxes = {0};
        List<Block> out = joinAroundBoxes(merged, boxes);
        return new Result(out, doubleSpaced, width, boxes[0], leadSentences, moved);
    }

    /** Each block's lines, the blank lines before it, and whether the next block follows with none, on the same page. */
    private static List<LeadSentences.Shape> shapes(List<List<Line>> linesOf) {
        List<LeadSentences.Shape> out = new ArrayList<>(linesOf.size());
        for (int i = 0; i < linesOf.size(); i++) {
            List<Line> ls = linesOf.get(i);
            Line last = ls.get(ls.size() - 1);
            Line next = i + 1 < linesOf.size() ? linesOf.get(i + 1).get(0) : null;
            boolean runsOn = next != null && next.gapBefore() == 0 && next.page() == last.page();
            out.add(new LeadSentences.Shape(ls.stream().map(Line::text).toList(), ls.get(0).gapBefore(), runsOn));
        }
        return out;
    }

    /**
     * The body's median wrapped line: the length of lines that the next line continues in lower case
     * (wrapped inside a sentence), when there are enough of them to measure ({@value #WRAPPED_SAMPLE}); else 0.
     */
    static int wrappedMedian(List<Line> lines) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = lines.get(i + 1);
            String at = NoteRefs.strip(a.text()).strip();
            if (b.gapBefore() == 0 && b.page() == a.page() && at.length() < UNWRAPPED_WIDTH
                    && Character.isLowerCase(b.text().codePointAt(0))) {
                lengths.add(at.length());
            }
        }
        if (lengths.size() < WRAPPED_SAMPLE) {
            return 0;
        }
        lengths.sort(null);
        return lengths.get(lengths.size() / 2);
    }

    /**
     * What the page showed of a line's last part. pdftotext's default output joins a line that ends in
     * a hyphen to the next ("... due to its excellent, broad-" / "based research landscape. The Federal
     * Government aims ... for AI research." comes out as one line of 220 characters where the page's
     * lines hold 118): a line more than {@value #JOINED_LINE} times its page's full line ({@code pageLine},
     * from {@link #pageWidths}, not capped to a gazette's measure) holds such joins, one per full line it
     * spans, each after a line that was full because it broke inside a word. The page ended the line
     * after those, at least the line's length less that many full lines, taken at the short end of a
     * ragged margin ({@value #RAGGED_FULL_LINE} of the full line), so that the estimate errs towards a
     * full line, which ends no paragraph. Text with its layout (a PDF's own lines) and ordinary lines are
     * as long as they are.
     */
    private int shownLength(String line, int pageLine) {
        int n = line.length();
        if (!oneType || n <= pageLine * JOINED_LINE || n >= UNWRAPPED_WIDTH * 3) {
            return n;
        }
        int joins = n / pageLine;
        return Math.max(1, n - (int) (joins * pageLine * RAGGED_FULL_LINE));
    }

    /** A line this many times its page's full line or longer holds lines pdftotext joined at a hyphen. */
    static final double JOINED_LINE = 1.25;

    /** A full line of ragged text is at least this share of the page's full line. */
    static final double RAGGED_FULL_LINE = 0.9;

    /**
     * A full line is at most this much longer than the body's median wrapped line. Where pdftotext sets
     * many of a gazette's narrow-column paragraphs on one unwrapped line each (at least
     * {@value #UNWRAPPED_SHARE} of the lines {@value #UNWRAPPED_TO_MEASURE} times the median wrapped
     * line or longer), the lines' high percentile overstates the width a line is wrapped at, and the
     * width is taken from the wrapped lines instead.
     */
    static final double MEASURE_TO_WIDTH = 1.1;
    static final double UNWRAPPED_TO_MEASURE = 1.5;
    static final double UNWRAPPED_SHARE = 0.1;

    /** The share of lines (of 20 characters or more) at least {@code length} long. */
    private static double share(List<Line> lines, int length) {
        long all = lines.stream().filter(l -> NoteRefs.strip(l.text()).length() >= 20).count();
        long longer = lines.stream().filter(l -> NoteRefs.strip(l.text()).length() >= Math.max(20, length)).count();
        return all == 0 ? 0 : (double) longer / all;
    }

    /**
     * A block's first line over a column of lines much narrower than it ("Discover the NIS 2 Directive
     * and stay informed" over "Learn more about the NIS 2" / "Directive and keep abreast" / "of
     * developments in the"): a wrapped line is as long as its column's lines, so a line
     * {@value #NARROWER_COLUMN} times the longest of the {@value #COLUMN_LINES} lines under it (on its
     * page, no blank between, the column itself narrow on its page) was not wrapped into them: a
     * heading over its text in pdftotext's output. Only without layout (a PDF's own type tells), and
     * never after a stop, a comma or a short lower-case word, nor for a line longer than its page's
     * lines (a gazette paragraph that pdftotext left unwrapped over its column).
     */
    private boolean overNarrowerColumn(List<Line> lines, Line first, int pageLine) {
        String at = NoteRefs.strip(first.text()).strip();
        if (!oneType || at.isEmpty() || endsSentence(at) || ",;:".indexOf(at.charAt(at.length() - 1)) >= 0
                || first.index() + COLUMN_LINES >= lines.size()) {
            return false;
        }
        int longest = 0;
        for (int k = 1; k <= COLUMN_LINES; k++) {
            Line l = lines.get(first.index() + k);
            if (l.page() != first.page() || l.gapBefore() > 0) {
                return false;
            }
            longest = Math.max(longest, NoteRefs.strip(l.text()).strip().length());
        }
        return Character.isUpperCase(lines.get(first.index() + 1).text().codePointAt(0)) && at.length() >= longest * NARROWER_COLUMN
                && longest <= pageLine * NARROW_COLUMN_SHARE && at.length() <= pageLine && !endsWithShortLowerWord(at);
    }

    /** A narrow column: its lines at most this share of the page's full line (a brochure's sidebar, not a gazette's column). */
    static final double NARROW_COLUMN_SHARE = 0.6;

    /** A heading line is this many times as long as the column lines under it, or more. */
    static final double NARROWER_COLUMN = 1.4;

    /** Lines of a column a heading stands over. */
    static final int COLUMN_LINES = 3;

    /**
     * A number alone on its line ("1", "12") after a line that ends in a word, before a capital or a
     * blank line, is a block of its own: a heading's number set apart from its title ("Available
     * services" / "1" / "" / "Discover the NIS 2 Directive ..."), a step's or a cell's figure, which the
     * structure stage joins to the heading it numbers. A sentence does not end a line with a word and
     * go on with a lone number that a capital follows; a structure word does ("Artikel" / "5").
     */
    private boolean isNumberLine(List<Line> lines, Line line) {
        if (!NUMBER_LINE.matcher(line.text()).matches() || line.index() == 0) {
            return false;
        }
        String before = NoteRefs.strip(lines.get(line.index() - 1).text()).strip();
        if (before.isEmpty() || !Character.isLetter(before.codePointBefore(before.length())) || line.gapBefore() > 0
                || starts.isStructureLabel(before + " " + line.text())) {
            return false; // "Artikel" / "5": a structure label wrapped before its number is one label
        }
        Line after = line.index() + 1 < lines.size() ? lines.get(line.index() + 1) : null;
        return after == null || after.gapBefore() > 0 || Character.isUpperCase(after.text().codePointAt(0));
    }

    private static final java.util.regex.Pattern NUMBER_LINE = java.util.regex.Pattern.compile("\\d{1,2}");

    /** Wrapped lines needed to know the body's measure. */
    static final int WRAPPED_SAMPLE = 50;

    private boolean breaksBetween(Line start, Line a, Line b, boolean doubleSpaced, int width, int pageLine,
                                  java.util.Set<String> leads) {
        String at = NoteRefs.strip(a.text());
        String bt = b.text();
        if (endsClause(at) && (leads.contains(firstWord(bt)) || leads.contains(firstWord(start.text())) && startsUpper(bt))) {
            // "...;" / "Whereas the CbC Report ...": the next clause of a series opens; after the last
            // clause's semicolon, a capital opens what follows the series ("Now, therefore, ...").
            return true;
        }
        if (actName != null && (a.index() < TITLE_LINES && actName.matcher(at).matches()
                || b.index() < TITLE_LINES && actName.matcher(bt).matches())) {
            return true;
        }
        if (titleLead != null && b.index() < TITLE_LINES && titleLead.matcher(bt).lookingAt()) {
            return true; // "COVID-19 pandemic: lessons learned ..." / "European Parliament resolution of 12 July 2023 on ..."
        }
        if (actName != null && isAllCaps(at) && actName.matcher(at).matches()) {
            return true; // "USTAWA" over "z dnia 6 września 2001 r.": an act's name in capitals heads an act annexed further on
        }
        if (closingFormula != null && !at.isEmpty() && ",:;.".indexOf(at.charAt(at.length() - 1)) < 0
                && !starts.opensBlock(bt) && isAllCaps(at) == isAllCaps(bt)
                && closingFormula.matcher(at).matches() && closingFormula.matcher(at + " " + bt).matches()) {
            return false; // "Ο ΠΡΟΕΔΡΟΣ" / "ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ": one formula printed over two lines
        }
        if (starts.isAnnexReference(NoteRefs.strip(start.text())) && b.index() - start.index() < ANNEX_REFERENCE_LINES
                && b.page() == a.page() && (b.gapBefore() == 0 || !oneType && b.gapBefore() == 1) && !endsSentence(at) && !at.endsWith(":") && !starts.opensBlock(bt)
                && !Capitals.isLine(bt) && !(isAllCaps(bt) && !isAllCaps(at)) && (actName == null || !actName.matcher(bt.strip()).matches())) {
            // "Załącznik do obwieszczenia Marszałka Sejmu Rzeczypospolitej" / "Polskiej z dnia ...": one
            // heading (the PDF's text stripper sets each line of a right-aligned heading apart by a blank line).
            return false;
        }
        if (NUMBER_IN_WORDS_THEN_DIGITS.matcher(bt).lookingAt() && !at.isEmpty() && Character.isLetter(at.charAt(at.length() - 1))) {
            return false; // "εκατόν πενήντα" / "(150) ναυτικοί": a number in words, then in digits, runs on
        }
        if (NUMBER_IN_RUNNING_TEXT.matcher(bt).lookingAt() && !at.isEmpty() && !endsSentence(at) && !at.endsWith(":")
                && b.gapBefore() == 0) {
            return false; // "(cf. also fields of action" / "3.2 and 3.12). The national ...": the sentence goes on
        }
        if (LETTER_BULLET.matcher(bt).lookingAt() && !at.isEmpty() && at.length() >= width * WRAPPED_LINE
                && !FULL_STOP.matcher(at).find() && !endsClause(at) && !endsWithOneOf(at, ":!?")
                && !LETTER_BULLET.matcher(start.text()).lookingAt()) {
            // "... określonych w przepisach" / "o ochronie informacji niejawnych ...", "Podmioty," / "o których
            // mowa ...": "o" is a word in Polish, Czech, Slovak, Romanian, Portuguese, Italian, Spanish; after
            // a wrapped line that ends in a word or a comma it goes on with the sentence. A sub-bullet follows
            // a short line, an item's stop, or an item of its own list.
            return false;
        }
        if (starts.opensBlock(bt) || (closingFormula != null
                && (closingFormula.matcher(at).matches() || closingFormula.matcher(bt).matches()))) {
            return true;
        }
        if (leads.contains(firstWord(start.text())) && !endsClause(at) && !endsSentence(at) && !at.endsWith(":")
                && b.page() == a.page()) {
            // "Λαμβάνοντας υπόψη ότι η Κυβέρνηση της Ελληνικής" / "Δημοκρατίας ...": a clause of a series runs
            // to its semicolon, though a narrow column ends its first line early before a capital.
            return false;
        }
        if (at.endsWith(":") && starts.opensQuotation(bt)) {
            // "... is replaced by the following:" / "‘2.": the quoted text starts on a line of its own,
            // its opening mark against the margin (Interinstitutional Style Guide 3.3).
            return true;
        }
        if (WORD_HYPHEN_END.matcher(at).find()) {
            return false; // "post-" / "COVID-19" across a page break: a word goes on, whatever follows
        }
        if (Capitals.isLine(bt) && !isAllCaps(at)) {
            return true; // a whole line in capitals after mixed case: a title or formula starts
        }
        boolean aEndsSentence = endsSentence(at);
        boolean bLower = Character.isLowerCase(bt.codePointAt(0));
        if (bLower) {
            // Lower case continues the sentence, unless the line before closed one with a full
            // stop after a word (not an abbreviation): then something interrupted the text.
            return FULL_STOP.matcher(at).find();
        }
        boolean bUpper = Character.isUpperCase(bt.codePointAt(0));
        if (bUpper && !aEndsSentence && !at.endsWith(",") && RUN_IN_LABEL.matcher(start.text()).lookingAt()) {
            return true; // "Belang: ... benutten" + "Nederland is ...": a run-in heading ends
        }
        boolean capitalsGoOn = isAllCaps(at) && isAllCaps(bt) && isAllCaps(start.text()) && !at.isEmpty()
                && Character.isLetter(at.codePointBefore(at.length())) && !starts.opensBlock(bt);
        if (capitalsGoOn && bt.startsWith("(") && bt.indexOf(' ') > 0) {
            // "JOINT PROCUREMENT AGREEMENTS AND ADVANCED PURCHASE AGREEMENTS" / "(NEGOTIATIONS,
            // TRANSPARENCY, LIABILITIES AND ENFORCEMENT)": a heading in capitals goes on in brackets.
            return false;
        }
        if (capitalsGoOn && a != start && b.gapBefore() <= 1
                && at.length() >= FULL_CAPITALS_LINE * NoteRefs.strip(start.text()).length()) {
            // "... INCLUDING SUPPLY CHAIN" / "RESILIENCE, ... OF CRITICAL" / "" / "PHARMA AND MEDICAL
            // PRODUCTS": a heading in capitals whose line is as full as its first was wrapped goes on,
            // past the blank line pdftotext set inside it or a page break.
            return false;
        }
        if (bt.startsWith("(") && bt.endsWith(")") && at.length() < width * 0.75) {
            return true; // "(2013/2606(RSP))" under a title
        }
        if (a == start && bt.startsWith("(") && starts.isStructureLabel(at)) {
            return true; // "Άρθρο 3" / "(άρθρα 1 παρ. 7, 2, 8 παρ. 1, 10 παρ. 3, 12" / "της Οδηγίας 2009/38/ΕΚ)": a label alone, then its title
        }
        if (b.page() != a.page() && FULL_STOP.matcher(at).find()) {
            return true; // a page that ends a sentence most often ends its paragraph
        }
        if (joiner.endsWithConjunction(at) && b.page() == a.page() && b.gapBefore() <= 1) {
            // "3. Strong Danish participation in the EU Framework Programme for Research and" /
            // "Innovation": no title or sentence ends in a conjunction (profile "conjunctions"), though
            // the PDF's text stripper set the line apart from it.
            return false;
        }
        int blankLimit = doubleSpaced ? 2 : 1;
        if (b.gapBefore() >= blankLimit) {
            return true;
        }
        if (LOWER_CASE_POINT.matcher(start.text()).lookingAt() && !endsWithOneOf(at, ".;:,·!?")) {
            // "δα) αναφορικά με Όμιλο ΠΕ που έχει Αναφέρουσα" / "Οντότητα με φορολογική ...": a point
            // that opens in lower case runs on until its clause ends (a point is no heading), though
            // a narrow column ends a line early before a capitalised term.
            return false;
        }
        int shown = shownLength(at, pageLine);
        boolean aShort = shown < width * 0.75;
        if (aShort && (aEndsSentence || at.endsWith(":"))) {
            return true;
        }
        if (aEndsSentence && bUpper && shown + 1 + firstWord(bt).length() < width * FILL_TOLERANCE) {
            // The next line's first word would have fitted on this one: the line was not wrapped
            // but ended, at the end of a sentence: a paragraph ends (ragged or justified text alike).
            return true;
        }
        if (oneType && a == start && bUpper && !aEndsSentence && ",;-–".indexOf(at.charAt(at.length() - 1)) < 0
                && !(isAllCaps(at) && isAllCaps(bt))
                && !endsWithShortLowerWord(at) && at.length() < width * HEADING_LINE
                && at.length() + 1 + firstWord(bt).length() < width * FILL_TOLERANCE) {
            // A block's first line that ends early, without a stop, before a capital: a heading
            // run into its text by pdftotext ("Need for a common ethical framework for artificial
            // intelligence" / "Artificial intelligence entails ..."): the line was ended, not wrapped.
            // Short, too: a paragraph's first line that falls a word short of the measure may have
            // kept two words together ("Regulation (EU)" / "No 1093/2010").
            return true;
        }
        return at.length() < width * 0.6 && bUpper && !at.endsWith(",") && !at.endsWith("-")
                && !(isAllCaps(at) && isAllCaps(bt)) // a title in capitals over several lines
                && !endsWithShortLowerWord(at); // "Consiliul Suprem de" / "Apărare a Ţării": a name goes on
    }

    /**
     * A line is taken as filled to the width when the next word would have brought it within this
     * share of the page's typical width (the 80th percentile of line lengths, which full lines of
     * ragged text fall short of by a word or so).
     */
    static final double FILL_TOLERANCE = 0.95;

    /** A capitals line at least this share of its heading's first line was wrapped: the heading goes on. */
    static final double FULL_CAPITALS_LINE = 0.9;

    /** An annex heading that names what the annex is annexed to runs over at most this many lines. */
    static final int ANNEX_REFERENCE_LINES = 3;

    /**
     * A line at least this share of the page's typical width was wrapped, not ended: a list's
     * sub-bullet does not follow it in mid-sentence. (A page's typical width can be raised by
     * pdftotext's overlong lines, so a wrapped line may fall well short of it.)
     */
    static final double WRAPPED_LINE = 0.6;

    /**
     * A heading's line ends well before the measure; the first line of a paragraph, wrapped, comes
     * within a word or two of it (a long word, or words the typesetter keeps together, short of it).
     */
    static final double HEADING_LINE = 0.8;

    /**
     * Ends with a short word in lower case ("de", "şi", "of", "for"): a preposition, article or
     * conjunction, after which no heading, name or paragraph ends.
     */
    public static boolean endsWithShortLowerWord(String t) {
        String[] words = t.strip().split("\\s+");
        String w = words[words.length - 1];
        return words.length >= 2 && w.length() <= 3 && w.codePoints().allMatch(Character::isLowerCase);
    }

    /**
     * Words that open a series of clauses, each ending with a semicolon: the preamble of a treaty, an
     * agreement or a resolution ("Whereas ...;", "Considering ...;", "Λαμβάνοντας υπόψη ...·",
     * "Considérant ...;"). A capitalised word of five letters or more that starts a line right after a
     * line ending a clause at least {@value #SERIES_MIN} times is such a lead, whatever the language:
     * prose does not start so many lines with one word after a semicolon.
     */
    static java.util.Set<String> seriesLeads(List<Line> lines) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String w = firstWord(lines.get(i).text());
            if (w.codePointCount(0, w.length()) >= 5 && Character.isUpperCase(w.codePointAt(0))
                    && w.codePoints().allMatch(Character::isLetter) && !isAllCaps(w)
                    && endsClause(NoteRefs.strip(lines.get(i - 1).text()))) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        counts.forEach((w, n) -> {
            if (n >= SERIES_MIN) {
                out.add(w);
            }
        });
        return out;
    }

    /** A series lead is taken from this many clause starts. */
    static final int SERIES_MIN = 3;

    /** Ends with a semicolon (";" or the Greek "·"), after any closing quotation mark or bracket. */
    static boolean endsClause(String text) {
        return endsWithOneOf(text, ";·");
    }

    static String firstWord(String t) {
        int sp = t.indexOf(' ');
        return sp < 0 ? t : t.substring(0, sp);
    }

    /** "2.1 Internationale belangen", "4. Beleidsprioriteiten ...": a numbered line short of the full width. */
    private static boolean isNumberedHeadingLine(String text, int width) {
        String t = NoteRefs.strip(text);
        return NUMBERED_HEADING.matcher(t).lookingAt() && t.length() < width * 0.85 && !t.endsWith(":");
    }

    private static boolean startsUpper(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    /** Letters all upper case: a title in capitals running over several lines. */
    static boolean isAllCaps(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    static boolean endsSentence(String text) {
        // "·" is the Greek semicolon (the ano teleia, U+0387, canonically U+00B7 and so after NFC).
        return endsWithOneOf(text, ".!?;·");
    }

    /** Whether the text's last character, after any closing quotation marks and brackets, is one of {@code marks}. */
    private static boolean endsWithOneOf(String text, String marks) {
        String t = text.strip();
        int end = t.length();
        while (end > 0 && "\"'’”)]»".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && marks.indexOf(t.charAt(end - 1)) >= 0;
    }

    /**
     * Whether each line is a paragraph: text copied from a web page (EUR-Lex) or saved from a word
     * processor, whose lines were never wrapped. Evidence: at least three lines, and a fifth of the
     * lines of 20 characters or more, are longer than any printed line. Then a blank line between
     * lines separates paragraphs, never lines of one double-spaced paragraph, and every line is a
     * block of its own.
     */
    private static boolean isUnwrapped(List<Line> lines) {
        int counted = 0;
        int longer = 0;
        for (Line l : lines) {
            int n = Spaces.folded(NoteRefs.strip(l.text())).length();
            if (n >= 20) {
                counted++;
                if (n > UNWRAPPED_WIDTH) {
                    longer++;
                }
            }
        }
        return longer >= 3 && longer * 5 >= counted;
    }

    /**
     * Double spacing (a typescript convention: a blank line after every line, two between
     * paragraphs): most lines come after exactly one blank line, few directly after another line,
     * and the blank lines fall inside sentences too. Text with a blank line between short
     * paragraphs (pdftotext's Official Journal: "(1)", blank, a three-line recital, blank) has as
     * many lines right after another line; text whose paragraphs of one or two lines are separated
     * by blank lines (a regulation's closing articles copied from EUR-Lex and wrapped) has its blank
     * lines only at sentence ends.
     */
    private static boolean isDoubleSpaced(List<Line> lines) {
        if (lines.size() < 10) {
            return false;
        }
        int single = 0;
        int direct = 0;
        for (Line l : lines) {
            if (l.gapBefore() == 1) {
                single++;
            } else if (l.gapBefore() == 0) {
                direct++;
            }
        }
        return single > lines.size() * 0.45 && direct < lines.size() * 0.3 && blanksInsideSentences(lines);
    }

    /**
     * Whether blank lines fall inside sentences throughout: a line cut after a word and a line
     * going on in lower case ("... in particular" / "Articles 2 and 3 ..." does not count, "... the
     * integrity" / "of our free ..." does) are separated by one blank line at least a fifth of the
     * lines (a double-spaced paragraph of three lines has one such line end or more: a sentence
     * rarely ends exactly at every line), and more often than not. A title line or two that runs on
     * in lower case after a blank line ("of 15 July 2015" / "approving ...") is not such evidence.
     */
    private static boolean blanksInsideSentences(List<Line> lines) {
        int blank = 0;
        int direct = 0;
        for (int i = 1; i < lines.size(); i++) {
            String a = NoteRefs.strip(lines.get(i - 1).text());
            String b = lines.get(i).text();
            if (!a.isEmpty() && Character.isLetter(a.codePointBefore(a.length()))
                    && Character.isLowerCase(b.codePointAt(0))) {
                if (lines.get(i).gapBefore() == 1) {
                    blank++;
                } else if (lines.get(i).gapBefore() == 0) {
                    direct++;
                }
            }
        }
        return blank * 5 >= lines.size() && blank > direct;
    }

    /**
     * The width of a full line on each page: pages differ (a gazette's two narrow columns beside a
     * full-width annex), so "short" is judged against the page's own lines. A page with too few lines
     * to tell takes the document's width, and so does a page whose high percentile is
     * {@value #JOINED_LINE} times its median line or more: a page of many lines pdftotext joined, or of
     * two columns of different widths, whose high percentile measures no line the page set.
     */
    private static java.util.Map<Integer, Integer> pageWidths(List<Line> lines, int documentWidth) {
        java.util.Map<Integer, List<Line>> byPage = new java.util.HashMap<>();
        for (Line l : lines) {
            byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
        }
        java.util.Map<Integer, Integer> out = new java.util.HashMap<>();
        for (var e : byPage.entrySet()) {
            int[] lengths = e.getValue().stream().mapToInt(l -> NoteRefs.strip(l.text()).length()).filter(n -> n >= 20).sorted().toArray();
            int full = lengths.length >= 8 ? typicalWidth(e.getValue()) : documentWidth;
            out.put(e.getKey(), lengths.length >= 8 && full < lengths[lengths.length / 2] * JOINED_LINE ? full : documentWidth);
        }
        return out;
    }

    /** The width of a full line: a high percentile of line lengths. */
    private static int typicalWidth(List<Line> lines) {
        int[] lengths = lines.stream().mapToInt(l -> NoteRefs.strip(l.text()).length()).filter(n -> n >= 20).toArray();
        if (lengths.length == 0) {
            return 80;
        }
        Arrays.sort(lengths);
        return Math.max(30, lengths[(int) Math.floor(lengths.length * 0.8)]);
    }

    /**
     * "(1)", "1.", "(I)", a bullet or a dash alone on a line label the block after it (recitals in
     * the Official Journal; paragraphs, headings, bullets and the dashes of citations in pdftotext's
     * output, which sets a list's labels apart from its text). A bare "1" over a heading is left to
     * the structure stage, which knows whether a heading follows ({@code StructureBuilder.joinChapterNumbers}).
     * A label whose next block opens with a label of its own labels nothing: it is a cell's content
     * (a dash for "none" in a form's value column, before the next row's "5. Propuneri ...").
     */
    private List<Block> mergeLabelOnly(List<Block> blocks, List<String> moved, java.util.Map<Integer, Integer> pageLines) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean label = b.plain().matches("\\(?\\d{1,3}[.)]|\\(?\\p{Ll}{1,2}\\)|[A-Z]\\.|\\([ivx]{1,5}\\)|\\([IVX]{1,5}\\)|[IVX]{1,5}\\.|[•▪◦–—-]");
            int owner = label && i + 1 < blocks.size() ? displacedLabelOwner(b.plain(), out, blocks.get(i + 1)) : -1;
            java.util.regex.Matcher joined = LABEL_THEN_LOWER.matcher(b.text());
            if (label && i + 1 < blocks.size() && labelsLineBefore(b.plain(), b.page(), out, blocks.get(i + 1).plain(), pageLines)) {
                Block first = out.remove(out.size() - 1);
                Block n = blocks.get(i + 1);
                out.add(new Block(b.text() + " " + first.text() + " " + n.text(), first.page(),
                        b.lines() + first.lines() + n.lines(), false));
                moved.add(b.plain() + " to \"" + abbreviate(first.plain()) + "\" (page " + first.page() + ")");
                i++;
            } else if (!label && joined.lookingAt()
                    && labelsLineBefore(joined.group(1), b.page(), out, b.text().substring(joined.end(1)).strip(), pageLines)) {
                // The label and the sentence's lower-case rest were read as one block ("2." / "considered as one ...").
                Block first = out.remove(out.size() - 1);
                out.add(new Block(joined.group(1) + " " + first.text() + " " + b.text().substring(joined.end(1)).strip(),
                        first.page(), first.lines() + b.lines(), false));
                moved.add(joined.group(1) + " to \"" + abbreviate(first.plain()) + "\" (page " + first.page() + ")");
            } else if (owner >= 0) {
                Block item = out.get(owner);
                out.set(owner, new Block(b.text() + " " + item.text(), item.page(), b.lines() + item.lines(), false));
                moved.add(b.plain() + " to \"" + abbreviate(item.plain()) + "\" (page " + item.page() + ")");
            } else if (i + 1 < blocks.size() && label && !starts.opensLabelled(blocks.get(i + 1).plain())) {
                Block n = blocks.get(i + 1);
                out.add(new Block(b.text() + " " + n.text(), b.page(), b.lines() + n.lines(), false));
                i++;
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * A gazette's label column that pdftotext read after its text ("1)" / "art. 41 ustawy ... który
     * stanowi:" / "„Art. 41. ... 2015 r.”;" / "art. 90 ustawy ..." / "„Art. 90. ...”." / "2)" /
     * "Marszałek Sejmu: M. Kuchciński"): a lone number label, when the block after it opens with a
     * capital (a signature, a heading, not an item), belongs to the item its predecessor's item was
     * followed by: after the block labelled "1)" (at most {@value #DISPLACED_LABEL_REACH} blocks
     * back), the one block that opens in lower case, unlabelled, right after a clause's semicolon.
     * Returns that block's index in {@code out}, or -1.
     */
    private int displacedLabelOwner(String label, List<Block> out, Block next) {
        java.util.regex.Matcher m = NUMBER_LABEL.matcher(label);
        if (!m.matches() || next.plain().isEmpty() || !Character.isUpperCase(next.plain().codePointAt(0))) {
            return -1;
        }
        int k = Integer.parseInt(m.group(2));
        String previous = m.group(1) + (k - 1) + m.group(3) + " ";
        int p = out.size() - 1;
        while (p >= 0 && p >= out.size() - DISPLACED_LABEL_REACH && !out.get(p).plain().startsWith(previous)) {
            p--;
        }
        if (k < 2 || p < 0 || p < out.size() - DISPLACED_LABEL_REACH) {
            return -1;
        }
        int owner = -1;
        for (int q = p + 1; q < out.size(); q++) {
            String t = out.get(q).plain();
            String before = out.get(q - 1).plain().replaceAll("[\"”’»]+$", "").strip();
            if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0)) && !starts.opensLabelled(t) && endsClause(before)) {
                if (owner >= 0) {
                    return -1; // two unlabelled items: which one the label belongs to is not known
                }
                owner = q;
            }
        }
        return owner;
    }

    /**
     * pdftotext's default output on the Official Journal's layout, where a paragraph's number stands
     * in a column of its own: the number can come after the paragraph's first line ("Financial
     * entities shall measure the service downtime of an incident as referred to in Article 18(1),
     * point (b), of" / "2." / "Regulation (EU) 2022/2554, from the moment ..."). A label cannot stand
     * inside a sentence: when the block before it is one full line (at least {@value #FULL_FIRST_LINE}
     * of its page's line) that stops without any punctuation, the block after it goes on with that
     * sentence, and the number before it ("1.", "(1)") opened one of the last
     * {@value #NUMBERED_REACH} blocks, the label heads that line and the line and the text are one
     * paragraph.
     */
    private boolean labelsLineBefore(String label, int page, List<Block> out, String next, java.util.Map<Integer, Integer> pageLines) {
        java.util.regex.Matcher m = NUMBER_LABEL.matcher(label);
        if (!m.matches() || out.isEmpty() || next.isEmpty() || starts.opensLabelled(next)) {
            return false;
        }
        int k = Integer.parseInt(m.group(2));
        Block first = out.get(out.size() - 1);
        String t = first.plain().strip();
        if (k < 2 || first.lines() != 1 || first.page() != page || t.isEmpty() || starts.opensLabelled(t)
                || !Character.isLetterOrDigit(t.codePointBefore(t.length()))
                || t.length() < pageLines.getOrDefault(first.page(), Integer.MAX_VALUE) * FULL_FIRST_LINE) {
            return false;
        }
        String previous = m.group(1) + (k - 1) + m.group(3) + " ";
        for (int p = out.size() - 2; p >= 0 && p >= out.size() - 1 - NUMBERED_REACH; p--) {
            if (out.get(p).plain().startsWith(previous)) {
                return true;
            }
        }
        return false;
    }

    /** A number label and, after it, text in lower case: a sentence's rest read with the label before it. */
    private static final java.util.regex.Pattern LABEL_THEN_LOWER = java.util.regex.Pattern.compile("(\\(?\\d{1,3}[.)])\\s+(?=\\p{Ll})");

    /** A paragraph's first line, when its label follows it, fills this share of its page's line. */
    static final double FULL_FIRST_LINE = 0.8;

    /** How far back the number before a label set after its first line is looked for. */
    static final int NUMBERED_REACH = 30;

    /** How far back a displaced label's predecessor is looked for. */
    static final int DISPLACED_LABEL_REACH = 6;

    private static final java.util.regex.Pattern NUMBER_LABEL = java.util.regex.Pattern.compile("(\\(?)(\\d{1,3})([.)])");

    private static String abbreviate(String t) {
        return t.length() <= 40 ? t : t.substring(0, 40) + "...";
    }

    /**
     * X (ends mid-sentence) · Y.. (complete sentences) · Z (starts in lower case): X and Z are one
     * paragraph interrupted by a callout Y, which is placed before the joined paragraph (a callout does not split a list).
     */
    private List<Block> joinAroundBoxes(List<Block> blocks, int[] boxes) {
        List<Block> out = new ArrayList<>(blocks.size());
        int i = 0;
        while (i < blocks.size()) {
            Block x = blocks.get(i);
            int j = i + 1;
            boolean found = false;
            // An annex heading naming what it is annexed to is a heading, not a sentence a callout interrupts.
            if (!endsSentence(x.plain()) && !x.plain().endsWith(":") && x.lines() >= 2 && !starts.isAnnexReference(x.plain())) {
                while (j < blocks.size() && j <= i + 3 && isCompleteProse(blocks.get(j))) {
                    j++;
                }
                found = j > i + 1 && j < blocks.size() && Character.isLowerCase(blocks.get(j).plain().codePointAt(0));
            }
            if (!found) {
                out.add(x);
                i++;
                continue;
            }
            Block z = blocks.get(j);
            for (int k = i + 1; k < j; k++) {
                Block y = blocks.get(k);
                out.add(new Block(y.text(), y.page(), y.lines(), true));
                boxes[0]++;
            }
            out.add(new Block(joiner.join(x.text(), z.text()), x.page(), x.lines() + z.lines(), x.box()));
            i = j + 1;
        }
        return out;
    }

    private boolean isCompleteProse(Block b) {
        String t = b.plain();
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && endsSentence(t) && !starts.opensBlock(t);
    }
}
