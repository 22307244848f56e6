package org.polypress.clean;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The visible stamp of an electronic signature, as signing software prints it in a small box on
 * the first page: "Signature Not Verified / Digitally signed by NAME / Date: 2018.04.30 17:16:14 EEST
 * / Reason: ... / Location: ...", or "Dokument podpisany przez NAME / Data: 2015.12.07 16:57:35 CET".
 * pdftotext gives the box as a block of short lines of its own. Evidence: a block that opens with the
 * stamp's words (profile key {@code furniture.signature}) and, within its first lines, carries the
 * date label followed by the signing software's time stamp (year.month.day, then the time). The block
 * runs to the next blank line; without one, to the time stamp's line (and a time or zone wrapped onto
 * the next line).
 */
final class SignatureStamp {
    /** A stamp box holds a handful of short lines; ten fields at most, as in the ΦΕΚ's Acrobat stamp. */
    private static final int MAX_LINES = 12;
    private static final Pattern WRAPPED_TIME = Pattern.compile("(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?(?: ?[A-Z]{3,5}| ?[+-]\\d{2}'?\\d{2}'?)?");

    private final Pattern opener;
    private final Pattern dated;

    SignatureStamp(FurnitureWords words) {
        opener = words.signature() == null ? null
                : Pattern.compile("^(?:" + words.signature().pattern() + ")(?![\\p{L}\\p{N}]).*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        dated = words.dateLabels() == null ? null
                : Pattern.compile("^(?:" + words.dateLabels().pattern() + ") ?: ?\\d{4}\\.\\d{2}\\.\\d{2}\\b.*",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The stamp's opening words on this line, or begun here and ended on the next ("Dokument podpisany" / "przez NAME"). */
    private boolean opensAt(List<String> lines, int i) {
        String here = FurnitureRemover.fold(lines.get(i));
        if (here.isEmpty()) {
            return false;
        }
        if (opener.matcher(here).matches()) {
            return true;
        }
        return i + 1 < lines.size() && !lines.get(i + 1).isBlank()
                && opener.matcher(here + " " + FurnitureRemover.fold(lines.get(i + 1))).matches();
    }

    /** Indexes of the lines that are a signature stamp. */
    Set<Integer> find(List<String> lines) {
        Set<Integer> out = new TreeSet<>();
        if (opener == null || dated == null) {
            return out;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!opensAt(lines, i)) {
                continue;
            }
            int end = i;
            while (end + 1 < lines.size() && !lines.get(end + 1).isBlank() && end + 1 - i < MAX_LINES) {
                end++;
            }
            int dateLine = -1;
            for (int k = i; k <= end && dateLine < 0; k++) {
                // The label may end one line and its value start the next ("Data:" / "2015.12.07").
                String here = FurnitureRemover.fold(lines.get(k));
                String joined = k < end ? here + " " + FurnitureRemover.fold(lines.get(k + 1)) : here;
                if (dated.matcher(here).matches() || dated.matcher(joined).matches()) {
                    dateLine = dated.matcher(here).matches() ? k : k + 1;
                }
            }
            if (dateLine < 0) {
                continue;
            }
            boolean boxed = end + 1 >= lines.size() || lines.get(end + 1).isBlank();
            if (!boxed) {
                end = dateLine;
                if (end + 1 < lines.size() && WRAPPED_TIME.matcher(FurnitureRemover.fold(lines.get(end + 1))).matches()
                        && !lines.get(end + 1).isBlank()) {
                    end++;
                }
            }
            for (int k = i; k <= end; k++) {
                out.add(k);
            }
            i = end;
        }
        return out;
    }
}
