package org.polypress.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The words and patterns by which the stages recognise a language's documents: lead words of
 * citations and recitals, structure words, formulas, month names, hyphenation conjunctions, page
 * furniture. Loaded from {@code profiles/<code>.properties}; a key the language does not define
 * falls back to the English profile. What the editions print is not here: see {@link Labels}.
 */
public final class LanguageProfile {
    private final String code;
    private final Properties own;
    private final Properties fallback;

    LanguageProfile(String code, Properties own, Properties fallback) {
        this.code = code;
        this.own = own;
        this.fallback = fallback;
    }

    /** Keys whose English words also hold in a text of another language: see {@link #withEnglishOriginals}. */
    private static final java.util.Set<String> STRUCTURE_KEYS = java.util.Set.of("part", "title", "chapter", "section",
            "article", "annex", "citation.lead", "recital.lead", "formula.recitals");

    /**
     * This profile with the English structure and lead words after its own ("Άρθρο|Section",
     * "λαμβάνοντας υπόψη|whereas"): an act that ratifies an international agreement prints the
     * agreement's English original beside its translation (Greek law 4534/2018 and its
     * Arrangement), and those parts are structured by their own words. Everything else is unchanged.
     */
    public LanguageProfile withEnglishOriginals() {
        if (code.equals("en") || fallback.isEmpty()) {
            return this;
        }
        Properties merged = new Properties();
        merged.putAll(own);
        for (String key : STRUCTURE_KEYS) {
            String mine = own.getProperty(key, "").strip();
            String english = fallback.getProperty(key, "").strip();
            if (!english.isEmpty() && !mine.equalsIgnoreCase(english)) {
                merged.setProperty(key, mine.isEmpty() ? english : mine + "|" + english);
            }
        }
        return new LanguageProfile(code, merged, fallback);
    }

    /** ISO 639-1 code ("nl"). */
    public String code() {
        return code;
    }

    /** Whether the language has its own profile (false: English words stand in). */
    public boolean isOwn() {
        return own.getProperty("language") != null;
    }

    /** ISO 639-2/B code ("dut"), as FRBRlanguage wants it. */
    public String iso6392b() {
        return own.getProperty("iso639-2b", code);
    }

    public String get(String key) {
        String v = own.getProperty(key);
        return v != null ? v.strip() : fallback.getProperty(key, "").strip();
    }

    /**
     * An annex heading that names what it is annexed to, as gazettes print it over one to three lines
     * ("Załącznik do obwieszczenia Marszałka Sejmu Rzeczypospolitej Polskiej z dnia 19 listopada 2015
     * r. (poz. 2058)", "Załącznik nr 1 do rozporządzenia ...", "Annex to Decision 2015/2310"): the
     * annex word, up to two short tokens ("nr 1", "I"), then a word of {@code annex.to}; null when the
     * profile has no such words.
     */
    public Pattern annexReference() {
        String annex = get("annex");
        String to = get("annex.to");
        if (annex.isEmpty() || to.isEmpty()) {
            return null;
        }
        return Pattern.compile("^(?:" + annex + ")(?:\\s+[\\p{L}\\d.]{1,6}){0,2}?\\s+(?:" + to + ")\\s+\\S",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The language's quotation marks (key {@code quotes}). */
    public QuoteMarks quotes() {
        return QuoteMarks.parse(get("quotes"));
    }

    /** A '|'-separated alternation of regular expressions, as a list. */
    public List<String> alternatives(String key) {
        String v = get(key);
        return v.isEmpty() ? List.of() : List.of(v.split("\\|"));
    }

    /**
     * How a structure unit is numbered after its word ("Article 5", "Hoofdstuk IV", "Annex A",
     * "Άρθρο πρώτο", "Secţiunea a 2-a"): roman or arabic numbers, a capital letter, the profile's
     * ordinals written with digits (key {@code ordinal.digits}) or one of its ordinal words (key
     * {@code ordinals}, also matched without accents, as capitals drop them). A regular expression
     * without capturing groups.
     */
    public String unitNumber() {
        List<String> words = new ArrayList<>();
        for (String w : list("ordinals")) {
            words.add(java.util.regex.Pattern.quote(w));
            String bare = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (!bare.equals(w)) {
                words.add(java.util.regex.Pattern.quote(bare));
            }
        }
        if (!get("ordinal.digits").isEmpty()) {
            words.add(0, get("ordinal.digits"));
        }
        return "(?:[IVXLC]+|\\d+[a-z]?|[A-Z]" + (words.isEmpty() ? "" : "|" + String.join("|", words)) + ")";
    }

    /** A ','-separated list ("months", "conjunctions"). */
    public List<String> list(String key) {
        String v = get(key);
        List<String> out = new ArrayList<>();
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /**
     * The key's alternatives as one pattern that must match at the start of a text, followed by
     * a word boundary; case-insensitive, Unicode-aware. Null when the key is empty.
     */
    /**
     * Like {@link #leadPattern}, with only the alternatives of several words ("European Parliament
     * resolution", not "Resolution"): a line that opens with them is named by them, not a sentence
     * that happens to start with a word of theirs. Null when there are none.
     */
    public Pattern longLeadPattern(String key) {
        List<String> longer = alternatives(key).stream().filter(a -> a.strip().contains(" ")).toList();
        return longer.isEmpty() ? null : Pattern.compile("^(?:" + String.join("|", longer) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public Pattern leadPattern(String key) {
        String v = get(key);
        if (v.isEmpty()) {
            return null;
        }
        return Pattern.compile("^(?:" + v + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Month number (1-12) of a month name in this language, or 0; case and accents do not matter ("ΜΑΪΟΥ"). */
    public int month(String name) {
        List<String> months = list("months");
        String n = fold(name);
        for (int i = 0; i < months.size(); i++) {
            if (fold(months.get(i)).equals(n)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String fold(String s) {
        String d = java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}", "");
    }

    @Override
    public String toString() {
        return "LanguageProfile[" + code + "]";
    }
}
