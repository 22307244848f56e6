package org.polypress.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds footnote bodies at page bottoms and links each to its marker in the page's text.
 *
 * <p>A page's note zone starts after a separator line (a long run of spaces, underscores or
 * dashes) or, without one, is the trailing run of lines that begin with consecutive note numbers
 * ("1 PB L 218 ...", "(2) OJ L ..."), numbered on from the previous page or restarting at 1.
 * Multi-line bodies are joined; a zone that starts with a continuation line continues the last
 * note of the page before.
 *
 * <p>Markers are glued to words or punctuation ("anderzijds1;", "Raad1,", "2015-202010;" = year
 * range + note 10, "118," = article 11 + note 8) or parenthesised ("(1)"). On each page, markers
 * appear in the same order as the bodies, so the links are chosen as the highest-scoring strictly
 * increasing assignment of candidate positions (a small dynamic programme): a year or article
 * number cannot be taken for a marker when a better-placed candidate exists. A zone without a
 * separator whose markers mostly cannot be found is not a note zone. A marker replaced in the
 * text becomes a {@link NoteRefs} reference; unlinked notes are kept and reported.
 */
public final class FootnoteExtractor {
    private static final Pattern SEPARATOR = Pattern.compile("^(?:\\s{10,}|\\s*[_\\-–—]{5,}\\s*)$");
    private static final Pattern NOTE_START = Pattern.compile("^\\s*(\\(?)(\\d{1,3})\\)?\\s+(\\S.*)$");

    private final Dehyphenator joiner;

    public FootnoteExtractor(Dehyphenator joiner) {
        this.joiner = joiner;
    }

    /** Pages without note zones (markers replaced by references), the notes, and warnings. */
    public record Result(List<Page> pages, List<Footnote> notes, List<String> warnings) {
    }

    private record Zone(int start, List<String[]> notes, String continuation, boolean parenStyle) {
        // notes: {number, text}
    }

    public Result extract(List<Page> pages) {
        List<Page> out = new ArrayList<>(pages.size());
        List<Footnote> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int lastNumber = 0;
        for (Page page : pages) {
            Zone zone = findZone(page.lines(), lastNumber);
            if (zone == null) {
                out.add(page);
                continue;
            }
            List<String> body = new ArrayList<>(page.lines().subList(0, zone.start()));
            int[] positions = link(body, zone);
            boolean separated = zone.start() > 0 && SEPARATOR.matcher(page.lines().get(zone.start() - 1)).matches();
            int linkedCount = 0;
            for (int p : positions) {
                if (p >= 0) {
                    linkedCount++;
                }
            }
            if (!separated && linkedCount * 2 < zone.notes().size()) {
                out.add(page); // numbered lines that are not notes
                continue;
            }
            if (zone.continuation() != null && !notes.isEmpty()) {
                Footnote last = notes.remove(notes.size() - 1);
                notes.add(new Footnote(last.id(), last.marker(), last.page(),
                        joiner.join(last.text(), zone.continuation()), last.linked()));
            }
            List<int[]> edits = new ArrayList<>(); // {position, markerLength, noteId}
            for (int k = 0; k < zone.notes().size(); k++) {
                String[] n = zone.notes().get(k);
                int id = notes.size() + 1;
                boolean linked = positions[k] >= 0;
                notes.add(new Footnote(id, n[0], page.number(), n[1], linked));
                if (linked) {
                    int len = zone.parenStyle() ? n[0].length() + 2 : n[0].length();
                    edits.add(new int[] {positions[k], len, id});
                } else {
                    warnings.add("note " + n[0] + " on page " + page.number() + ": marker not found in the text; note kept at the end of the page's text");
                }
                lastNumber = Integer.parseInt(n[0]);
            }
            out.add(new Page(page.number(), applyEdits(body, edits, notes, page.number())));
        }
        return new Result(out, notes, warnings);
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
            Matcher m = NOTE_START.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            Zone z = parseZone(lines, i, lastNumber, false);
            if (z != null) {
                best = z;
            }
        }
        return best;
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
        List<String[]> notes = new ArrayList<>();
        StringBuilder continuation = null;
        StringBuilder current = null;
        String currentNumber = null;
        Boolean paren = null;
        int expected = -1;
        int linesInNote = 0;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher m = NOTE_START.matcher(line);
            int number = m.matches() ? Integer.parseInt(m.group(2)) : -1;
            boolean isParen = m.matches() && !m.group(1).isEmpty();
            boolean starts = number >= 0 && (expected < 0
                    ? (number == lastNumber + 1 || number == 1)
                    : number == expected) && (paren == null || paren == isParen);
            if (starts) {
                if (current != null) {
                    notes.add(new String[] {currentNumber, current.toString()});
                }
                current = new StringBuilder(m.group(3).strip());
                currentNumber = m.group(2);
                paren = isParen;
                expected = number + 1;
                linesInNote = 1;
            } else if (current != null) {
                if (!separated && ++linesInNote > 8) {
                    return null;
                }
                joiner.joinInto(current, line.strip());
            } else if (separated) {
                continuation = continuation == null ? new StringBuilder(line.strip())
                        : new StringBuilder(joiner.join(continuation.toString(), line.strip()));
            } else {
                return null;
            }
        }
        if (current != null) {
            notes.add(new String[] {currentNumber, current.toString()});
        }
        if (notes.isEmpty() && continuation == null) {
            return null;
        }
        return new Zone(start, notes, continuation == null ? null : continuation.toString(), Boolean.TRUE.equals(paren));
    }

    /** Best strictly increasing positions of the zone's markers in the body text (-1 = not found). */
    private static int[] link(List<String> body, Zone zone) {
        String text = String.join("\n", body);
        int k = zone.notes().size();
        List<List<int[]>> cands = new ArrayList<>(k); // {position of marker digits (or '('), score}
        for (String[] n : zone.notes()) {
            cands.add(candidates(text, n[0], zone.parenStyle()));
        }
        // dp over notes: best[k][c] = best score ending with note k at candidate c.
        double[][] best = new double[k][];
        int[][] from = new int[k][];
        for (int i = 0; i < k; i++) {
            List<int[]> ci = cands.get(i);
            best[i] = new double[ci.size() + 1]; // last slot: skipped
            from[i] = new int[ci.size() + 1];
            for (int c = 0; c <= ci.size(); c++) {
                int pos = c < ci.size() ? ci.get(c)[0] : -1;
                double gain = c < ci.size() ? ci.get(c)[1] : 0;
                double bestPrev = 0;
                int arg = -1;
                if (i > 0) {
                    bestPrev = Double.NEGATIVE_INFINITY;
                    List<int[]> cp = cands.get(i - 1);
                    for (int q = 0; q <= cp.size(); q++) {
                        int prevPos = lastPosition(cands, from, best, i - 1, q);
                        if (pos >= 0 && prevPos >= pos) {
                            continue;
                        }
                        if (best[i - 1][q] > bestPrev) {
                            bestPrev = best[i - 1][q];
                            arg = q;
                        }
                    }
                    if (bestPrev == Double.NEGATIVE_INFINITY) {
                        best[i][c] = Double.NEGATIVE_INFINITY;
                        from[i][c] = -1;
                        continue;
                    }
                }
                // Prefer earlier candidates slightly, so that ties go to document order.
                best[i][c] = bestPrev + gain - (pos >= 0 ? pos * 1e-9 : 0);
                from[i][c] = arg;
            }
        }
        int[] result = new int[k];
        if (k == 0) {
            return result;
        }
        int c = 0;
        for (int q = 1; q < best[k - 1].length; q++) {
            if (best[k - 1][q] > best[k - 1][c]) {
                c = q;
            }
        }
        for (int i = k - 1; i >= 0; i--) {
            List<int[]> ci = cands.get(i);
            result[i] = c < ci.size() ? ci.get(c)[0] : -1;
            c = from[i][c];
            if (i > 0 && c < 0) {
                c = cands.get(i - 1).size();
            }
        }
        return result;
    }

    /** The last real position chosen on the path ending at note i, candidate q (-1 if none). */
    private static int lastPosition(List<List<int[]>> cands, int[][] from, double[][] best, int i, int q) {
        while (i >= 0) {
            List<int[]> ci = cands.get(i);
            if (q >= 0 && q < ci.size()) {
                return ci.get(q)[0];
            }
            if (q < 0) {
                return -1;
            }
            q = from[i][q];
            i--;
        }
        return -1;
    }

    private static List<int[]> candidates(String text, String marker, boolean paren) {
        List<int[]> out = new ArrayList<>();
        String needle = paren ? "(" + marker + ")" : marker;
        int from = 0;
        while (true) {
            int at = text.indexOf(needle, from);
            if (at < 0) {
                break;
            }
            from = at + 1;
            int end = at + needle.length();
            char next = end < text.length() ? text.charAt(end) : ' ';
            char prev = at > 0 ? text.charAt(at - 1) : ' ';
            if (paren) {
                // "2016/1011 (1), and": after a word and a space; "(2)" alone on its line is a label.
                boolean lineStart = at == 0 || prev == '\n';
                boolean lineEnd = end >= text.length() || text.charAt(end) == '\n';
                if ((prev == ' ' || Character.isLetter(prev)) && !(lineStart || (lineEnd && onlySpacesBefore(text, at)))) {
                    out.add(new int[] {at, 3});
                }
                continue;
            }
            if (Character.isDigit(next) || Character.isLetter(next)) {
                continue;
            }
            if (Character.isLetter(prev) || Character.getType(prev) == Character.NON_SPACING_MARK) {
                out.add(new int[] {at, 3});
            } else if (")]’”\"'.,;:%".indexOf(prev) >= 0) {
                out.add(new int[] {at, 2});
            } else if (Character.isDigit(prev) && (Character.isWhitespace(next) || ",;:.)".indexOf(next) >= 0)) {
                out.add(new int[] {at, 1});
            }
        }
        return out;
    }

    private static boolean onlySpacesBefore(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
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
