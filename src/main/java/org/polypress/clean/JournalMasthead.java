package org.polypress.clean;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The masthead of an official journal or gazette: the journal's name (a language fact, profile key
 * {@code furniture.journal}, possibly broken over up to three lines) with the lines around it that
 * are made only of masthead parts: a date ("16.7.2015", "30 Απριλίου 2018"), the language code
 * ("EN"), the issue and page reference of the Official Journal ("L 188/30"), its series ("L series",
 * "ΤΕΥΧΟΣ ΠΡΩΤΟ") and issue number ("Αρ. Φύλλου 77", profile key {@code furniture.series}), the act number of the act-by-act OJ
 * ("2024/1772"), a folio ("7737") and a lone capital of the emblem ("E").
 *
 * <p>Conventions: the Official Journal of the EU printed "date, language, name, L issue/page" as the
 * running header of every page until 2023; gazettes such as the Greek ΦΕΚ print their name, date,
 * series and sheet number as the masthead. Both belong to the issue, not to the act, and are
 * removed. Since October 2023 the OJ publishes act by act: the masthead "name, language, series, act
 * number, date" is the act's own publication reference, printed once as its cover; it is kept, except
 * on a single page (a text copied from EUR-Lex) where no cover can be told from a page header.
 * A name standing alone is never taken: at least one other masthead part must stand next to it.
 */
final class JournalMasthead {
    /** Names of at most this many lines: "Den Europæiske Unions" / "Tidende"; "ΕΦΗΜΕΡΙΔΑ" / "ΤΗΣ ΚΥΒΕΡΝΗΣΕΩΣ" / "ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ". */
    private static final int NAME_LINES = 3;

    enum Part { NAME, SERIES, PAGEREF, ACT, DATE, LANGUAGE, FOLIO, LETTER }

    private final Map<Part, Pattern> parts = new LinkedHashMap<>();

    JournalMasthead(FurnitureWords words, Properties shapes) {
        put(Part.NAME, words.journal());
        put(Part.SERIES, words.series());
        put(Part.PAGEREF, Pattern.compile(shapes.getProperty("masthead.pageref")));
        put(Part.ACT, Pattern.compile(shapes.getProperty("masthead.act")));
        String date = shapes.getProperty("masthead.date");
        if (!words.months().isEmpty()) {
            date += "|\\d{1,2}\\.? (?:" + words.months() + ") \\d{4}";
        }
        put(Part.DATE, Pattern.compile("(?:" + date + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        put(Part.LANGUAGE, Pattern.compile(shapes.getProperty("masthead.language")));
        put(Part.FOLIO, Pattern.compile(shapes.getProperty("masthead.folio")));
        put(Part.LETTER, Pattern.compile(shapes.getProperty("masthead.letter")));
    }

    private void put(Part part, Pattern p) {
        if (p != null) {
            parts.put(part, p);
        }
    }

    /**
     * The indexes of the page's lines that form a removable masthead (none when the language has no
     * journal name).
     *
     * @param gone lines already known as furniture (stamps), skipped like blank lines
     */
    Set<Integer> find(List<String> lines, Set<Integer> gone, boolean singlePage) {
        return scan(lines, gone, singlePage, false);
    }

    /**
     * The indexes of the page's lines that form the act's own cover masthead of the Official
     * Journal published act by act ("Official Journal of the European Union", "EN", "L series",
     * "2024/1772", "25.6.2024"), which is kept as the act's text; empty when there is none.
     */
    Set<Integer> cover(List<String> lines, Set<Integer> gone) {
        return scan(lines, gone, false, true);
    }

    private Set<Integer> scan(List<String> lines, Set<Integer> gone, boolean singlePage, boolean covers) {
        Set<Integer> out = new TreeSet<>();
        if (!parts.containsKey(Part.NAME)) {
            return out;
        }
        List<Integer> seq = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !gone.contains(i)) {
                seq.add(i);
            }
        }
        // Each line folded once: the scan below reads every line up to NAME_LINES times and more.
        List<String> folded = new ArrayList<>(lines.size());
        for (String line : lines) {
            folded.add(fold(line));
        }
        boolean removedOne = false;
        for (int s = 0; s < seq.size(); s++) {
            for (int len = Math.min(NAME_LINES, seq.size() - s); len >= 1; len--) {
                // The name's lines, a folio between them left out: pdftotext puts the page number
                // where its baseline falls, inside the masthead ("ΕΦΗΜΕΡΙ∆Α" / "7615" / "ΤΗΣ ΚΥΒΕΡΝΗΣΕΩΣ").
                StringBuilder joined = new StringBuilder();
                int last = s;
                int taken = 0;
                for (int k = s; k < seq.size() && taken < len; k++) {
                    String line = folded.get(seq.get(k));
                    if (k > s && isFolio(line)) {
                        continue;
                    }
                    joined.append(taken > 0 ? " " : "").append(line);
                    taken++;
                    last = k;
                }
                if (taken < len) {
                    continue;
                }
                // The name first (one pattern), then the whole parse (every part's pattern at each word).
                if (!parts.get(Part.NAME).matcher(joined).lookingAt()) {
                    continue;
                }
                Set<Part> found = parse(joined.toString()); // the longest name first: "ΕΦΗΜΕΡΙΔΑ ΤΗΣ ΚΥΒΕΡΝΗΣΕΩΣ ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ"
                if (found == null) {
                    continue;
                }
                int from = s;
                int to = last;
                Set<Part> all = EnumSet.copyOf(found);
                Set<Part> p;
                while (from > 0 && (p = parse(folded.get(seq.get(from - 1)))) != null && !p.contains(Part.NAME)) {
                    all.addAll(p);
                    from--;
                }
                while (to + 1 < seq.size() && (p = parse(folded.get(seq.get(to + 1)))) != null && !p.contains(Part.NAME)) {
                    all.addAll(p);
                    to++;
                }
                boolean alone = all.size() == 1;
                boolean actCover = all.contains(Part.ACT) && !singlePage;
                if (covers ? !alone && actCover : !alone && !actCover) {
                    for (int k = from; k <= to; k++) {
                        out.add(seq.get(k));
                    }
                    removedOne = true;
                }
                s = to;
                break;
            }
        }
        if (removedOne && !covers) {
            // The parts printed apart from the name on the same page ("Αρ. Φύλλου 77" at its foot).
            for (int i : seq) {
                Set<Part> p = parse(folded.get(i));
                if (p != null && (p.contains(Part.PAGEREF) || p.contains(Part.SERIES))) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    private boolean isFolio(String line) {
        Pattern folio = parts.get(Part.FOLIO);
        return folio != null && folio.matcher(line).matches();
    }

    /** The parts a line is made of, or null when it holds anything else. */
    Set<Part> parse(String line) {
        Set<Part> found = EnumSet.noneOf(Part.class);
        int at = 0;
        while (at < line.length()) {
            boolean matched = false;
            for (Map.Entry<Part, Pattern> e : parts.entrySet()) {
                Matcher m = e.getValue().matcher(line).region(at, line.length());
                if (m.lookingAt() && m.end() > at && (m.end() == line.length() || line.charAt(m.end()) == ' ')) {
                    found.add(e.getKey());
                    at = m.end() == line.length() ? m.end() : m.end() + 1;
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                return null;
            }
        }
        return found.isEmpty() ? null : found;
    }

    /** Spaces folded; the increment sign that some gazettes' fonts print for the capital delta (∆) read as Δ. */
    static String fold(String line) {
        return Spaces.strippedAndFolded(line).replace('\u2206', '\u0394');
    }
}
