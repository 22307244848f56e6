package org.polypress.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.ingest.LayoutEvidence;

/**
 * Finds footnote bodies at page bottoms and links each to its marker in the page's text.
 *
 * <p>A page's note zone starts after a separator line (a long run of spaces, underscores or
 * dashes) or, without one, is the trailing run of lines that begin with consecutive note numbers
 * ("1 PB L 218 ...", "(2) OJ L ...", "3) Zmiany ..."), numbered on from the previous page or
 * restarting at 1. Multi-line bodies are joined; a zone that starts with a continuation line
 * continues the last note of the page before. Failing both, pdftotext's default output sets the
 * numbers apart from the bodies ({@link DetachedNoteNumbers}); that dialect is reported.
 *
 * <p>Markers are glued to words or punctuation ("anderzijds1;", "Raad1,", "2015-202010;" = year
 * range + note 10, "118," = article 11 + note 8), parenthesised ("(1)") or closed by a bracket
 * ("publicznej1)"), as the note labels are; {@link MarkerCandidates} says where a marker may stand
 * and how strong the evidence is (layout evidence of raised runs is the strongest). On each page,
 * markers appear in the same order as the bodies, so the links are chosen as the highest-scoring
 * strictly increasing assignment of candidate positions (a small dynamic programme): a year or
 * article number cannot be taken for a marker when a better-placed candidate exists, and a
 * candidate that would cut a number as printed is never one. A zone without a separator whose
 * markers mostly cannot be found is not a note zone. A marker replaced in the text becomes a
 * {@link NoteRefs} reference; a marker not taken stays in the text as printed; unlinked notes are
 * kept and reported.
 */
public final class FootnoteExtractor {
    private static final Pattern SEPARATOR = Pattern.compile("^(?:\\s{10,}|\\s*[_\\-–—]{5,}\\s*)$");
    private static final Pattern NOTE_START = Pattern.compile("^\\s*(\\()?(\\d{1,3})(\\))?\\s+(\\S.*)$");
    /**
     * A note's label alone on its line, its body on the next line set in deeper (pdftotext -layout
     * of Dziennik Ustaw: "1)" at the margin, "     Niniejsza ustawa wdraża ..." below it).
     */
    private static final Pattern LABEL_ALONE = Pattern.compile("^(\\s*)(\\()?(\\d{1,3})(\\))?\\s*$");
    /** The end of a line broken inside a web address: "ELI: http://data." + "europa.eu/eli/...". */
    private static final Pattern BROKEN_ADDRESS = Pattern.compile("(?:https?://|www\\.)\\S*[./]$");

    private final Dehyphenator joiner;
    private final LayoutEvidence layout;

    public FootnoteExtractor(Dehyphenator joiner) {
        this(joiner, LayoutEvidence.NONE);
    }

    /** @param layout what the PDF's layout says (raised markers); {@link LayoutEvidence#NONE} for text */
    public FootnoteExtractor(Dehyphenator joiner, LayoutEvidence layout) {
        this.joiner = joiner;
        this.layout = layout;
    }

    /** Pages without note zones (markers replaced by references), the notes, and warnings. */
    public record Result(List<Page> pages, List<Footnote> notes, List<String> warnings) {
    }

    private record Note(String number, String text) {
    }

    /**
     * @param dialect how the zone was recognised, for the report (null for the common shapes)
     * @param kept    lines inside the zone that are the page's text, kept after the text above it
     */
    private record Zone(int start, List<Note> notes, String continuation, NoteLabel label, boolean separated,
                        String dialect, List<String> kept) {
    }

    public Result extract(List<Page> pages) {
        return extract(pages, pages);
    }

    /**
     * @param beforeFurniture the same pages before page furniture was removed: a bare number at
     *                        a page bottom may have been taken for a page number while it is a
     *                        note number set apart from its body (pdftotext); it is restored only
     *                        inside a note block that pairs numbers and bodies
     */
    public Result extract(List<Page> pages, List<Page> beforeFurniture) {
        List<Page> out = new ArrayList<>(pages.size());
        List<Footnote> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<Integer> detachedPages = new ArrayList<>();
        // The document's markers are raised: a candidate that is not raised is then no marker.
        boolean layoutDecides = layout.present() && !layout.raised().isEmpty();
        int lastNumber = 0;
        DigitNames names = DigitNames.of(pages);
        Map<Integer, Page> unfurnished = new HashMap<>();
        for (Page p : beforeFurniture) {
            unfurnished.put(p.number(), p);
        }
        for (Page original : pages) {
            Page page = original; // or the page with note numbers restored that furniture removal took
            Zone zone = findZone(page.lines(), lastNumber);
            if (zone == null) {
                DetachedNoteNumbers.Block block = DetachedNoteNumbers.find(page.lines(), lastNumber);
                Page restored = withNumbersRestored(page, unfurnished);
                if ((block == null || !block.paired()) && restored != null) {
                    DetachedNoteNumbers.Block again = DetachedNoteNumbers.find(restored.lines(), lastNumber);
                    if (again != null && again.paired() && restoredOnlyInside(restored, page, again.start())) {
                        page = restored;
                        block = again;
                    }
                }
                if (block != null && !block.paired()) {
                    warnings.add("page " + page.number() + ": " + block.warning());
                    // The numbers were printed even though not taken: the next page numbers on from them.
                    lastNumber = Integer.parseInt(block.numbers().get(block.numbers().size() - 1));
                } else if (block != null) {
                    zone = detachedZone(block);
                }
            }
            if (zone == null) {
                out.add(original);
                continue;
            }
            List<String> body = new ArrayList<>(page.lines().subList(0, zone.start()));
            body.addAll(zone.kept());
            MarkerCandidates finder = new MarkerCandidates(raisedOn(page.number()), layoutDecides, names);
            MarkerCandidates.Candidate[] chosen = link(String.join("\n", body), zone, finder);
            int linkedCount = 0;
            for (MarkerCandidates.Candidate c : chosen) {
                if (c != null) {
                    linkedCount++;
                }
            }
            if (!zone.separated() && linkedCount * 2 < zone.notes().size()) {
                if (zone.dialect() != null) {
                    warnings.add("page " + page.number() + ": note numbers stand apart from their bodies, but too few of "
                            + "their markers (" + linkedCount + " of " + zone.notes().size() + ") were found in the text; left as printed");
                }
                out.add(original); // numbered lines that are not notes
                continue;
            }
            if (zone.dialect() != null) {
                detachedPages.add(page.number());
            }
            if (zone.continuation() != null && !notes.isEmpty()) {
                Footnote last = notes.remove(notes.size() - 1);
                notes.add(new Footnote(last.id(), last.marker(), last.page(),
                        joinLine(last.text(), zone.continuation()), last.linked()));
            }
            List<int[]> edits = new ArrayList<>(); // {position, replaced length, noteId}
            for (int k = 0; k < zone.notes().size(); k++) {
                Note n = zone.notes().get(k);
                int id = notes.size() + 1;
                MarkerCandidates.Candidate c = chosen[k];
                notes.add(new Footnote(id, n.number(), page.number(), n.text(), c != null));
                if (c != null) {
                    edits.add(new int[] {c.at(), c.length(), id});
                    if (c.kind() == MarkerCandidates.Kind.DIGITS) {
                        String printed = c.printed();
                        warnings.add("note " + n.number() + " on page " + page.number() + ": marker read as the last digits of “"
                                + printed + "” (" + printed.substring(0, printed.length() - n.number().length()) + " + note "
                                + n.number() + ", no other place for it); unsure");
                    }
                } else {
                    warnings.add("note " + n.number() + " on page " + page.number() + ": marker not found in the text; note kept at the end of the page's text");
                }
                lastNumber = Integer.parseInt(n.number());
            }
            out.add(new Page(page.number(), applyEdits(body, edits, notes, page.number())));
        }
        if (!detachedPages.isEmpty()) {
            warnings.add(0, "footnote numbers set apart from their bodies (the column layout of pdftotext's default output) on "
                    + detachedPages.size() + (detachedPages.size() == 1 ? " page " : " pages ") + pageList(detachedPages)
                    + ": numbers and bodies paired in order");
        }
        return new Result(out, notes, warnings);
    }

    /**
     * The page with the bare-number lines that furniture removal dropped put back in place, or
     * null when it dropped none.
     */
    private static Page withNumbersRestored(Page page, Map<Integer, Page> beforeFurniture) {
        Page raw = beforeFurniture.get(page.number());
        if (raw == null || raw.lines().size() == page.lines().size()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        int k = 0;
        boolean any = false;
        for (String line : raw.lines()) {
            if (k < page.lines().size() && page.lines().get(k).equals(line)) {
                lines.add(line);
                k++;
            } else if (line.strip().matches("\\d{1,3}")) {
                lines.add(line);
                any = true;
            }
        }
        return any && k == page.lines().size() ? new Page(page.number(), lines) : null;
    }

    /** Whether every restored line lies at or after {@code start}: the rest of the page is as cleaned. */
    private static boolean restoredOnlyInside(Page restored, Page cleaned, int start) {
        return restored.lines().subList(0, start).equals(cleaned.lines().subList(0, Math.min(start, cleaned.lines().size())));
    }

    private Zone detachedZone(DetachedNoteNumbers.Block block) {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < block.numbers().size(); i++) {
            StringBuilder text = new StringBuilder();
            for (String line : block.bodies().get(i)) {
                appendLine(text, line.strip());
            }
            notes.add(new Note(block.numbers().get(i), text.toString()));
        }
        return new Zone(block.start(), notes, null, block.label(), false, "pdftotext default", block.kept());
    }

    private List<LayoutEvidence.Raised> raisedOn(int page) {
        List<LayoutEvidence.Raised> out = new ArrayList<>();
        for (LayoutEvidence.Raised r : layout.raised()) {
            if (r.page() == page) {
                out.add(r);
            }
        }
        return out;
    }

    private static String pageList(List<Integer> pages) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
                j++;
            }
            b.append(b.length() == 0 ? "" : ", ").append(pages.get(i));
            if (j > i) {
                b.append('–').append(pages.get(j));
            }
            i = j;
        }
        return b.toString();
    }

    /** Joins a note's next line: a web address broken at the line end is joined without a space. */
    private void appendLine(StringBuilder current, String line) {
        if (current.length() == 0) {
            current.append(line);
        } else if (BROKEN_ADDRESS.matcher(lastToken(current)).find() && !line.isEmpty()
                && (Character.isLowerCase(line.charAt(0)) || Character.isDigit(line.charAt(0)))) {
            current.append(line);
        } else {
            joiner.joinInto(current, line);
        }
    }

    private String joinLine(String left, String right) {
        StringBuilder b = new StringBuilder(left);
        appendLine(b, right);
        return b.toString();
    }

    private static String lastToken(CharSequence text) {
        int i = text.length();
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return text.subSequence(i, text.length()).toString();
    }

    private Zone findZone(List<String> lines, int lastNumber) {
        int sep = -1;
        for (int i = lines.size() - 1; i > 0; i--) {
            if (SEPARATOR.matcher(lines.get(i)).matches() && hasNoteAfter(lines, i)) {
                sep = i;
                break;
            }
        }
        if (sep >= 0) {
            return parseZone(lines, sep + 1, lastNumber, true);
        }
        // Without a separator: the topmost note start, after a blank line, from which on every
        // note start continues the numbering, reaching the bottom of the page.
        Zone best = null;
        for (int i = lines.size() - 1; i >= 1; i--) {
            if (!lines.get(i - 1).isBlank()) {
                continue;
            }
            if (!NOTE_START.matcher(lines.get(i)).matches() && labelAloneAt(lines, i) == null) {
                continue;
            }
            Zone z = parseZone(lines, i, lastNumber, false);
            if (z != null) {
                best = z;
            }
        }
        return best;
    }

    /** The label alone on line i when the next line is its body, set in deeper; else null. */
    private static Matcher labelAloneAt(List<String> lines, int i) {
        Matcher m = LABEL_ALONE.matcher(lines.get(i));
        if (!m.matches() || i + 1 >= lines.size()) {
            return null;
        }
        String next = lines.get(i + 1);
        int indent = next.length() - next.stripLeading().length();
        boolean body = !next.isBlank() && indent > m.group(1).length() && !LABEL_ALONE.matcher(next).matches()
                && !NOTE_START.matcher(next).matches();
        return body ? m : null;
    }

    private static boolean hasNoteAfter(List<String> lines, int sep) {
        for (int i = sep + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return NOTE_START.matcher(lines.get(i)).matches() || i == sep + 1;
            }
        }
        return false;
    }

    /** Parses lines[start..] as notes; null when they do not form a consecutive note sequence. */
    private Zone parseZone(List<String> lines, int start, int lastNumber, boolean separated) {
        List<Note> notes = new ArrayList<>();
        StringBuilder continuation = null;
        StringBuilder current = null;
        String currentNumber = null;
        NoteLabel label = null;
        int expected = -1;
        int linesInNote = 0;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher m = NOTE_START.matcher(line);
            Matcher alone = m.matches() ? null : labelAloneAt(lines, i);
            NoteLabel lineLabel = m.matches() ? NoteLabel.of(m.group(1) != null, m.group(3) != null)
                    : alone != null ? NoteLabel.of(alone.group(2) != null, alone.group(4) != null) : null;
            int number = m.matches() ? Integer.parseInt(m.group(2)) : alone != null ? Integer.parseInt(alone.group(3)) : -1;
            String text = m.matches() ? m.group(4) : alone != null ? lines.get(i + 1) : null;
            boolean starts = number >= 0 && (expected < 0
                    ? (number == lastNumber + 1 || number == 1)
                    : number == expected) && (label == null || label == lineLabel);
            if (starts) {
                if (current != null) {
                    notes.add(new Note(currentNumber, current.toString()));
                }
                current = new StringBuilder(text.strip());
                currentNumber = String.valueOf(number);
                if (alone != null) {
                    i++; // the body's line, taken with its label
                }
                label = lineLabel;
                expected = number + 1;
                linesInNote = 1;
            } else if (current != null) {
                if (!separated && ++linesInNote > 8) {
                    return null;
                }
                if (!separated && lineLabel == label && (number == 1 || number == lastNumber + 1)) {
                    // The numbering starts again below: the lines from here are the notes, those
                    // above them numbered text of the page (the Official Journal's recitals "(1)".."(5)"
                    // over notes "(1)", "(2)", as pdftotext -layout sets them, at one indent).
                    return null;
                }
                appendLine(current, line.strip());
            } else if (separated) {
                if (continuation == null) {
                    continuation = new StringBuilder(line.strip());
                } else {
                    appendLine(continuation, line.strip());
                }
            } else {
                return null;
            }
        }
        if (current != null) {
            notes.add(new Note(currentNumber, current.toString()));
        }
        if (notes.isEmpty() && continuation == null) {
            return null;
        }
        return new Zone(start, notes, continuation == null ? null : continuation.toString(),
                label == null ? NoteLabel.PLAIN : label, separated, null, List.of());
    }

    /**
     * The best strictly increasing choice of marker positions for the zone's notes, in order (null
     * = not found): f(i, c) = score of c + the best f(j, c') of an earlier note j whose candidate
     * ends before c starts (the notes between are left unlinked), or of none. The earlier links are
     * kept sorted by where they end, with running maxima, so that each candidate costs a binary
     * search: linear enough for a page that is one long line with many digits.
     */
    private static MarkerCandidates.Candidate[] link(String text, Zone zone, MarkerCandidates finder) {
        int k = zone.notes().size();
        List<List<MarkerCandidates.Candidate>> cands = new ArrayList<>(k);
        for (Note n : zone.notes()) {
            cands.add(finder.find(text, n.number(), zone.label()));
        }
        List<Link> done = new ArrayList<>(); // links of the notes before i, sorted by end
        double[] runningBest = new double[0];
        int[] runningArg = new int[0];
        Link top = null;
        for (int i = 0; i < k; i++) {
            List<Link> now = new ArrayList<>();
            for (MarkerCandidates.Candidate c : cands.get(i)) {
                int q = lastEndingBy(done, c.at());
                Link prev = q >= 0 && runningBest[q] > 0 ? done.get(runningArg[q]) : null;
                // Prefer earlier candidates slightly, so that ties go to document order.
                double score = (prev == null ? 0 : prev.score()) + c.score() - c.at() * 1e-9;
                Link l = new Link(i, c, score, prev);
                now.add(l);
                if (top == null || score > top.score()) {
                    top = l;
                }
            }
            done.addAll(now);
            done.sort((a, b) -> Integer.compare(a.end(), b.end()));
            runningBest = new double[done.size()];
            runningArg = new int[done.size()];
            for (int q = 0; q < done.size(); q++) {
                boolean better = q == 0 || done.get(q).score() > runningBest[q - 1];
                runningBest[q] = better ? done.get(q).score() : runningBest[q - 1];
                runningArg[q] = better ? q : runningArg[q - 1];
            }
        }
        MarkerCandidates.Candidate[] result = new MarkerCandidates.Candidate[k];
        for (Link l = top; l != null; l = l.previous()) {
            result[l.note()] = l.candidate();
        }
        return result;
    }

    /** A note linked to a candidate, with the best score of the chain ending here. */
    private record Link(int note, MarkerCandidates.Candidate candidate, double score, Link previous) {
        int end() {
            return candidate.at() + candidate.length();
        }
    }

    /** The index of the last link (sorted by end) that ends at or before {@code at}, or -1. */
    private static int lastEndingBy(List<Link> sorted, int at) {
        int lo = 0;
        int hi = sorted.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).end() <= at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static List<String> applyEdits(List<String> body, List<int[]> edits, List<Footnote> notes, int page) {
        StringBuilder text = new StringBuilder(String.join("\n", body));
        for (int i = edits.size() - 1; i >= 0; i--) {
            int[] e = edits.get(i);
            text.replace(e[0], e[0] + e[1], NoteRefs.ref(e[2]));
        }
        // Unlinked notes of this page: referenced at the end of the page's text, never dropped.
        StringBuilder tail = new StringBuilder();
        for (Footnote n : notes) {
            if (n.page() == page && !n.linked()) {
                tail.append(NoteRefs.ref(n.id()));
            }
        }
        if (tail.length() > 0) {
            int end = text.length();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            text.insert(end, tail);
        }
        List<String> lines = new ArrayList<>(List.of(text.toString().split("\n", -1)));
        return lines;
    }
}
