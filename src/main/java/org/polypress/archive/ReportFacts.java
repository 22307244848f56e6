package org.polypress.archive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the counts of a publication's report (the map {@code report/NAME.json} is written from)
 * for the PREMIS event notes: "furniture lines removed: 12". A fact the report lacks is left out.
 */
final class ReportFacts {
    private final Map<String, Object> report;

    ReportFacts(Map<String, Object> report) {
        this.report = report;
    }

    /** The value at a path of keys ("footnotes", "linked"), or null. */
    Object at(String... path) {
        Object v = report;
        for (String key : path) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            v = m.get(key);
        }
        return v;
    }

    /** "label: value" for each path that the report has, a list's value being its size. */
    List<String> notes(String[]... labelAndPath) {
        List<String> out = new ArrayList<>();
        for (String[] lp : labelAndPath) {
            Object v = at(java.util.Arrays.copyOfRange(lp, 1, lp.length));
            if (v != null) {
                out.add(lp[0] + ": " + (v instanceof Collection<?> c ? c.size() : v));
            }
        }
        return out;
    }

    /** A label and a path for {@link #notes}. */
    static String[] note(String label, String... path) {
        String[] out = new String[path.length + 1];
        out[0] = label;
        System.arraycopy(path, 0, out, 1, path.length);
        return out;
    }
}
