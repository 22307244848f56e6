package org.polypress.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes running headers, footers, page numbers and document stamps.
 *
 * <p>Evidence, in order: (1) repetition: a line in the top or bottom zone of a page whose shape
 * (digits folded, spaces folded, case folded) recurs in that zone on several pages, and whose
 * numbers are either constant or move with the page number (so "(6)" starting a page is not
 * mistaken for a header); (2) page-number lines whose number follows the page sequence,
 * including "Page 2 of 10" in the document's language; (3) stamps recognisable by shape alone
 * (resource {@code clean/furniture.properties}), which also catch a stamp printed only once.
 */
public final class FurnitureRemover {
    private static final int ZONE = 4;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final List<Pattern> shapes;
    private final Pattern plainPageNumber;
    private final Pattern fractionPageNumber;

    /** Removed lines and what they were (distinct shapes, for the report). */
    public record Result(List<Page> pages, int removed, List<String> examples) {
    }

    public FurnitureRemover() {
        Properties p = new Properties();
        try (InputStream in = FurnitureRemover.class.getResourceAsStream("/clean/furniture.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Pattern> list = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("stamp.")) {
                list.add(Pattern.compile(p.getProperty(key)));
            }
        }
        shapes = List.copyOf(list);
        plainPageNumber = Pattern.compile(p.getProperty("pagenumber.plain"));
        fractionPageNumber = Pattern.compile(p.getProperty("pagenumber.fraction"));
    }

    /**
     * @param pageWords the profile's words for "page" and "of" ("Pagina", "van"), to recognise
     *                  "Pagina 2 van 10"; may be empty
     */
    public Result remove(List<Page> pages, List<String> pageWords) {
        Pattern pageOfN = pageWordsPattern(pageWords);
        Map<String, List<int[]>> zoneShapes = new HashMap<>();
        for (Page page : pages) {
            for (int idx : zoneIndexes(page)) {
                String line = fold(page.lines().get(idx));
                zoneShapes.computeIfAbsent(shape(line), k -> new ArrayList<>()).add(new int[] {page.number(), idx});
            }
        }
        int minPages = Math.max(2, (int) Math.ceil(pages.size() * 0.25));
        Set<String> repeated = new HashSet<>();
        for (Map.Entry<String, List<int[]>> e : zoneShapes.entrySet()) {
            if (!e.getKey().codePoints().anyMatch(Character::isLetterOrDigit)) {
                continue;
            }
            Set<Integer> onPages = new HashSet<>();
            for (int[] at : e.getValue()) {
                onPages.add(at[0]);
            }
            if (onPages.size() >= minPages && numbersBehave(e.getValue(), pages)) {
                repeated.add(e.getKey());
            }
        }

        List<Page> out = new ArrayList<>(pages.size());
        int removed = 0;
        Map<String, Integer> examples = new LinkedHashMap<>();
        for (Page page : pages) {
            Set<Integer> zone = new HashSet<>(zoneIndexes(page));
            List<String> kept = new ArrayList<>(page.lines().size());
            for (int i = 0; i < page.lines().size(); i++) {
                String raw = page.lines().get(i);
                String line = fold(raw);
                boolean furniture = !line.isEmpty() && (isStamp(line)
                        || (zone.contains(i) && (repeated.contains(shape(line))
                        || isPageNumber(line, page.number(), pages.size(), pageOfN))));
                if (furniture) {
                    removed++;
                    examples.merge(line, 1, Integer::sum);
                } else {
                    kept.add(raw);
                }
            }
            out.add(new Page(page.number(), kept));
        }
        return new Result(out, removed, List.copyOf(examples.keySet()).subList(0, Math.min(20, examples.size())));
    }

    private boolean isStamp(String line) {
        for (Pattern p : shapes) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean isPageNumber(String line, int pageNumber, int pageCount, Pattern pageOfN) {
        if (pageCount < 2) {
            return pageOfN != null && pageOfN.matcher(line).matches();
        }
        if (plainPageNumber.matcher(line).matches() || fractionPageNumber.matcher(line).matches()
                || (pageOfN != null && pageOfN.matcher(line).matches())) {
            Matcher m = DIGITS.matcher(line);
            if (m.find()) {
                int value = Integer.parseInt(m.group());
                // Printed page numbers may be offset (a cover page not counted), never beyond the count by much.
                return value >= pageNumber - 3 && value <= pageNumber + 3;
            }
        }
        return false;
    }

    private static Pattern pageWordsPattern(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        String page = Pattern.quote(words.get(0));
        String of = words.size() > 1 ? Pattern.quote(words.get(1)) : "/";
        return Pattern.compile("(?iu)(?:" + page + "|page|p\\.) ?\\d{1,4}(?: ?(?:" + of + "|of|/) ?\\d{1,4})?");
    }

    /**
     * True when the numbers in a repeated line are furniture-like: identical everywhere (a date in a
     * running header), or one of them moves with the page number (a folio).
     */
    private static boolean numbersBehave(List<int[]> occurrences, List<Page> pages) {
        List<List<Integer>> numbers = new ArrayList<>();
        List<Integer> pageNos = new ArrayList<>();
        for (int[] at : occurrences) {
            String line = fold(pages.get(at[0] - 1).lines().get(at[1]));
            List<Integer> nums = new ArrayList<>();
            Matcher m = DIGITS.matcher(line);
            while (m.find()) {
                nums.add(m.group().length() > 8 ? -1 : Integer.parseInt(m.group()));
            }
            numbers.add(nums);
            pageNos.add(at[0]);
        }
        if (numbers.get(0).isEmpty()) {
            return true;
        }
        int width = numbers.get(0).size();
        for (int k = 0; k < width; k++) {
            boolean constant = true;
            boolean folio = true;
            Integer offset = null;
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.get(i).size() != width) {
                    return false;
                }
                int v = numbers.get(i).get(k);
                if (v != numbers.get(0).get(k)) {
                    constant = false;
                }
                int d = v - pageNos.get(i);
                if (offset == null) {
                    offset = d;
                } else if (offset != d) {
                    folio = false;
                }
            }
            if (!constant && !folio) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> zoneIndexes(Page page) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) {
            if (!page.lines().get(i).isBlank()) {
                nonBlank.add(i);
            }
        }
        Set<Integer> zone = new java.util.TreeSet<>();
        for (int i = 0; i < Math.min(ZONE, nonBlank.size()); i++) {
            zone.add(nonBlank.get(i));
            zone.add(nonBlank.get(nonBlank.size() - 1 - i));
        }
        return new ArrayList<>(zone);
    }

    static String fold(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    private static String shape(String folded) {
        return DIGITS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
