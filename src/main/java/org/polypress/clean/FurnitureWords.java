package org.polypress.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.polypress.profile.LanguageProfile;

/**
 * The words of a language that page furniture is printed in, from the profiles' "# Page furniture"
 * keys: the journal's name ({@code furniture.journal}), its series and issue labels
 * ({@code furniture.series}), the opening words of an electronic-signature stamp
 * ({@code furniture.signature}), plus the month names and the words for "page", "of" and "date".
 * Each pattern is null when the language has none.
 *
 * @param pageOf       "Page"/"of" words, for "Page 2 of 10"; may be empty
 * @param journal      the journal's or gazette's name, matched against a whole line (or lines joined)
 * @param series       the journal's series and issue labels ("L series", "ΤΕΥΧΟΣ ΠΡΩΤΟ", "Αρ. Φύλλου 77")
 * @param months       the month names as one alternation, for dates such as "30 Απριλίου 2018"
 * @param signature    the words a signature stamp opens with ("Digitally signed by")
 * @param dateLabels   the words a signature stamp labels its time with ("Date", "Data")
 */
public record FurnitureWords(List<String> pageOf, Pattern journal, Pattern series, String months,
        Pattern signature, Pattern dateLabels) {

    public FurnitureWords {
        pageOf = List.copyOf(pageOf);
    }

    /** The page words only (no journal, no stamps). */
    public static FurnitureWords pageWords(List<String> pageOf) {
        return new FurnitureWords(pageOf, null, null, "", null, null);
    }

    /**
     * The document's language and, for signature stamps, English too: signing software prints its
     * stamp in its own language ("Digitally signed by" on a Greek law), not in the document's.
     */
    public static FurnitureWords of(LanguageProfile profile, LanguageProfile english) {
        List<String> pageOf = List.of(alternatives(profile.get("furniture.page"), english.get("furniture.page")),
                alternatives(profile.get("furniture.pageOf"), english.get("furniture.pageOf")));
        List<String> months = new ArrayList<>();
        for (String m : profile.list("months")) {
            months.add(Pattern.quote(m));
        }
        return new FurnitureWords(pageOf, line(profile.get("furniture.journal")), line(profile.get("furniture.series")),
                String.join("|", months),
                union(profile.get("furniture.signature"), english.get("furniture.signature")),
                union(Pattern.quote(profile.get("furniture.date")), Pattern.quote(english.get("furniture.date"))));
    }

    private static Pattern line(String regex) {
        return regex.isEmpty() ? null : Pattern.compile("(?:" + regex + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The two patterns as one alternation, each once. */
    private static String alternatives(String a, String b) {
        Set<String> alts = new LinkedHashSet<>();
        for (String s : List.of(a, b)) {
            if (!s.isEmpty()) {
                alts.add(s);
            }
        }
        return String.join("|", alts);
    }

    private static Pattern union(String a, String b) {
        Set<String> alts = new LinkedHashSet<>();
        for (String s : List.of(a, b)) {
            if (!s.isEmpty()) {
                alts.add(s);
            }
        }
        return alts.isEmpty() ? null : line(String.join("|", alts));
    }
}
