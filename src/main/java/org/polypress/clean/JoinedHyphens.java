package org.polypress.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hyphens that pdftotext's default output removed. Convention followed (pdftotext, poppler's
 * TextOutputDev): a line that ends in "-" is joined to the next line of its block with the hyphen
 * dropped, real hyphen or not, so "decision-\nmaking process" comes out as "decisionmaking
 * process" inside one longer line, "COVID-\n19" as "COVID19".
 *
 * <p>The dialect is recognised per document: (almost) no line ends in a hyphen before a line that
 * goes on in lower case, while the document writes enough hyphenated words for some to fall at
 * line ends. The removed hyphen then sat where the
 * first line ended, so only a word that straddles a possible line end (the join zone, from the
 * document's own line widths) can have lost one. A hyphen is restored in a word written joined
 * only in join zones, never elsewhere in the document, when:
 * <ol>
 *   <li>the document writes the word with the hyphen at that place elsewhere ("decision-making",
 *       "COVID-19", "country-by-country" for "country-bycountry"), or</li>
 *   <li>the language's word list does not know the joined word but knows both parts, at exactly one
 *       place in the zone ("energyefficient": "energy", "efficient"); only when the document has
 *       enough hyphenated words for a text that kept its line-end hyphens to show some.</li>
 * </ol>
 * A run of eight digits that reads as two years, the second not before the first ("20172020"), at a
 * place where the line could have ended is a year range whose hyphen was dropped ("2017-" +
 * "2020."): a year is not written glued to another, and {@link Dehyphenator} keeps a hyphen before
 * a digit. So is, in a line two full lines long (which holds a join for certain), the one place in
 * the zone where a capital meets a digit ("(DP3T) protocol" for "DP-" + "3T) protocol"): a word is
 * not broken before a digit, the hyphen was the acronym's own (only one such place in the word). Otherwise the word stays as printed; a word the list could split in more than one place is
 * reported as undecided. Two passes over the text, each linear in its length.
 */
final class JoinedHyphens {
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("[\\p{L}\\p{N}]-$");
    /** Fewer lines that go on to a next line than this give no reliable typical width. */
    private static final int MIN_PARAGRAPH_LINES = 20;
    /**
     * A text that kept its line-end hyphens would show about lines x (share of hyphenated words)
     * of them; from 3 expected, seeing none (probability about e^-3, 5%) is evidence of the dialect
     * strong enough for word-list decisions. The document's own spellings need no such evidence.
     */
    private static final double EXPECTED_LINE_END_HYPHENS = 3.0;
    private static final int AMBIGUOUS = -1;
    /** Two years of the documents we publish (1900..2099) written as one run of digits. */
    private static final Pattern TWO_YEARS = Pattern.compile("((?:19|20)\\d\\d)((?:19|20)\\d\\d)");

    private final WordList words;
    private final Map<String, Integer> restore = new HashMap<>();
    /** Lines (stripped) that lost a hyphen, and how they read with it restored. */
    private final Map<String, String> restoredLines = new HashMap<>();
    private final Set<String> undecided = new LinkedHashSet<>();
    private final int zoneFrom;
    private final int zoneTo;
    private final boolean active;
    private int restored;

    JoinedHyphens(String text, WordList words) {
        this.words = words;
        String[] lines = text.split("\n", -1);
        Map<String, Integer> vocabulary = new HashMap<>();
        for (String line : lines) {
            Words m = new Words(line, Words.Shape.ALPHANUMERIC_HYPHENATED);
            while (m.find()) {
                vocabulary.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<Integer> widths = new ArrayList<>();
        int lineEndHyphens = 0;
        int nonEmpty = 0;
        for (int i = 0; i < lines.length; i++) {
            String a = lines[i].strip();
            if (a.isEmpty()) {
                continue;
            }
            nonEmpty++;
            String b = i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (!b.isEmpty() && Character.isLowerCase(b.codePointAt(0))) {
                widths.add(a.length());
                if (LINE_END_HYPHEN.matcher(a).find()) {
                    lineEndHyphens++;
                }
            }
        }
        Map<String, Integer> keys = hyphenKeys(vocabulary);
        int tokens = 0;
        int hyphenated = 0;
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            tokens += e.getValue();
            if (e.getKey().indexOf('-') > 0) {
                hyphenated += e.getValue();
            }
        }
        double expected = (double) nonEmpty * hyphenated / Math.max(1, tokens);
        // Texts that keep their line-end hyphens show about the expected number or more (0.5 to 7
        // times in the dev corpus); pdftotext's default output shows none, or the few it could not
        // join (a hyphen followed by a soft hyphen, "care-\u00ad"): under a quarter of the expected.
        boolean dialect = lineEndHyphens == 0 || lineEndHyphens * 4 <= expected;
        if (!dialect || widths.size() < MIN_PARAGRAPH_LINES) {
            zoneFrom = 0;
            zoneTo = -1;
            active = false;
            return;
        }
        int[] w = widths.stream().mapToInt(Integer::intValue).sorted().toArray();
        // A line pdftotext joined had been broken inside a word, so it was full: its length is
        // near the typical in-paragraph line (at least three quarters of the median, a ragged
        // margin) and at most the longest usual one (the 95th percentile; merged lines are longer).
        zoneFrom = w[w.length / 2] * 3 / 4;
        zoneTo = w[Math.min(w.length - 1, w.length * 95 / 100)];
        active = true;
        // The list knows words, not where lines ended: it may speak only where the zone is narrow,
        // lines of one width (the 95th percentile within half again the median; texts whose
        // lines are whole paragraphs of any length have no such zone).
        boolean listDecides = !words.isEmpty() && expected >= EXPECTED_LINE_END_HYPHENS && zoneTo * 2 <= w[w.length / 2] * 3;
        // A line that goes on in lower case holds a join only if it is two full lines long: the
        // line pdftotext joined to the first was not the paragraph's last, so it was full too.
        boolean[] mayHoldJoin = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String b = i + 1 < lines.length ? lines[i + 1].strip() : "";
            boolean goesOn = !b.isEmpty() && Character.isLowerCase(b.codePointAt(0));
            mayHoldJoin[i] = !goesOn || lines[i].strip().length() >= 2 * zoneFrom;
        }
        Map<String, Integer> inZone = new HashMap<>();
        Set<String> elsewhere = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            Words m = new Words(lines[i].strip(), Words.Shape.ALPHANUMERIC_HYPHENATED);
            while (m.find()) {
                String low = m.group().toLowerCase(Locale.ROOT);
                boolean near = mayHoldJoin[i] && m.end() > zoneFrom && m.start() < zoneTo && low.length() == m.group().length();
                boolean twoLines = lines[i].strip().length() >= 2 * zoneFrom;
                int at = near ? candidate(m.group(), m.start(), twoLines, keys, listDecides, vocabulary) : AMBIGUOUS;
                if (at == AMBIGUOUS) {
                    elsewhere.add(low);
                } else {
                    inZone.merge(low, at, (x, y) -> x.equals(y) ? x : AMBIGUOUS);
                }
            }
        }
        for (Map.Entry<String, Integer> e : inZone.entrySet()) {
            if (e.getValue() != AMBIGUOUS && !elsewhere.contains(e.getKey())) {
                restore.put(e.getKey(), e.getValue());
            }
        }
        for (int i = 0; i < lines.length && !restore.isEmpty(); i++) {
            String t = lines[i].strip();
            String r = mayHoldJoin[i] ? restoreLine(t) : t;
            if (!r.equals(t)) {
                restoredLines.put(t, r);
            }
        }
    }

    /** Whether the document is in the dialect (and hyphens may be restored). */
    boolean active() {
        return active;
    }

    /** Words the list could split in more than one place, for the report. */
    Set<String> undecided() {
        return undecided;
    }

    /** The pages with the removed hyphens restored; the same list when there is nothing to do. */
    List<Page> restore(List<Page> pages) {
        if (restoredLines.isEmpty()) {
            return pages;
        }
        List<Page> out = new ArrayList<>(pages.size());
        for (Page p : pages) {
            List<String> lines = new ArrayList<>(p.lines().size());
            for (String line : p.lines()) {
                String t = line.strip();
                String r = restoredLines.get(t);
                if (r == null) {
                    lines.add(line);
                } else {
                    restored += r.length() - t.length();
                    lines.add(line.substring(0, line.indexOf(t)) + r);
                }
            }
            out.add(new Page(p.number(), lines));
        }
        return out;
    }

    /** The (stripped) line with this document's restorations applied at join-zone positions. */
    String restoreLine(String t) {
        Words m = new Words(t, Words.Shape.ALPHANUMERIC_HYPHENATED);
        StringBuilder b = null;
        int copied = 0;
        while (m.find()) {
            Integer at = restore.get(m.group().toLowerCase(Locale.ROOT));
            if (at == null || !inZone(m.start() + at)) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(t.length() + 4);
            }
            b.append(t, copied, m.start() + at).append('-');
            copied = m.start() + at;
        }
        return b == null ? t : b.append(t, copied, t.length()).toString();
    }

    /** Hyphens restored so far. */
    int restoredCount() {
        return restored;
    }

    private boolean inZone(int position) {
        return position >= zoneFrom && position <= zoneTo;
    }

    /** Where in the token a removed hyphen goes, or {@link #AMBIGUOUS}. */
    private int candidate(String token, int start, boolean twoLines, Map<String, Integer> keys, boolean listDecides,
                          Map<String, Integer> vocabulary) {
        String low = token.toLowerCase(Locale.ROOT);
        if (isYearRange(token)) {
            return inZone(start + 4) ? 4 : AMBIGUOUS;
        }
        Integer known = keys.get(low);
        if (known != null) {
            return known != AMBIGUOUS && inZone(start + known) ? known : AMBIGUOUS;
        }
        if (twoLines) {
            int at = capitalBeforeDigit(token, start);
            if (at != AMBIGUOUS) {
                return at;
            }
        }
        if (!listDecides) {
            return AMBIGUOUS;
        }
        List<Integer> splits = new ArrayList<>(2);
        List<Integer> ownSplits = new ArrayList<>(2);
        int segStart = 0;
        for (String seg : low.split("-", -1)) {
            if (seg.length() >= 5 && seg.chars().allMatch(Character::isLetter) && !words.contains(seg)
                    && isOrdinaryWord(token, segStart, seg.length())) {
                // parts of at least 2 and 3 letters: shorter "words" of a list ("en", "s") split anything
                for (int i = 2; i <= seg.length() - 3; i++) {
                    String a = seg.substring(0, i);
                    String b = seg.substring(i);
                    if (inZone(start + segStart + i) && words.contains(a) && words.contains(b)) {
                        splits.add(segStart + i);
                        if (vocabulary.containsKey(a) && vocabulary.containsKey(b)) {
                            ownSplits.add(segStart + i);
                        }
                    }
                }
            }
            segStart += seg.length() + 1;
        }
        if (splits.size() == 1) {
            return splits.get(0);
        }
        if (ownSplits.size() == 1) {
            return ownSplits.get(0); // "risksharing": "risk" + "sharing", the parts the document itself uses
        }
        if (splits.size() > 1) {
            undecided.add(token);
        }
        return AMBIGUOUS;
    }

    /** The one place in the zone where a capital is followed by a digit ("DP3T": 2), or {@link #AMBIGUOUS}. */
    private int capitalBeforeDigit(String token, int start) {
        int found = AMBIGUOUS;
        for (int i = 1; i < token.length(); i++) {
            if (Character.isUpperCase(token.charAt(i - 1)) && Character.isDigit(token.charAt(i)) && inZone(start + i)) {
                if (found != AMBIGUOUS) {
                    return AMBIGUOUS;
                }
                found = i;
            }
        }
        return found;
    }

    /** "20172020": two years, the second not before the first. */
    static boolean isYearRange(String token) {
        Matcher m = TWO_YEARS.matcher(token);
        return m.matches() && Integer.parseInt(m.group(2)) >= Integer.parseInt(m.group(1));
    }

    /**
     * No capital after the first letter: "FinTech", "DeepMind" are names the author wrote so, and
     * a word list cannot speak for names.
     */
    private static boolean isOrdinaryWord(String token, int from, int length) {
        for (int i = from + 1; i < from + length; i++) {
            if (Character.isUpperCase(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** For each hyphenated word, the word without one of its hyphens, and where that hyphen was. */
    private static Map<String, Integer> hyphenKeys(Map<String, Integer> vocabulary) {
        Map<String, Integer> keys = new HashMap<>();
        for (String w : vocabulary.keySet()) {
            for (int i = w.indexOf('-'); i > 0; i = w.indexOf('-', i + 1)) {
                keys.merge(w.substring(0, i) + w.substring(i + 1), i, (x, y) -> x.equals(y) ? x : AMBIGUOUS);
            }
        }
        return keys;
    }

}
