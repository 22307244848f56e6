package org.polypress.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits extracted text into pages, by the evidence the text carries:
 * <ul>
 *   <li>form feeds (pdftotext, and the ingest stage's PDF extraction): one page each;</li>
 *   <li>otherwise, page-start lines marked by a single leading space (some PDF-to-text tools
 *       start every page that way). A run of two or more such lines is a bulleted list whose
 *       bullet glyph came out as a space, not a series of pages: those lines become "• " items;</li>
 *   <li>otherwise one page.</li>
 * </ul>
 * Lines keep their spacing (a whitespace-only line can be a footnote separator); the page-start
 * space is removed.
 */
public final class PageSplitter {
    private static final Pattern MARKED = Pattern.compile("^ [^ \\t].*");

    /** Pages, and how the boundaries were found (for the report). */
    public record Result(List<Page> pages, String evidence, int spaceBullets) {
    }

    public Result split(String text) {
        if (text.indexOf('\f') >= 0) {
            List<Page> pages = new ArrayList<>();
            String[] chunks = text.split("\f", -1);
            int n = chunks.length;
            while (n > 1 && chunks[n - 1].isBlank()) {
                n--;
            }
            for (int i = 0; i < n; i++) {
                pages.add(new Page(i + 1, lines(chunks[i])));
            }
            return new Result(pages, "form feeds", 0);
        }
        List<String> all = lines(text);
        boolean[] marked = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            marked[i] = MARKED.matcher(all.get(i)).matches();
        }
        List<Integer> starts = new ArrayList<>();
        List<String> out = new ArrayList<>(all.size());
        int bullets = 0;
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            if (!marked[i]) {
                out.add(line);
                continue;
            }
            boolean inRun = (i > 0 && marked[i - 1]) || (i + 1 < all.size() && marked[i + 1]);
            if (inRun) {
                out.add("• " + line.substring(1));
                bullets++;
            } else {
                starts.add(out.size());
                out.add(line.substring(1));
            }
        }
        if (starts.size() < 2) {
            return new Result(List.of(new Page(1, all)), "none", 0);
        }
        List<Page> pages = new ArrayList<>();
        int from = 0;
        for (int s : starts) {
            if (s > from) {
                pages.add(new Page(pages.size() + 1, out.subList(from, s)));
            }
            from = s;
        }
        pages.add(new Page(pages.size() + 1, out.subList(from, out.size())));
        return new Result(pages, "page-start lines", bullets);
    }

    private static List<String> lines(String chunk) {
        String[] parts = chunk.split("\n", -1);
        int n = parts.length;
        if (n > 0 && parts[n - 1].isEmpty()) {
            n--;
        }
        return Arrays.asList(Arrays.copyOf(parts, n));
    }
}
