package org.polypress.clean;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins two lines of one paragraph, resolving a line-end hyphen.
 *
 * <p>Decision order for {@code frag-} + {@code next}: a conjunction after the hyphen keeps a
 * suspended compound ("netwerk- en"); a capital after the hyphen, or an acronym or single letter before it ("e-governance"), keeps
 * a real hyphen ("EU-cyberveiligheid", "Noord-Atlantische"); then the document's own vocabulary:
 * how often the word is written joined or hyphenated elsewhere in it, then how the document
 * writes other compounds on the same first part (joined compounds count where what follows the part
 * is a word too); then the language's word list ({@link WordList}):
 * a joined form it knows is joined ("adjust-" + "ments"), a joined form it does not know whose two
 * parts it knows keeps the hyphen ("medicine-" + "shortage"); otherwise the hyphen is a
 * line-break hyphen and the word is joined, and the case is recorded as undecided.
 *
 * <p>A line-end hyphen before a digit is a real one, in every extraction: no hyphenation breaks
 * a word before a digit, so "COVID-" + "19" and "2017-" + "2020" join without a space.
 *
 * <p>Text from pdftotext's default output has lost its line-end hyphens before the lines reach
 * this class; {@link #restore} puts back those the evidence decides ({@link JoinedHyphens}).
 */
public final class Dehyphenator {
    private static final Pattern LAST_FRAGMENT = Pattern.compile("([\\p{L}\\p{M}][\\p{L}\\p{M}\\-]*)-$");
    private static final Pattern FIRST_WORD = Pattern.compile("^([\\p{L}\\p{M}][\\p{L}\\p{M}\\-]*)");

    private static final Pattern ENDS_BEFORE_HYPHEN = Pattern.compile("[\\p{L}\\p{N}]-$");
    /** The run of letters and digits before a hyphen, and the number after it, for the report ("COVID", "19"). */
    private static final Pattern LAST_RUN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+$");
    private static final Pattern FIRST_NUMBER = Pattern.compile("^\\p{N}+");

    private final Map<String, Integer> vocabulary;
    private final Set<String> conjunctions;
    private final WordList words;
    private final JoinedHyphens lost;
    private final Set<String> undecided = new LinkedHashSet<>();
    private final List<Repairs.HyphenDecision> decisions = Repairs.list();
    private int joined;
    private int kept;

    /**
     * Whether a line ends in one of the profile's conjunctions ("and", "και", "oraz"): a line so ended
     * cannot end a title or a sentence, its phrase goes on.
     */
    public boolean endsWithConjunction(String line) {
        String t = line.strip();
        int space = t.lastIndexOf(' ');
        return space > 0 && conjunctions.contains(t.substring(space + 1));
    }

    /**
     * @param documentText the whole text, to learn how the document writes its words
     * @param conjunctions the profile's words that follow a suspended compound ("en", "and")
     */
    public Dehyphenator(String documentText, Set<String> conjunctions) {
        this(documentText, conjunctions, WordList.NONE);
    }

    /**
     * @param documentText the whole text, to learn how the document writes its words
     * @param conjunctions the profile's words that follow a suspended compound ("en", "and")
     * @param words        the language's word list ({@link WordList#NONE} when it has none)
     */
    public Dehyphenator(String documentText, Set<String> conjunctions, WordList words) {
        this.conjunctions = conjunctions;
        this.words = words;
        this.vocabulary = new HashMap<>();
        for (String line : documentText.split("\n")) {
            String t = line.strip();
            Words m = new Words(t, Words.Shape.LETTERS_AND_INNER_HYPHENS);
            while (m.find()) {
                boolean lineEndFragment = m.end() < t.length() && t.charAt(m.end()) == '-' && m.end() + 1 >= t.length();
                boolean lineStart = m.start() == 0;
                if (!lineEndFragment && !lineStart) {
                    vocabulary.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        this.lost = new JoinedHyphens(documentText, words);
    }

    /**
     * The pages with the line-end hyphens that pdftotext's default output removed put back where
     * the evidence decides; the same pages for any other text.
     */
    public synchronized List<Page> restore(List<Page> pages) {
        return lost.restore(pages);
    }

    /** Joins {@code left} and {@code right} (two consecutive lines of one paragraph). */
    public String join(String left, String right) {
        StringBuilder b = new StringBuilder(left.length() + right.length() + 1).append(left);
        joinInto(b, right);
        return b.toString();
    }

    /**
     * Appends {@code right} to the paragraph in {@code left}, in place: only the end of the
     * paragraph is looked at, so joining a long paragraph line by line stays linear.
     */
    public synchronized void joinInto(StringBuilder left, String right) {
        int end = left.length();
        while (end > 0 && Character.isWhitespace(left.charAt(end - 1))) {
            end--;
        }
        left.setLength(end);
        String r = right.strip();
        if (end == 0 || r.isEmpty()) {
            left.append(r);
            return;
        }
        if (Character.isDigit(r.charAt(0)) && ENDS_BEFORE_HYPHEN.matcher(left.subSequence(Math.max(0, end - 2), end)).find()) {
            kept++;
            Matcher digits = FIRST_NUMBER.matcher(r);
            Matcher before = LAST_RUN.matcher(left.subSequence(Math.max(0, end - 60), end - 1));
            decide(before.find() ? before.group() : "", digits.find() ? digits.group() : r, true, Repairs.Why.DIGIT);
            left.append(r);
            return;
        }
        int from = Math.max(0, end - 200);
        String tail = left.substring(from);
        Matcher frag = LAST_FRAGMENT.matcher(NoteRefs.strip(tail));
        Matcher next = FIRST_WORD.matcher(r);
        if (left.charAt(end - 1) != '-' || !frag.find() || !next.find()) {
            left.append(' ').append(r);
            return;
        }
        String first = frag.group(1);
        String second = next.group(1);
        if (conjunctions.contains(second.toLowerCase(Locale.ROOT))) {
            kept++;
            decide(first, second, true, Repairs.Why.SUSPENDED);
            left.append(' ').append(r);
            return;
        }
        if (Character.isUpperCase(second.codePointAt(0)) || isAcronym(first) || first.length() == 1) {
            kept++;
            decide(first, second, true, Repairs.Why.REAL_HYPHEN);
            left.append(r);
            return;
        }
        String lowerFirst = first.toLowerCase(Locale.ROOT);
        String lowerSecond = second.toLowerCase(Locale.ROOT);
        int asJoined = count(lowerFirst + lowerSecond);
        int asHyphen = count(lowerFirst + "-" + lowerSecond);
        boolean keep;
        Repairs.Why why;
        if (asHyphen != asJoined) {
            keep = asHyphen > asJoined;
            why = Repairs.Why.DOCUMENT;
        } else {
            int[] family = compoundFamily(lowerFirst);
            keep = family[1] > family[0];
            why = Repairs.Why.COMPOUNDS;
            if (family[0] == family[1]) {
                Boolean listed = listDecides(lowerFirst, lowerSecond);
                keep = Boolean.TRUE.equals(listed);
                why = listed == null ? Repairs.Why.DEFAULT : Repairs.Why.WORD_LIST;
                if (listed == null) {
                    undecided.add(first + "-" + second);
                }
            }
        }
        decide(first, second, keep, why);
        if (keep) {
            kept++;
        } else {
            joined++;
            left.setLength(end - 1);
        }
        left.append(r);
    }

    /**
     * The word list's decision for a line-end hyphen between the last part of {@code first} and
     * the first part of {@code second}: false (join) when it knows the joined word, true (keep)
     * when it knows neither the joined word but both parts, null when it cannot tell. Parts of
     * fewer than 2 and 3 letters decide nothing: a list's short "words" ("en", "s") fit anything.
     */
    private Boolean listDecides(String first, String second) {
        if (words.isEmpty()) {
            return null;
        }
        String a = first.substring(first.lastIndexOf('-') + 1);
        int dash = second.indexOf('-');
        String b = dash < 0 ? second : second.substring(0, dash);
        if (words.contains(a + b)) {
            return Boolean.FALSE;
        }
        if (a.length() >= 2 && b.length() >= 3 && words.contains(a) && words.contains(b)) {
            return Boolean.TRUE;
        }
        return null;
    }

    /** {joined compounds, hyphenated compounds} the document writes with this first part. */
    private int[] compoundFamily(String first) {
        int joinedFamily = 0;
        int hyphenFamily = 0;
        if (first.length() < 3) {
            return new int[] {0, 0};
        }
        for (String w : vocabulary.keySet()) {
            if (!w.startsWith(first) || w.length() <= first.length()) {
                continue;
            }
            if (w.charAt(first.length()) == '-') {
                hyphenFamily++;
            } else if (w.length() >= first.length() + 4 && w.indexOf('-', first.length()) < 0
                    && isWord(w.substring(first.length()))) {
                // A compound only when what follows the first part is a word too: "cyber" +
                // "security", not "car" + "eer" (every word that starts with the same letters).
                joinedFamily++;
            }
        }
        return new int[] {joinedFamily, hyphenFamily};
    }

    /** A word of the document (written on its own somewhere in it) or of the language's word list. */
    private boolean isWord(String w) {
        return vocabulary.containsKey(w) || words.contains(w);
    }

    private int count(String word) {
        return vocabulary.getOrDefault(word, 0);
    }

    private static boolean isAcronym(String first) {
        int upper = 0;
        for (int i = 0; i < first.length(); i++) {
            if (Character.isUpperCase(first.charAt(i))) {
                upper++;
            }
        }
        return upper >= 2 && upper * 2 >= first.length();
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private void decide(String first, String second, boolean keep, Repairs.Why why) {
        Repairs.add(decisions, new Repairs.HyphenDecision(first, second, keep, why));
    }

    /** Each line-end hyphen decided so far, in order (the first {@link Repairs#LIMIT}). */
    public synchronized List<Repairs.HyphenDecision> decisions() {
        return List.copyOf(decisions);
    }

    /** Line-end hyphens joined so far. */
    public synchronized int joinedCount() {
        return joined;
    }

    /** Line-end hyphens kept (real hyphens and suspended compounds), restored ones included. */
    public synchronized int keptCount() {
        return kept + lost.restoredCount();
    }

    /** Line-end hyphens that pdftotext's default output had removed, put back by {@link #restore}. */
    public synchronized int restoredCount() {
        return lost.restoredCount();
    }

    /**
     * Words decided by the default rule only, for the report: each once, in order of first
     * occurrence; then words that may have lost a hyphen in pdftotext's output but were left as printed.
     */
    public synchronized List<String> undecided() {
        List<String> all = new java.util.ArrayList<>(undecided);
        all.addAll(lost.undecided());
        return List.copyOf(all);
    }
}
