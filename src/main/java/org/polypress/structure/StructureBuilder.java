package org.polypress.structure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.polypress.clean.Block;
import org.polypress.clean.BlockBuilder;
import org.polypress.clean.Capitals;
import org.polypress.clean.LetteredRuns;
import org.polypress.clean.CleanDocument;
import org.polypress.clean.NoteRefs;
import org.polypress.profile.LanguageProfile;

/**
 * The structure stage: clean blocks in, document tree out. Splits the document into its cover
 * page (Council-style: "(OR. en)", addressing lines), main part and annexes; in each part finds
 * the title, the preamble (formulas, citations, recitals) and the body, which
 * {@link BodyBuilder} turns into a tree. Every block ends up somewhere; blocks no rule claimed
 * are listed for the report.
 */
public final class StructureBuilder {
    /** Dot leaders and a page number: "Goals . . . . . 6", "Inleiding .......... 3". */
    /**
     * A contents entry's dot leader and page number ("Vision and goals . . . . 5"); a sign may stand
     * before the number (an arrow, or a symbol font's glyph that maps to no character: U+FFFD).
     */
    private static final Pattern DOT_LEADER = Pattern.compile("(?:\\.\\s?){4,}\\s*(?:[^\\p{L}\\p{N}\\s.]\\s*)?\\d{1,4}\\s*$|…{2,}\\s*\\d{1,4}\\s*$");
    /** A contents entry that ends with its page number: "Focus areas 23". */
    private static final Pattern TOC_TRAILING_PAGE = Pattern.compile("^\\D.*\\S\\s+(\\d{1,3})$");
    private static final Pattern PARENTHESISED = Pattern.compile("^\\(.*\\)$", Pattern.DOTALL);

    private final Clock clock;

    public StructureBuilder(Clock clock) {
        this.clock = clock;
    }

    public DocumentTree build(CleanDocument doc, LanguageProfile documentProfile) {
        LanguageProfile profile = documentProfile.withEnglishOriginals();
        BlockClassifier classifier = new BlockClassifier(profile);
        List<Classified> all = new ArrayList<>();
        for (Block b : doc.blocks()) {
            all.add(classifier.classify(b));
        }
        for (int i = 0; i < all.size(); i++) {
            if (isLetterBullet(all.get(i)) && !(i > 0 && all.get(i - 1).kind() == Classified.Kind.BULLET)
                    && !(i + 1 < all.size() && all.get(i + 1).kind() == Classified.Kind.BULLET)) {
                all.set(i, classifier.classify(all.get(i).block(), false));
            }
        }
        for (int i = 0; i < all.size(); i++) {
            if (isLabelledHeading(all, i)) {
                Classified c = all.get(i);
                all.set(i, new Classified(Classified.Kind.NUM_HEADING, c.num(), c.text(), 0, c.block()));
            }
        }
        Quotations.mark(all, profile.quotes());
        markAnnexReferences(all, profile);
        List<String> unclassified = new ArrayList<>();
        MetadataExtractor meta = new MetadataExtractor(profile);

        List<String> toc = extractToc(all, profile);
        List<String> warnings = new ArrayList<>();
        for (Refinement r : refinements(toc)) {
            r.applyTo(all, warnings);
        }
        int coverEnd = coverEnd(all, profile);
        List<org.polypress.structure.Node> cover = new ArrayList<>();
        List<String> coverLines = new ArrayList<>();
        String docType = null;
        Pattern doctypes = profile.leadPattern("doctype");
        for (int i = 0; i < coverEnd; i++) {
            String text = all.get(i).block().text();
            coverLines.add(NoteRefs.strip(text));
            cover.add(new Node.Prose(text, Node.Role.P));
            String plain = NoteRefs.strip(text).strip();
            if (docType == null && doctypes != null && doctypes.matcher(plain).lookingAt() && plain.length() < 60) {
                docType = plain;
            }
        }

        // Parts: the main one, then one per annex heading.
        List<List<Classified>> parts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        parts.add(new ArrayList<>());
        labels.add(null);
        for (int i = coverEnd; i < all.size(); i++) {
            Classified c = all.get(i);
            if (c.kind() == Classified.Kind.ANNEX && i + 1 < all.size()) {
                parts.add(new ArrayList<>());
                labels.add(c.num());
            } else {
                parts.get(parts.size() - 1).add(c);
            }
        }
        List<DocumentTree.Part> built = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            built.add(part(labels.get(p), parts.get(p), p == 0 && coverEnd > 0, classifier, profile, unclassified));
        }
        if (!toc.isEmpty()) {
            DocumentTree.Part m = built.get(0);
            built.set(0, m.withToc(toc));
        }
        DocumentTree.Part main = built.get(0);
        List<DocumentTree.Part> annexes = built.subList(1, built.size());

        // Metadata, from what the text states.
        List<String> front = new ArrayList<>(coverLines);
        for (DocumentTree.Part part : built) {
            if (part.title() != null) {
                front.add(NoteRefs.strip(part.title()));
            }
            if (part.numberLine() != null) {
                front.add(part.numberLine());
            }
        }
        String title = firstTitle(coverLines, built);
        if (docType == null && doctypes != null && main.title() != null) {
            // A gazette act's name opening its title ("OBWIESZCZENIE", then issuer, date, subject).
            for (int i = coverEnd; i < all.size() && all.get(i).block().page() == all.get(coverEnd).block().page(); i++) {
                String plain = all.get(i).plain().strip();
                if (isDocTypeLine(plain, doctypes) && main.title().startsWith(plain + " ")) {
                    docType = plain;
                    break;
                }
            }
        }
        Optional<String> number = meta.number(front);
        Optional<LocalDate> date = meta.date(front);
        boolean resolution = isResolution(main, profile);
        String author = institution(coverLines, built, profile);
        boolean eu = coverEnd > 0 || author != null && isEuInstitution(author, profile);
        String country = eu ? "eu" : profile.get("country").isEmpty() ? profile.code() : profile.get("country");
        ActKinds kinds = new ActKinds(profile);
        Optional<String> act = resolution || coverEnd > 0 ? Optional.empty() : kinds.of(main, annexes, docType, profile);
        DocumentTree.Act identity = null;
        boolean euAct = false;
        if (act.isPresent()) {
            ActIdentity.Found found = ActIdentity.read(ActIdentity.printedName(docType, main), main,
                    doc.stats().furnitureLines().stream().map(org.polypress.clean.Repairs.FurnitureLine::text).toList(), meta, kinds);
            identity = found.act();
            number = Optional.ofNullable(found.number());
            date = Optional.ofNullable(found.date());
            euAct = found.eu();
        }
        if (identity != null && euAct) {
            country = "eu";
        }
        DocumentTree.Metadata md = new DocumentTree.Metadata(title, number.orElse(null),
                date.orElse(LocalDate.now(clock)), date.isPresent(), profile.code(), profile.iso6392b(), country,
                author, docType);
        String root = act.isPresent() ? "act" : resolution ? "statement" : "doc";
        String name = act.orElse(resolution ? "resolution" : coverEnd > 0 ? "outcomeOfProceedings" : "document");
        return new DocumentTree(root, name, cover, main, annexes, doc.notes(), md, unclassified, identity, warnings);
    }

    /**
     * A named rule that refines the blocks' classification from their neighbours (the order is the
     * table's). A rule that fails on a document nobody foresaw (an exception) leaves the blocks as
     * they were before it and the report names it; the document is published by the other rules,
     * not lost.
     */
    record Refinement(String name, java.util.function.Consumer<List<Classified>> rule) {
        void applyTo(List<Classified> all, List<String> warnings) {
            List<Classified> before = new ArrayList<>(all);
            try {
                rule.accept(all);
            } catch (RuntimeException e) {
                all.clear();
                all.addAll(before);
                warnings.add("the structure rule " + name + " failed on this document and was skipped (" + e + ")");
            }
        }
    }

    /** The refinements, in the order they apply: each relies on the ones before it. */
    static List<Refinement> refinements(List<String> toc) {
        return List.of(
                new Refinement("joinChapterNumbers", StructureBuilder::joinChapterNumbers),
                new Refinement("numberInRunHeadings", StructureBuilder::numberInRunHeadings),
                new Refinement("markLabelRuns", StructureBuilder::markLabelRuns),
                new Refinement("markContentsHeadings", all -> markContentsHeadings(all, toc)),
                new Refinement("markLetteredParagraphs", StructureBuilder::markLetteredParagraphs),
                new Refinement("markCallouts", StructureBuilder::markCallouts),
                new Refinement("markNumberedLists", StructureBuilder::markNumberedLists));
    }

    /**
     * Callouts: strategies and white papers open a passage with a short statement set apart in
     * italic (the measure the passage then explains: "We will establish regional Centres of
     * Excellence for Labour Research ..."), a full sentence with its stop. A block is such a heading
     * when the PDF's layout shows it wholly in italic where the body is upright, at most
     * {@value BlockClassifier#DISPLAY_MAX_LINES} lines, standing alone (neither neighbour in italic:
     * a run of italic paragraphs is a passage in italic, such as a foreword) and followed by body-type
     * prose that it heads; and when the document uses the device more than once (a style that
     * recurs is a convention of the document, one italic sentence is emphasis).
     */
    static void markCallouts(List<Classified> all) {
        List<Integer> callouts = new ArrayList<>();
        for (int i = 1; i + 1 < all.size(); i++) {
            Classified c = all.get(i);
            Block b = c.block();
            Classified next = all.get(i + 1);
            boolean italic = b.type() == Block.Type.ITALIC && all.get(i - 1).block().type() != Block.Type.ITALIC
                    && next.block().type() == Block.Type.BODY;
            // Text input: the cleaner found the document's leads by their place and line breaks.
            boolean lead = b.type() == Block.Type.LEAD && next.block().type() == Block.Type.UNKNOWN;
            if (c.kind() == Classified.Kind.PROSE && (italic || lead)
                    && b.lines() <= BlockClassifier.DISPLAY_MAX_LINES && c.plain().strip().endsWith(".")
                    && next.kind() == Classified.Kind.PROSE && isSentence(next.plain())) {
                callouts.add(i);
            }
        }
        if (callouts.size() < 2) {
            return;
        }
        for (int i : callouts) {
            Classified c = all.get(i);
            all.set(i, new Classified(Classified.Kind.HEADING, "", c.text(), 0, c.block()));
        }
    }

    /**
     * Whether, from block {@code from} on, only recitals and prose come up to the enacting formula or
     * the end of the blocks: then that prose is in the recitals (see the preamble's PROSE case).
     */
    private static boolean recitalsGoOnFrom(List<Classified> blocks, int from) {
        for (int k = from; k < blocks.size(); k++) {
            switch (blocks.get(k).kind()) {
                case ENACTING -> {
                    return true;
                }
                case PROSE, RECITAL, PAREN_NUMBERED -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /** A date line of a few words that ends in a year written as an ordinal: "od 1. travnja 2022.". */
    private static final Pattern ORDINAL_YEAR_DATE = Pattern.compile("^(?:\\S+\\s+){1,5}\\d{4}\\.$");

    /** A chapter's number set alone ("1", "IV."), in large type on a line of its own. */
    private static final Pattern NUMBER_ALONE = Pattern.compile("^(?:\\d{1,2}|[IVXLC]{1,6})\\.?$");

    /**
     * Chapter openings of strategies and reports print the chapter's number alone, in large type,
     * above its title ("1" / "Vision and goals"); pdftotext gives them as two blocks. A block that is
     * only such a number, followed on its page by an unnumbered heading, numbers that heading.
     */
    static void joinChapterNumbers(List<Classified> all) {
        for (int i = 0; i + 1 < all.size(); i++) {
            Classified c = all.get(i);
            Classified next = all.get(i + 1);
            String plain = c.plain().strip();
            if ((c.kind() == Classified.Kind.HEADING || c.kind() == Classified.Kind.PROSE) && NUMBER_ALONE.matcher(plain).matches()
                    && next.kind() == Classified.Kind.HEADING && next.block().page() == c.block().page()) {
                all.set(i, new Classified(Classified.Kind.NUM_HEADING, plain, next.text(), 0, next.block()));
                all.remove(i + 1);
            }
        }
    }

    /**
     * A heading that opens with a number and a space ("2 Find out if your entity is subjected to the
     * Directive") between the numbered headings before and after it in sequence ("1" over "Discover
     * ...", "3" over "Registering with ANSSI", their numbers set apart by pdftotext) is numbered as they
     * are: the number is its label, not a word of its title. Without both neighbours in sequence, a
     * number opening a heading ("10 tips for ...", "2021 in review") stays its text.
     */
    static void numberInRunHeadings(List<Classified> all) {
        for (int i = 0; i < all.size(); i++) {
            Classified c = all.get(i);
            java.util.regex.Matcher m = NUMBER_THEN_TITLE.matcher(c.plain().strip());
            if (c.kind() != Classified.Kind.HEADING || !m.matches()) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            String before = neighbourNumber(all, i, -1);
            String after = neighbourNumber(all, i, 1);
            if (String.valueOf(n - 1).equals(before) && String.valueOf(n + 1).equals(after)) {
                String plain = c.plain().strip();
                all.set(i, new Classified(Classified.Kind.NUM_HEADING, m.group(1),
                        BlockClassifier.stripLabel(c.text(), plain.length() - m.group(2).length()), 1, c.block()));
            }
        }
    }

    /** "2 Find out ...": a number of one or two digits, a space, a capitalised title. */
    private static final Pattern NUMBER_THEN_TITLE = Pattern.compile("^(\\d{1,2})\\s+(\\p{Lu}.*)$", Pattern.DOTALL);

    /** The number of the nearest numbered heading before (step -1) or after (step 1) block i, or null. */
    private static String neighbourNumber(List<Classified> all, int i, int step) {
        for (int k = i + step; k >= 0 && k < all.size(); k += step) {
            if (all.get(k).kind() == Classified.Kind.NUM_HEADING) {
                return all.get(k).num().replaceFirst("\\.$", "");
            }
        }
        return null;
    }

    /**
     * Without layout evidence, short capitalised lines are taken for headings by their shape alone.
     * A run of three or more of them with nothing between is not a cascade of headings each heading
     * the next (headings head text) but the labels of a grid or a list set without bullets: the
     * sectors of an infographic ("Healthcare", "Energy", "Transport", ...), the cells of a table's
     * column. The first of the run heads them, the others are prose, but for the last when prose
     * follows it: that one heads the text. With the PDF's layout, the type
     * of each line decides, so runs in display type are left alone.
     */
    static void markLabelRuns(List<Classified> all) {
        int i = 0;
        boolean text = false; // the title block opens the document with its lines in a row
        while (i < all.size()) {
            int j = i;
            while (j < all.size() && all.get(j).kind() == Classified.Kind.HEADING
                    && (all.get(j).block().type() == Block.Type.UNKNOWN || sameTypeLabel(all.get(i), all.get(j)))) {
                j++;
            }
            // With the layout, a run of display lines is a figure's labels only when nothing follows
            // them on their page (the headings of boxes whose text the content stream wrote after them
            // have it there: "For the individual" / "For businesses" / "For the public sector" / bullets).
            boolean typed = all.get(i).block().type() != Block.Type.UNKNOWN;
            boolean pageEnds = j > i && (j >= all.size() || all.get(j).block().page() != all.get(j - 1).block().page());
            if (j - i >= LABEL_RUN && text && (!typed || pageEnds)) {
                // The last of the run heads the text after it ("Essential entities (EE) and Important
                // entities (IE)" after the labels of a grid, then its explanation): it stays a heading.
                boolean headsText = j < all.size() && all.get(j).kind() == Classified.Kind.PROSE;
                // A number alone before the run (a folio left on the page) is not its heading.
                int head = NUMBER_ALONE.matcher(all.get(i).plain().strip()).matches() ? i + 1 : i;
                for (int k = head + 1; k < (headsText ? j - 1 : j); k++) {
                    Classified c = all.get(k);
                    all.set(k, new Classified(Classified.Kind.PROSE, "", c.text(), 0, c.block()));
                }
            }
            text |= j == i && all.get(i).kind() != Classified.Kind.HEADING;
            i = Math.max(j, i + 1);
        }
    }

    /** With the layout: a heading on the page of the run's first, in its type. */
    private static boolean sameTypeLabel(Classified first, Classified c) {
        return c.block().type() == first.block().type() && c.block().page() == first.block().page();
    }

    /** Three unnumbered headings in a row: part, chapter and section titles may stack two deep, not three. */
    static final int LABEL_RUN = 3;

    /** Starts with a capital letter and ends with a sentence's stop: running prose. */
    private static boolean isSentence(String plain) {
        String t = plain.strip();
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && ".!?…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /**
     * Numbered lines that follow one another with nothing between them ("1. A responsible
     * foundation for artificial intelligence", "2. More and better data", ...) are the points of an
     * enumeration, not headings: a heading heads text, and siblings of one level without a word under
     * any of them list things (the focus areas, the initiatives of a strategy). At least two, numbered
     * n, n+1, ... at one depth ("1.", "2."; "1.1", "1.2"); each becomes a point labelled as printed.
     */
    static void markNumberedLists(List<Classified> all) {
        int i = 0;
        while (i < all.size()) {
            int j = i;
            while (j < all.size() && isListableHeading(all.get(j))
                    && (j == i || all.get(j).num().equals(successor(all.get(j - 1).num())))) {
                j++;
            }
            if (j - i >= 2 && !continuedAfterText(all, j, successor(all.get(j - 1).num()))) {
                int from = i > 0 && opensList(all.get(i - 1), all.get(i).num()) ? i - 1 : i;
                for (int k = from; k < j; k++) {
                    Classified c = all.get(k);
                    String plain = c.block().plain().strip();
                    int at = plain.indexOf(c.num()) + c.num().length();
                    String label = plain.substring(0, at < plain.length() && plain.charAt(at) == '.' ? at + 1 : at);
                    all.set(k, new Classified(Classified.Kind.POINT, label, c.text(), 0, c.block()));
                }
                i = j;
            } else {
                i = Math.max(j, i + 1);
            }
        }
    }

    /**
     * The list's first item when it reads as a sentence ("1. Dialogue with research funding
     * foundations on artificial intelligence." before "2. Stronger digital competences in central
     * government", "3. ..."): a numbered paragraph of one line right before the run, numbered as
     * the number before the run's first.
     */
    private static boolean opensList(Classified c, String firstOfRun) {
        String num = c.num().endsWith(".") ? c.num().substring(0, c.num().length() - 1) : c.num();
        return c.kind() == Classified.Kind.PARAGRAPH && num.matches("\\d{1,3}(?:\\.\\d{1,3})*")
                && successor(num).equals(firstOfRun) && c.block().lines() == 1
                && c.block().plain().strip().startsWith(num) && c.plain().length() <= LIST_ITEM_LINE;
    }

    /** A list's item that reads as a sentence is at most this long. */
    static final int LIST_ITEM_LINE = 120;

    /** The number after a decimal number at its own depth: "4" after "3", "1.2" after "1.1". */
    static String successor(String num) {
        int dot = num.lastIndexOf('.');
        String last = num.substring(dot + 1);
        if (!last.matches("\\d{1,9}")) {
            return num + "+"; // "4a": an inserted number, which no number follows in sequence
        }
        return num.substring(0, dot + 1) + (Integer.parseInt(last) + 1);
    }

    /**
     * Whether the numbering goes on after the text that follows the run: the next heading after
     * block {@code from} is numbered {@code next}. Then the run's lines are the empty fields of a
     * numbered form or outline ("1. Modificări ale veniturilor", "2. ...", "3. Impact financiar"
     * followed by its text, "4. ..."), headings that happen to have nothing under them.
     */
    private static boolean continuedAfterText(List<Classified> all, int from, String next) {
        for (int k = from; k < all.size(); k++) {
            Classified c = all.get(k);
            switch (c.kind()) {
                case NUM_HEADING -> {
                    return isListableHeading(c) && c.num().equals(next);
                }
                case PARAGRAPH -> {
                    if (c.num().equals(next + ".") || c.num().equals(next)) {
                        return true; // "4. Impact asupra mediului ... Nu a fost identificat.": numbered text
                    }
                }
                case HEADING, WORD_HEADING, ANNEX -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * A heading numbered "1." (a number and a full stop) or decimally ("1.1", "2.3.1"), as
     * {@link BlockClassifier} reads it; a bare "1" in display type is a chapter's number.
     */
    private static boolean isListableHeading(Classified c) {
        return c.kind() == Classified.Kind.NUM_HEADING && (c.num().matches("\\d{1,3}")
                && c.block().plain().strip().startsWith(c.num() + ".") || c.num().matches("\\d{1,3}(?:\\.\\d{1,3})+"));
    }

    /**
     * A lettered or parenthesised label over a heading-like text ("(a) Building the European Health
     * Union for ...", "(I) EU PREVENTION OF, PREPAREDNESS FOR ...", "A. Introduction") that stands
     * alone, between blocks of other numbering styles: a heading of the outline (the European
     * Parliament's texts), not a point of a list, whose items come in runs of one style.
     */
    private static boolean isLabelledHeading(List<Classified> all, int i) {
        Classified c = all.get(i);
        boolean labelled = c.kind() == Classified.Kind.POINT
                || c.kind() == Classified.Kind.PARAGRAPH && c.num().matches("[A-Z][.)]");
        if (!labelled || !BlockClassifier.isHeadingLike(c.plain(), BlockClassifier.DISPLAY_MAX_LINES)
                || c.block().lines() > BlockClassifier.DISPLAY_MAX_LINES + 1) { // + the label's own line
            return false;
        }
        String style = BodyBuilder.labelStyle(c.num());
        boolean prevSame = i > 0 && style.equals(BodyBuilder.labelStyle(all.get(i - 1).num()));
        boolean nextSame = i + 1 < all.size() && style.equals(BodyBuilder.labelStyle(all.get(i + 1).num()));
        return !prevSame && !nextSame;
    }

    /** "o text": a word processor's sub-bullet, or the word "o" starting a line. */
    private static boolean isLetterBullet(Classified c) {
        return c.kind() == Classified.Kind.BULLET && c.num().equals("o");
    }

    /**
     * Removes a printed table of contents from the blocks and returns its entries: the run of
     * blocks from the contents heading (profile word "toc") or the first dot-leader entry to the
     * last dot-leader entry, when at least three entries stand in the first half of the document.
     */
    private static List<String> extractToc(List<Classified> all, LanguageProfile profile) {
        List<String> numbered = extractNumberedToc(all, profile);
        if (!numbered.isEmpty()) {
            return numbered;
        }
        List<String> columns = extractColumnToc(all, profile);
        if (!columns.isEmpty()) {
            return columns;
        }
        int first = -1;
        int last = -1;
        int entries = 0;
        for (int i = 0; i < all.size() / 2 + 1 && i < all.size(); i++) {
            if (DOT_LEADER.matcher(all.get(i).plain()).find()) {
                first = first < 0 ? i : first;
                last = i;
                entries++;
            }
        }
        if (entries < 3) {
            return List.of();
        }
        Pattern heading = profile.leadPattern("toc");
        if (first > 0 && heading != null && isTocHeading(all.get(first - 1).plain(), heading)) {
            first--;
        }
        List<String> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            out.add(all.get(i).plain());
        }
        all.subList(first, last + 1).clear();
        return out;
    }

    /**
     * Paragraphs lettered "a." to "n." or numbered "I." to "III." ({@link LetteredRuns}: only in a run,
     * so that "v. Commission" or "p. 12" stays text): a lettered one is a point, a roman one a
     * paragraph, each labelled as printed ("a.", "II."; the run's "I.", which the classifier reads as
     * a capital letter's paragraph, too).
     */
    static void markLetteredParagraphs(List<Classified> all) {
        java.util.Set<Integer> labelled = LetteredRuns.labelled(all.stream().map(c -> c.block().plain()).toList());
        for (int i : labelled) {
            Classified c = all.get(i);
            String plain = c.block().plain().strip();
            java.util.regex.Matcher letter = LetteredRuns.LETTER.matcher(plain);
            java.util.regex.Matcher roman = LetteredRuns.ROMAN.matcher(plain);
            String text = c.block().text().strip();
            if (c.kind() == Classified.Kind.PROSE || c.kind() == Classified.Kind.HEADING) {
                if (letter.lookingAt()) {
                    all.set(i, new Classified(Classified.Kind.POINT, letter.group(1) + ".",
                            BlockClassifier.stripLabel(text, letter.end()), 0, c.block()));
                } else if (roman.lookingAt()) {
                    all.set(i, new Classified(Classified.Kind.PARAGRAPH, roman.group(1) + ".",
                            BlockClassifier.stripLabel(text, roman.end()), 0, c.block()));
                }
            } else if (c.kind() == Classified.Kind.PARAGRAPH && roman.lookingAt() && c.num().equals(roman.group(1))) {
                // "I." read as a capital letter's paragraph: numbered as printed, like the run's others
                all.set(i, new Classified(Classified.Kind.PARAGRAPH, roman.group(1) + ".", c.text(), c.depth(), c.block()));
            }
        }
    }

    /**
     * A block that reads exactly as an entry of the document's own printed contents is a heading: the
     * contents name the headings ("+ de 10 000 entités concernées sur 18 secteurs d’activité 6", then on
     * page 6 that line alone, set as prose by its length or its lower-case "sur"). Entries are matched in
     * order, each to the first prose block after the previous match that reads as it (case and spacing
     * aside, without its page number or dot leaders), so that no block is taken for a later entry's
     * heading before an earlier one's. After {@link #markLabelRuns}: the contents outweigh a heading's
     * place in a run of short lines. A block that opens with an entry and goes on with a short
     * capitalised text is that heading and the next block (a heading pdftotext ran into it).
     */
    static void markContentsHeadings(List<Classified> all, List<String> toc) {
        if (toc.isEmpty()) {
            return;
        }
        // Each block read as a title once, not once per entry; kept in step with the blocks.
        List<String> titles = new ArrayList<>(all.size());
        for (Classified c : all) {
            titles.add(isTitleText(c) ? contentsTitle(c.plain()) : null);
        }
        int from = 0;
        for (String entry : toc) {
            String title = contentsTitle(entry);
            if (title.isEmpty()) {
                continue;
            }
            for (int i = from; i < all.size(); i++) {
                Classified c = all.get(i);
                String own = titles.get(i);
                if (own == null) {
                    continue;
                }
                if (c.kind() == Classified.Kind.PROSE && own.equals(title)) {
                    all.set(i, new Classified(Classified.Kind.HEADING, "", c.text(), 0, c.block()));
                    from = i + 1;
                    break;
                }
                if (own.startsWith(title + " ") && c.text().strip().equals(c.plain().strip())) {
                    String folded = c.plain().strip().replaceAll("\\s+", " ");
                    if (folded.length() > title.length() + 1
                            && folded.substring(0, title.length()).toLowerCase(java.util.Locale.ROOT).equals(title)
                            && folded.charAt(title.length()) == ' ' && Character.isUpperCase(folded.codePointAt(title.length() + 1))
                            && folded.length() - title.length() - 1 <= CONTENTS_TAIL) {
                        // "... pour élever son niveau de cybersécurité" + "Services disponibles": the heading
                        // ends where the contents entry does; pdftotext ran the next heading into it.
                        Block b = c.block();
                        String head = folded.substring(0, title.length());
                        String tail = folded.substring(title.length() + 1);
                        all.set(i, new Classified(Classified.Kind.HEADING, "", head, 0, b.withText(head)));
                        Classified.Kind tailKind = BlockClassifier.isHeadingLike(tail, 3) ? Classified.Kind.HEADING : Classified.Kind.PROSE;
                        all.add(i + 1, new Classified(tailKind, "", tail, 0, b.withText(tail)));
                        titles.set(i, contentsTitle(head));
                        titles.add(i + 1, contentsTitle(tail));
                        from = i + 1;
                        break;
                    }
                }
            }
        }
    }

    /** What a block may hold after a contents entry's heading, run into it: a short heading of its own. */
    static final int CONTENTS_TAIL = 60;

    /** A block that may be a contents entry's heading: prose or an unnumbered heading. */
    private static boolean isTitleText(Classified c) {
        return (c.kind() == Classified.Kind.PROSE || c.kind() == Classified.Kind.HEADING) && !c.block().box();
    }

    /** An entry or block as a contents title: dot leaders and page number off, spacing folded, lower case. */
    private static String contentsTitle(String text) {
        String t = DOT_LEADER.matcher(text).replaceFirst("").strip().replaceFirst("\\s+\\d{1,3}$", "");
        return t.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A printed table of contents without dot leaders, as pdftotext gives a brochure's: the contents
     * heading (profile word "toc") in the first third of the document, then entries each followed by
     * its page number on a line of its own, or ending with it ("Focus areas 23"); page numbers never
     * decrease. Or, as a PDF's content stream may write them, entries ending with their page numbers
     * just before the heading, on its page. At least three entries; removed from the blocks and
     * returned as "entry page".
     */
    private static List<String> extractNumberedToc(List<Classified> all, LanguageProfile profile) {
        Pattern heading = profile.leadPattern("toc");
        if (heading == null) {
            return List.of();
        }
        for (int h = 0; h < all.size() / 3; h++) {
            if (!isTocHeading(all.get(h).plain(), heading)) {
                continue;
            }
            List<String> entries = new ArrayList<>();
            int k = h + 1;
            int[] lastPage = {0};
            boolean missing = false;
            while (k < all.size()) {
                String entry = all.get(k).plain().strip();
                java.util.regex.Matcher trailing = TOC_TRAILING_PAGE.matcher(entry);
                if (tocPair(all, k, lastPage)) {
                    entries.add(entry + " " + lastPage[0]);
                    k += 2;
                    missing = false;
                } else if (trailing.matches() && Integer.parseInt(trailing.group(1)) >= lastPage[0] && entry.length() <= 150) {
                    lastPage[0] = Integer.parseInt(trailing.group(1));
                    entries.add(entry);
                    k++;
                    missing = false;
                } else if (!missing && isContentsEntry(entry) && tocPair(all, k + 1, lastPage.clone())) {
                    // An entry whose page number the extraction lost (taken for a folio).
                    entries.add(entry);
                    k++;
                    missing = true;
                } else {
                    break;
                }
            }
            if (entries.size() >= 3) {
                all.subList(h, k).clear();
                return entries;
            }
            // The content stream may write the heading after its entries, each ending with its page
            // number ("A word from the Director General  4" ... "The transposition stages  14", then
            // "Table of contents"): on the heading's page, numbers never decreasing.
            int first = h;
            int next = Integer.MAX_VALUE;
            while (first > 0 && all.get(first - 1).block().page() == all.get(h).block().page()) {
                java.util.regex.Matcher trailing = TOC_TRAILING_PAGE.matcher(all.get(first - 1).plain().strip());
                if (!trailing.matches() || Integer.parseInt(trailing.group(1)) > next || all.get(first - 1).plain().length() > 150) {
                    break;
                }
                next = Integer.parseInt(trailing.group(1));
                first--;
            }
            if (h - first >= 3) {
                List<String> before = new ArrayList<>();
                for (int i = first; i < h; i++) {
                    before.add(all.get(i).plain().strip());
                }
                all.subList(first, h + 1).clear();
                return before;
            }
        }
        return List.of();
    }

    /**
     * A printed table of contents read column by column, as a PDF's content stream gives a contents
     * table that a layout program set as two frames: the entries one after the other, then their page
     * numbers one after the other, the contents heading (profile word "toc") just before the entries or
     * just after the numbers, all on one page. As many numbers as entries (at least three), never
     * decreasing, in the first third of the document; entry i is paired with number i. Removed from
     * the blocks and returned as "entry page".
     */
    private static List<String> extractColumnToc(List<Classified> all, LanguageProfile profile) {
        Pattern heading = profile.leadPattern("toc");
        if (heading == null) {
            return List.of();
        }
        for (int start = 0; start < all.size() / 3; start++) {
            int n = 0;
            while (start + n < all.size() && !all.get(start + n).plain().isBlank()
                    && isContentsEntry(all.get(start + n).plain().strip())) {
                n++;
            }
            int numbers = 0;
            int last = 0;
            while (numbers < n && start + n + numbers < all.size()) {
                String page = all.get(start + n + numbers).plain().strip();
                if (!page.matches("\\d{1,3}") || Integer.parseInt(page) < last) {
                    break;
                }
                last = Integer.parseInt(page);
                numbers++;
            }
            if (n < 3 || numbers != n) {
                continue;
            }
            int from = start;
            int to = start + 2 * n;
            if (start > 0 && isTocHeading(all.get(start - 1).plain(), heading)) {
                from--;
            } else if (to < all.size() && isTocHeading(all.get(to).plain(), heading)) {
                to++;
            } else {
                continue;
            }
            if (!onOnePage(all.subList(from, to))) {
                continue;
            }
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                entries.add(all.get(start + i).plain().strip() + " " + all.get(start + n + i).plain().strip());
            }
            all.subList(from, to).clear();
            return entries;
        }
        return List.of();
    }

    private static boolean onOnePage(List<Classified> blocks) {
        return blocks.stream().map(c -> c.block() == null ? -1 : c.block().page()).distinct().count() == 1;
    }

    /** A contents entry without its page number: short, not a number, no closing stop (a question mark may close it). */
    private static boolean isContentsEntry(String entry) {
        return entry.length() <= 150 && !entry.matches("\\d{1,3}")
                && !BlockClassifier.endsWithPunctuation(entry.replaceAll("\\s*\\?$", ""));
    }

    /** The contents heading: short, opening with the profile's word ("Contents", "Sommaire"). */
    private static boolean isTocHeading(String plain, Pattern heading) {
        return plain.length() < 40 && heading.matcher(plain).lookingAt();
    }

    /** Block k is a contents entry and block k + 1 its page number, not before the last one. */
    private static boolean tocPair(List<Classified> all, int k, int[] lastPage) {
        if (k + 1 >= all.size()) {
            return false;
        }
        String entry = all.get(k).plain().strip();
        String page = all.get(k + 1).plain().strip();
        if (!page.matches("\\d{1,3}") || entry.length() > 150 || entry.matches("\\d{1,3}")
                || Integer.parseInt(page) < lastPage[0]) {
            return false;
        }
        lastPage[0] = Integer.parseInt(page);
        return true;
    }

    /** End of a Council-style cover page: 0 when the document has none. */
    private static int coverEnd(List<Classified> all, LanguageProfile profile) {
        String labels = profile.get("addressing");
        Pattern addressing = labels.isEmpty() ? null
                : Pattern.compile("^(?:" + labels + ")\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // The Council's mark of the original language, "(OR. en)": the profile's cover.original.
        Pattern originalLanguage = Pattern.compile("\\((?:" + profile.get("cover.original") + ")\\.?\\s*[a-z]{2}\\)",
                Pattern.CASE_INSENSITIVE);
        int lastSignal = -1;
        int signals = 0;
        int firstPage = all.isEmpty() ? 1 : all.get(0).block().page();
        for (int i = 0; i < all.size() && all.get(i).block().page() <= firstPage; i++) {
            String plain = all.get(i).plain();
            boolean isAddressing = addressing != null && addressing.matcher(plain).lookingAt();
            if (originalLanguage.matcher(plain).find() || isAddressing) {
                lastSignal = i;
                signals += isAddressing ? 1 : 2;
            }
        }
        if (signals < 2) {
            return 0;
        }
        for (int i = lastSignal + 1; i < all.size(); i++) {
            Classified c = all.get(i);
            if (c.kind() == Classified.Kind.ANNEX || (c.kind() == Classified.Kind.PROSE && c.plain().length() >= 80)) {
                return i;
            }
        }
        return lastSignal + 1;
    }

    private DocumentTree.Part part(String label, List<Classified> blocks, boolean afterCover,
                                   BlockClassifier classifier, LanguageProfile profile, List<String> unclassified) {
        int i = 0;
        String title = null;
        String shortTitle = null;
        String numberLine = null;
        List<String> prefaceLines = new ArrayList<>();
        List<Node> leadProse = new ArrayList<>();
        List<String> afterTitle = new ArrayList<>();
        DocumentTree.AnnexedAct annexed = null;
        int preambleAt = afterCover ? -1 : preambleStart(blocks);
        if (preambleAt > 0 && blocks.get(preambleAt).kind() == Classified.Kind.CITATION
                && isActingLine(blocks.get(preambleAt - 1).plain())) {
            // Official Journal convention: the acting institution, in capitals, opens the preamble
            // ("DER RAT DER EUROPÄISCHEN UNION —", "EEZ APVIENOTĀ KOMITEJA,"), whatever its wording.
            Classified acting = blocks.get(preambleAt - 1);
            blocks.set(preambleAt - 1, new Classified(Classified.Kind.FORMULA, "", acting.text(), 0, acting.block()));
            preambleAt--;
        }
        if (preambleAt > 0) {
            // Everything before the preamble is the preface: the title block (or else the longest
            // block) is the title, parenthesised lines are number lines, the rest (a journal
            // masthead) stays as text.
            int[] titleBlock = titleBlock(blocks, preambleAt);
            int longest = -1;
            for (int k = 0; k < preambleAt; k++) {
                if (!PARENTHESISED.matcher(blocks.get(k).plain()).matches()
                        && (longest < 0 || blocks.get(k).plain().length() > blocks.get(longest).plain().length())) {
                    longest = k;
                }
            }
            int titleFrom = titleBlock == null ? longest : titleBlock[0];
            int titleTo = titleBlock == null ? longest + 1 : titleBlock[1];
            Pattern doctypes = profile.leadPattern("doctype");
            for (int k = titleFrom + 1; titleBlock != null && doctypes != null && k < titleTo; k++) {
                if (isDocTypeLine(blocks.get(k).plain(), doctypes)) {
                    // "GUVERNUL ROMÂNIEI" over "Ordonanţă de Urgenţă a Guvernului": the issuer
                    // stays in the preface, the act's name opens the title.
                    titleFrom = k;
                    break;
                }
            }
            Pattern resolutionLead = profile.longLeadPattern("resolution");
            int shortTitleAt = -1;
            for (int k = titleFrom + 1; titleBlock != null && resolutionLead != null && k < titleTo; k++) {
                if (resolutionLead.matcher(blocks.get(k).plain()).lookingAt()) {
                    // "TEXTS ADOPTED" / "P9_TA(2023)0282" / "COVID-19 pandemic: lessons learned ..." /
                    // "European Parliament resolution of 12 July 2023 on ...": the resolution's title is
                    // the one its author names; the subject line over it is its short title, the series
                    // and number lines above stay in the preface.
                    shortTitleAt = k - 1;
                    titleFrom = k;
                    break;
                }
            }
            for (int k = 0; k < preambleAt; k++) {
                String plain = blocks.get(k).plain();
                if (k == shortTitleAt) {
                    shortTitle = blocks.get(k).text();
                    continue;
                }
                if (titleBlock != null && k >= titleTo && !PARENTHESISED.matcher(plain).matches()) {
                    // Text between the title and the formulas (the motivation of a national act)
                    // opens the preamble, in its place.
                    leadProse.add(new Node.Prose(blocks.get(k).text(), Node.Role.P));
                } else if (k >= titleFrom && k < titleTo) {
                    title = title == null ? blocks.get(k).text() : title + " " + blocks.get(k).text();
                } else if (PARENTHESISED.matcher(plain).matches() && plain.length() < 120) {
                    numberLine = numberLine == null ? plain : numberLine + " " + plain;
                } else {
                    prefaceLines.add(blocks.get(k).text());
                }
            }
            i = preambleAt;
        } else if (!afterCover && frontMatterEnd(blocks) >= 3) {
            // A masthead, title page or signature block: short lines before the first text.
            int end = frontMatterEnd(blocks);
            int first = coverTitle(blocks, end, profile);
            int last = first;
            while (last + 1 < end && BlockBuilder.endsWithShortLowerWord(blocks.get(last).plain())
                    && BlockClassifier.isHeadingLike(blocks.get(last + 1).plain(), 2)) {
                last++; // "National Strategy for" / "Artificial Intelligence": one title over two lines
            }
            Pattern doctypes = profile.leadPattern("doctype");
            if (doctypes != null && isDocTypeLine(blocks.get(first).plain(), doctypes)) {
                // An act's name, then its issuer, date and subject ("MARSZAŁKA SEJMU ... z dnia 19
                // listopada 2015 r. w sprawie ..."): the title runs on to the first sentence, clause
                // or numbered unit, on the act's first page.
                MetadataExtractor meta = new MetadataExtractor(profile);
                int page = blocks.get(first).block().page();
                while (last + 1 < blocks.size() && (isTitleLine(blocks.get(last + 1), page)
                        || label != null && last - first < MAX_ANNEXED_TITLE_LINES && isDateLine(blocks.get(last + 1), page, meta))) {
                    last++;
                }
                end = Math.max(end, last + 1);
                if (label != null) {
                    StringBuilder joined = new StringBuilder();
                    for (int k = first; k <= last; k++) {
                        joined.append(k == first ? "" : " ").append(blocks.get(k).text());
                    }
                    annexed = annexedAct(joined.toString(), blocks.get(first).plain(), meta);
                }
            }
            for (int k = 0; k < end; k++) {
                if (k >= first && k <= last) {
                    title = title == null ? blocks.get(k).text() : title + " " + blocks.get(k).text();
                } else {
                    (k < first ? prefaceLines : afterTitle).add(blocks.get(k).text());
                }
            }
            i = end;
        } else if (!afterCover && !blocks.isEmpty() && isTitle(blocks.get(0)) && blocks.size() > 2) {
            title = blocks.get(0).text();
            i = 1;
            // "(2013/2606(RSP))", "(Text with EEA relevance)": lines that belong to the title.
            while (i < blocks.size() && PARENTHESISED.matcher(blocks.get(i).plain()).matches() && blocks.get(i).plain().length() < 120) {
                numberLine = numberLine == null ? blocks.get(i).plain() : numberLine + " " + blocks.get(i).plain();
                i++;
            }
        }
        List<Node> preamble = new ArrayList<>();
        int start = i;
        boolean recitalsOpen = false;
        while (i < blocks.size()) {
            Classified c = blocks.get(i);
            switch (c.kind()) {
                case FORMULA, RECITALS_INTRO -> {
                    preamble.add(new Node.Prose(c.text(), Node.Role.FORMULA));
                    recitalsOpen |= c.kind() == Classified.Kind.RECITALS_INTRO;
                }
                case CITATION -> preamble.add(new Node.Unit(Node.UnitKind.CITATION, c.num(), c.text(), List.of()));
                case RECITAL -> preamble.add(new Node.Unit(Node.UnitKind.RECITAL, c.num(), c.text(), List.of()));
                case PAREN_NUMBERED -> {
                    if (!recitalsOpen) {
                        break;
                    }
                    preamble.add(new Node.Unit(Node.UnitKind.RECITAL, c.num(), c.text(), List.of()));
                }
                case PROSE -> {
                    if (recitalsOpen && recitalsGoOnFrom(blocks, i)) {
                        // "mivel:" + "Az Uruguayi Forduló ...": the Official Journal prints a single
                        // recital without a number; between the recitals formula and the enacting
                        // formula (or the end of what was given) text is recitals.
                        preamble.add(new Node.Unit(Node.UnitKind.RECITAL, "", c.text(), List.of()));
                    }
                }
                case ENACTING -> {
                    preamble.add(new Node.Prose(c.text(), Node.Role.FORMULA));
                    preamble.addAll(0, leadProse);
                    i++;
                    return finishPart(label, title, numberLine, prefaceLines, afterTitle, preamble, blocks.subList(i, blocks.size()), classifier, profile, unclassified, annexed)
                            .withShortTitle(shortTitle);
                }
                default -> {
                }
            }
            boolean consumed = switch (c.kind()) {
                case FORMULA, RECITALS_INTRO, CITATION, RECITAL -> true;
                case PAREN_NUMBERED -> recitalsOpen;
                case PROSE -> recitalsOpen && recitalsGoOnFrom(blocks, i);
                default -> false;
            };
            if (!consumed) {
                break;
            }
            i++;
        }
        if (preamble.stream().noneMatch(n -> n instanceof Node.Unit) && preamble.size() > 1) {
            // Formulas alone do not make a preamble beyond the opening one.
            i = start + 1;
            preamble = new ArrayList<>(preamble.subList(0, 1));
        }
        preamble.addAll(0, leadProse);
        return finishPart(label, title, numberLine, prefaceLines, afterTitle, preamble, blocks.subList(i, blocks.size()), classifier, profile, unclassified, annexed)
                .withShortTitle(shortTitle);
    }

    /**
     * The title block of an act, as the Official Journal and national gazettes set it: a line in
     * capitals naming the act ("COMMISSION IMPLEMENTING REGULATION (EU) 2015/1165", "DÉCISION DU
     * CONSEIL", "A BIZOTTSÁG 1382/2011/EU VÉGREHAJTÁSI RENDELETE"), then its date and subject lines
     * ("of 15 July 2015", "(2011. december 22.)", "approving the active substance ..."), up to the
     * preamble. A parenthesised line at its end belongs to it when it holds a number ("(2012/2/UE)"),
     * not when it is a remark ("(Text with EEA relevance)"). The start is the first block of the last
     * run of lines in capitals (at least two words) before the preamble, so a masthead before it
     * stays out of the title. Null when there is no such line.
     *
     * @return {from, to} block indexes, to exclusive
     */
    static int[] titleBlock(List<Classified> blocks, int preambleAt) {
        int end = preambleAt;
        while (end > 0 && PARENTHESISED.matcher(blocks.get(end - 1).plain()).matches()
                && !blocks.get(end - 1).plain().matches("(?s).*\\d.*")) {
            end--;
        }
        int start = -1;
        for (int k = end - 1; k >= 0; k--) {
            if (Capitals.beginsWith(blocks.get(k).plain())) {
                start = k;
            } else if (start >= 0) {
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        // A title has no sentences: it ends before the first block that ends one (the motivation
        // of a national ordinance before its legal basis, "În scopul creării ... pe noi pieţe;").
        for (int k = start + 1; k < end; k++) {
            if (endsClause(blocks.get(k).plain()) && !(k == end - 1 && isSubjectSentence(blocks.get(k).plain()))) {
                return new int[] {start, k};
            }
        }
        return new int[] {start, end};
    }

    /**
     * A gazette law's subject printed as one sentence with its full stop, right before the acting
     * formula (ΦΕΚ: "ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4534" / "Κύρωση της Συμφωνίας ... και διατάξεις εφαρμογής." /
     * "Ο ΠΡΟΕΔΡΟΣ ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ"): the title's last line, not a motivation. A
     * motivation runs over clauses (";", ":") or sentences.
     */
    private static boolean isSubjectSentence(String plain) {
        String t = plain.strip();
        return t.endsWith(".") && t.length() <= MAX_SUBJECT_SENTENCE && !INNER_SENTENCE_END.matcher(t).find();
    }

    /** A title's subject sentence is at most this long (three lines of a gazette's full width). */
    static final int MAX_SUBJECT_SENTENCE = 400;

    /** A sentence ending inside a text: a stop, semicolon or colon, then a capital. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.;:]\\s+\\p{Lu}");

    /**
     * Ends with a full stop, semicolon or colon: a sentence or clause, not a title line. A short line
     * ending in a year and its dot is a date, not a sentence: Croatian, Hungarian and other languages
     * write the year as an ordinal ("od 1. travnja 2022.").
     */
    private static boolean endsClause(String plain) {
        String t = plain.strip();
        if (ORDINAL_YEAR_DATE.matcher(t).matches()) {
            return false;
        }
        return !t.isEmpty() && ".;:!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** A short line wholly in capitals, ending as a formula does ("DER RAT DER EUROPÄISCHEN UNION —"). */
    private static boolean isActingLine(String plain) {
        String t = plain.strip();
        return t.length() <= 120 && Capitals.isLine(t) && !t.endsWith(".");
    }

    /**
     * The title of a document with a title page (a strategy, a brochure): the first heading-like
     * block on its first page that is not a date ("MARCH 2019"), a number or a web address; the
     * longest front-matter block when the first page has none.
     */
    private static int coverTitle(List<Classified> blocks, int end, LanguageProfile profile) {
        int firstPage = blocks.get(0).block().page();
        Pattern months = profile.list("months").isEmpty() ? null : Pattern.compile("(?iu)\\b(?:"
                + String.join("|", profile.list("months").stream().map(Pattern::quote).toList()) + ")\\b");
        Pattern doctypes = profile.leadPattern("doctype");
        for (int k = 0; k < end && doctypes != null && blocks.get(k).block().page() == firstPage; k++) {
            if (isDocTypeLine(blocks.get(k).plain(), doctypes)) {
                return k; // "OBWIESZCZENIE" under a gazette's masthead: the act's name opens its title
            }
        }
        for (int k = 0; k < end && blocks.get(k).block().page() == firstPage; k++) {
            String plain = blocks.get(k).plain().strip();
            long letters = plain.codePoints().filter(Character::isLetter).count();
            boolean date = months != null && months.matcher(plain).find() && plain.matches("(?s).*\\d{4}.*") && plain.length() < 30;
            boolean web = plain.matches("(?i)\\S*(?:www\\.|https?://|\\.[a-z]{2,4}/)\\S*|\\S+\\.(?:eu|gouv\\.fr|gov|org|com)\\S*");
            if (letters >= 6 && !date && !web && BlockClassifier.isHeadingLike(plain, 3)) {
                return k;
            }
        }
        int longest = 0;
        for (int k = 0; k < end; k++) {
            if (blocks.get(k).plain().length() > blocks.get(longest).plain().length()) {
                longest = k;
            }
        }
        return longest;
    }

    /**
     * A line that is the name of a kind of document and nothing more ("OBWIESZCZENIE", "USTAWA",
     * "Ordonanță de urgență"), in the profile's words: how gazettes print an act's name over its
     * issuer, date and subject.
     */
    static boolean isDocTypeLine(String plain, Pattern doctypes) {
        String t = plain.strip();
        java.util.regex.Matcher m = doctypes.matcher(t);
        if (t.length() > 60 || !m.lookingAt()) {
            return false;
        }
        // The name may carry its issuer ("Ordonanţă de Urgenţă a Guvernului"): a few words, no
        // number, no punctuation; a date or subject is a line of its own.
        String rest = t.substring(m.end()).strip();
        return rest.isEmpty() || Character.isWhitespace(t.charAt(m.end())) && rest.split("\\s+").length <= 3
                && rest.codePoints().allMatch(c -> Character.isLetter(c) || Character.isWhitespace(c));
    }

    /** A line of a gazette act's title: unnumbered, no sentence or clause, on the given page. */
    private static boolean isTitleLine(Classified c, int page) {
        return (c.kind() == Classified.Kind.PROSE || c.kind() == Classified.Kind.HEADING) && c.block().page() == page
                && c.plain().length() <= 400 && !endsClause(c.plain());
    }


    /** Index of the first block that is text or structure, after a run of short unnumbered lines. */
    private static int frontMatterEnd(List<Classified> blocks) {
        int firstPage = blocks.isEmpty() ? 1 : blocks.get(0).block().page();
        for (int k = 0; k < blocks.size(); k++) {
            Classified c = blocks.get(k);
            if (c.block().page() != firstPage) {
                return k; // a title page ends with its page
            }
            boolean shortLine = (c.kind() == Classified.Kind.HEADING || c.kind() == Classified.Kind.PROSE)
                    && c.plain().length() < 80;
            if (!shortLine) {
                return k;
            }
        }
        return blocks.size();
    }

    /**
     * Index of the first formula, citation or recital when only front matter (no unit, no
     * numbered heading) stands before it in the first blocks of a part; -1 otherwise.
     */
    private static int preambleStart(List<Classified> blocks) {
        for (int k = 0; k < Math.min(blocks.size(), 15); k++) {
            switch (blocks.get(k).kind()) {
                case FORMULA, CITATION, RECITAL:
                    return k;
                case HEADING, PROSE:
                    continue;
                default:
                    return -1;
            }
        }
        return -1;
    }

    private DocumentTree.Part finishPart(String label, String title, String numberLine, List<String> frontMatter,
                                         List<String> afterTitle, List<Node> preamble,
                                         List<Classified> body, BlockClassifier classifier, LanguageProfile profile,
                                         List<String> unclassified, DocumentTree.AnnexedAct annexedAct) {
        Pattern doctypes = profile.leadPattern("doctype");
        DocumentTree.AnnexedAct annexed = annexedAct;
        if (label != null && title == null && !body.isEmpty() && doctypes != null && isDocTypeLine(body.get(0).plain(), doctypes)) {
            // An act annexed ("USTAWA" / "z dnia 6 września 2001 r." / "o dostępie do informacji
            // publicznej", the consolidated text a Dziennik Ustaw announcement publishes): its name,
            // date and subject are the annex's title, as an act's are its own.
            int page = body.get(0).block().page();
            MetadataExtractor meta = new MetadataExtractor(profile);
            int last = 0;
            while (last + 1 < body.size() && last < MAX_ANNEXED_TITLE_LINES
                    && (isTitleLine(body.get(last + 1), page) || isDateLine(body.get(last + 1), page, meta))) {
                last++;
            }
            StringBuilder joined = new StringBuilder();
            for (int k = 0; k <= last; k++) {
                joined.append(k == 0 ? "" : " ").append(body.get(k).text());
            }
            title = joined.toString();
            annexed = annexedAct(title, body.get(0).plain(), meta);
            body = body.subList(last + 1, body.size());
        }
        // An annex starts with its own title when it has one.
        if (label != null && title == null && !body.isEmpty() && isTitle(body.get(0))) {
            title = body.get(0).text();
            body = body.subList(1, body.size());
            if (preamble.isEmpty() && !body.isEmpty() && body.get(0).kind() == Classified.Kind.FORMULA) {
                return part(label, title, body, classifier, profile, unclassified);
            }
        }
        ActConclusions closings = new ActConclusions(profile);
        int closing = closings.start(body);
        List<Node> conclusions = new ArrayList<>();
        if (closing >= 0) {
            conclusions.addAll(closings.nodes(body.subList(closing, body.size())));
            body = body.subList(0, closing);
        }
        List<Node> tree = new BodyBuilder(classifier, profile, unclassified).build(body);
        return new DocumentTree.Part(label, title, numberLine, frontMatter, afterTitle, List.of(), preamble, tree, conclusions,
                annexed);
    }

    /** What an annexed act's title prints of its identity: the name line, and the title's first date. */
    private static DocumentTree.AnnexedAct annexedAct(String title, String typeLine, MetadataExtractor meta) {
        String plainTitle = NoteRefs.strip(title);
        Optional<MetadataExtractor.PrintedDate> printed = meta.printedDate(plainTitle);
        return new DocumentTree.AnnexedAct(typeLine.strip(),
                printed.map(d -> plainTitle.substring(d.start(), d.end())).orElse(null),
                printed.map(MetadataExtractor.PrintedDate::date).orElse(null));
    }

    /**
     * A line that is a date and nothing more, as an act's title prints it under the act's name ("z
     * dnia 6 września 2001 r.", "of 13 March 2024"): short, on the title's page, a date of the
     * profile's months that only punctuation follows.
     */
    private static boolean isDateLine(Classified c, int page, MetadataExtractor meta) {
        String plain = c.plain().strip();
        if ((c.kind() != Classified.Kind.PROSE && c.kind() != Classified.Kind.HEADING) || c.block().page() != page
                || plain.length() > MAX_DATE_LINE) {
            return false;
        }
        Optional<MetadataExtractor.PrintedDate> d = meta.printedDate(plain);
        return d.isPresent() && plain.substring(d.get().end()).matches("[\\s.,]*");
    }

    /** A date line under an act's name is at most this long ("z dnia 6 września 2001 r."). */
    static final int MAX_DATE_LINE = 60;

    /**
     * An annex headed by what it is annexed to ("Załącznik do obwieszczenia Marszałka Sejmu
     * Rzeczypospolitej Polskiej z dnia 19 listopada 2015 r. (poz. 2058)", as Dziennik Ustaw heads the
     * consolidated text an announcement publishes; "Annex to Decision ..."): the profile's
     * {@code annex} and {@code annex.to} words open it, it opens its page (gazettes start an annex on
     * a new page), and it is no sentence ("Annex I to Regulation (EU) 2019/1 is amended as follows:"
     * in an article is text).
     */
    static void markAnnexReferences(List<Classified> all, LanguageProfile profile) {
        Pattern reference = profile.annexReference();
        if (reference == null) {
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            Classified c = all.get(i);
            String plain = NoteRefs.strip(c.block().text()).strip();
            boolean opensPage = i == 0 || all.get(i - 1).block().page() < c.block().page();
            if (opensPage && plain.length() <= MAX_ANNEX_REFERENCE && reference.matcher(plain).lookingAt()
                    && !BlockClassifier.endsWithPunctuation(plain)) {
                all.set(i, new Classified(Classified.Kind.ANNEX, plain, "", 0, c.block()));
            }
        }
    }

    /** An annex heading naming what it is annexed to is at most this long (three lines of a gazette's column). */
    static final int MAX_ANNEX_REFERENCE = 300;

    /** An annexed act's title: its name, date and subject, each a line or two. */
    static final int MAX_ANNEXED_TITLE_LINES = 4;

    /** Re-enters preamble detection after an annex title. */
    private DocumentTree.Part part(String label, String title, List<Classified> rest, BlockClassifier classifier,
                                   LanguageProfile profile, List<String> unclassified) {
        DocumentTree.Part p = part(label, rest, true, classifier, profile, unclassified);
        return p.withTitle(title);
    }

    private static boolean isTitle(Classified c) {
        return c.kind() == Classified.Kind.HEADING
                || (c.kind() == Classified.Kind.PROSE && !BlockClassifier.endsWithPunctuation(c.plain()) && c.plain().length() < 600);
    }

    private static String firstTitle(List<String> coverLines, List<DocumentTree.Part> parts) {
        for (DocumentTree.Part p : parts) {
            if (p.title() != null) {
                return NoteRefs.strip(p.title());
            }
        }
        for (String l : coverLines) {
            int colon = l.indexOf(':');
            if (colon > 0 && colon < 15 && l.length() > 40) {
                return l.substring(colon + 1).strip(); // the subject line
            }
        }
        return null;
    }

    private static boolean isResolution(DocumentTree.Part main, LanguageProfile profile) {
        boolean citations = main.preamble().stream().anyMatch(n -> n instanceof Node.Unit u && u.kind() == Node.UnitKind.CITATION);
        Pattern word = profile.leadPattern("resolution");
        return citations && main.title() != null && word != null && word.matcher(NoteRefs.strip(main.title())).lookingAt();
    }

    private static String institution(List<String> coverLines, List<DocumentTree.Part> parts, LanguageProfile profile) {
        Pattern inst = profile.alternatives("institution").isEmpty() ? null
                : Pattern.compile("(" + profile.get("institution") + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (inst == null) {
            return null;
        }
        List<String> where = new ArrayList<>(String.join(" ", coverLines).isBlank() ? List.of() : List.of(String.join(" ", coverLines)));
        for (DocumentTree.Part p : parts) {
            if (p.title() != null) {
                where.add(NoteRefs.strip(p.title()));
            }
            for (Node n : p.preamble()) {
                if (n instanceof Node.Prose pr) {
                    where.add(NoteRefs.strip(pr.text()));
                }
            }
        }
        for (String w : where) {
            var m = inst.matcher(w);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static boolean isEuInstitution(String author, LanguageProfile profile) {
        return profile.alternatives("institution").stream().anyMatch(a -> a.equalsIgnoreCase(author));
    }
}
