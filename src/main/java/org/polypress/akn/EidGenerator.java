package org.polypress.akn;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes eIds after the Akoma Ntoso naming convention: {@code parent__abbr_num}, the number as
 * printed without trailing punctuation or label words, lower-cased, dots as dashes
 * ("16." -> {@code para_16}, "2.1" -> {@code sec_2-1}, "Hoofdstuk I" -> {@code chp_i}); unnumbered
 * siblings (and bullets) get their ordinal. Uniqueness over the whole document is guaranteed:
 * a clash gets an ordinal suffix. One instance per document.
 */
final class EidGenerator {
    private static final java.util.regex.Pattern NUMBER_TOKEN =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\d])(?:\\d+(?:\\.\\d+)*[a-z]?|[IVXLC]+)(?![\\p{L}\\d])");
    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> ordinals = new HashMap<>();

    /** eId of a child of {@code parent} (empty for top level) with the given number (may be empty). */
    String next(String parent, String abbr, String num) {
        String n = clean(num);
        String base = (parent == null || parent.isEmpty() ? "" : parent + "__") + abbr + "_";
        String key = base;
        int ordinal = ordinals.merge(key, 1, Integer::sum);
        String candidate = base + (n.isEmpty() ? Integer.toString(ordinal) : n);
        if (!used.add(candidate)) {
            int k = 2;
            while (!used.add(candidate + "-" + k)) {
                k++;
            }
            candidate = candidate + "-" + k;
        }
        return candidate;
    }

    /** Reserves a fixed eId (e.g. "author"), failing loudly if taken. */
    String fixed(String eid) {
        if (!used.add(eid)) {
            throw new IllegalStateException("eId used twice: " + eid);
        }
        return eid;
    }

    static String clean(String num) {
        if (num == null) {
            return "";
        }
        String s = num.strip();
        if (s.indexOf(' ') >= 0 || s.matches("\\p{L}+\\.\\d.*")) {
            // "Hoofdstuk I" -> "I", "1. cikk" -> "1", "Art. 2a" -> "2a", "ART.7" -> "7": the numbering token wherever it stands.
            java.util.regex.Matcher m = NUMBER_TOKEN.matcher(s);
            String token = null;
            while (m.find()) {
                token = m.group();
            }
            s = token != null ? token : s.substring(s.lastIndexOf(' ') + 1);
        }
        s = s.replaceAll("^[(\\[]+|[).:\\]]+$", "").toLowerCase(Locale.ROOT).replace('.', '-');
        s = s.replaceAll("[^\\p{L}\\p{N}-]", "");
        return s;
    }
}
