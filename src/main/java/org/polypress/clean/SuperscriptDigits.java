package org.polypress.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.ingest.LayoutEvidence;

/**
 * Digits a PDF prints raised right after a number, which no footnote took as its marker: an
 * article number's suffix ("art. 36³", as Polish acts number articles inserted later). PDFBox
 * writes such a superscript apart from its number, on the same line ("art. 36 3 ust. 1") or as a line
 * of its own ("art. 36" / "3" / "ust. 1"); it is put back where it is printed, as the superscript digits Unicode has, so the text reads as printed ("36³"), not
 * "36 3". Only on layout evidence: without it (pdftotext's "363") the text stays as extracted.
 */
final class SuperscriptDigits {
    private static final String DIGITS = "0123456789";
    private static final String RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private SuperscriptDigits() {
    }

    static List<Page> apply(List<Page> pages, LayoutEvidence layout) {
        if (layout.raised().isEmpty()) {
            return pages;
        }
        // Only runs after a digit can be suffixes; grouped by page, so each page looks at its own.
        java.util.Map<Integer, List<LayoutEvidence.Raised>> byPage = new java.util.HashMap<>();
        for (LayoutEvidence.Raised r : layout.raised()) {
            String before = r.before().replaceAll("\\s+", "");
            if (!before.isEmpty() && Character.isDigit(before.charAt(before.length() - 1))) {
                byPage.computeIfAbsent(r.page(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Page> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            List<LayoutEvidence.Raised> runs = byPage.getOrDefault(page.number(), List.of());
            if (runs.isEmpty()) {
                out.add(page);
                continue;
            }
            String text = String.join("\n", page.lines());
            String changed = text;
            for (LayoutEvidence.Raised r : runs) {
                String before = r.before().replaceAll("\\s+", "");
                // The run's characters before it, spaces and line breaks aside, then the run alone
                // between white space: on the same line ("36 3 ust.") or on a line of its own.
                StringBuilder pattern = new StringBuilder();
                for (char c : before.toCharArray()) {
                    pattern.append(pattern.length() == 0 ? "" : "[ \\t]*").append(Pattern.quote(String.valueOf(c)));
                }
                Matcher m = Pattern.compile("(" + pattern + ")[ \\t]*\\n?[ \\t]*" + Pattern.quote(r.text()) + "[ \\t]*(?=\\n|[ \\t])")
                        .matcher(changed);
                if (m.find()) {
                    changed = changed.substring(0, m.start()) + m.group(1) + raised(r.text()) + changed.substring(m.end());
                }
            }
            out.add(changed.equals(text) ? page : new Page(page.number(), List.of(changed.split("\n", -1))));
        }
        return out;
    }

    private static String raised(String digits) {
        StringBuilder b = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            b.append(RAISED.charAt(DIGITS.indexOf(c)));
        }
        return b.toString();
    }
}
