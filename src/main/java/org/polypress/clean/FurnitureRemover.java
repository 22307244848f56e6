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
        Set<String> furnitureAt = new HashSet<>(); // "page:line" of the occurrences to remove
        Set<String> anywhere = new HashSet<>(); // constant furniture lines, removed wherever they stand
        Long folioOffset = null; // printed page number minus page index, once folios are established
        for (Map.Entry<String, List<int[]>> e : zoneShapes.entrySet()) {
            if (!e.getKey().codePoints().anyMatch(c -> Character.isLetterOrDigit(c) || c == '#')) {
                continue;
            }
            List<int[]> behaving = behavingOccurrences(e.getValue(), pages);
            Set<Integer> onPages = new HashSet<>();
            for (int[] at : behaving) {
                onPages.add(at[0]);
            }
            if (onPages.size() >= minPages && behaving.size() * 2 > e.getValue().size()) {
                for (int[] at : behaving) {
                    furnitureAt.add(at[0] + ":" + at[1]);
                }
                Set<String> texts = new HashSet<>();
                for (int[] at : behaving) {
                    texts.add(fold(pages.get(at[0] - 1).lines().get(at[1])));
                }
                if (texts.size() == 1) {
                    // The same line on every page ("EN", "Τεύχος Α’ 77/30.04.2018"): wherever a
                    // two-column extraction put it, it is the same furniture.
                    anywhere.addAll(texts);
                }
                if (e.getKey().equals("#")) {
                    int[] first = behaving.get(0);
                    folioOffset = Long.parseLong(fold(pages.get(first[0] - 1).lines().get(first[1]))) - first[0];
                }
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
                boolean folio = folioOffset != null && line.equals(Long.toString(page.number() + folioOffset));
                boolean furniture = !line.isEmpty() && (isStamp(line) || folio || anywhere.contains(line)
                        || (zone.contains(i) && (furnitureAt.contains(page.number() + ":" + i)
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
     * The occurrences of a repeated line shape whose numbers behave like furniture: lines without
     * numbers; or, for each number position, the value is the same everywhere (a date in a running
     * header) or moves with the page number at the most common offset (a folio, "7738" on page 2).
     * Occurrences that do not fit ("(6)" starting one page) are left in the text.
     */
    private static List<int[]> behavingOccurrences(List<int[]> occurrences, List<Page> pages) {
        List<List<Long>> numbers = new ArrayList<>();
        for (int[] at : occurrences) {
            String line = fold(pages.get(at[0] - 1).lines().get(at[1]));
            List<Long> nums = new ArrayList<>();
            Matcher m = DIGITS.matcher(line);
            while (m.find()) {
                nums.add(m.group().length() > 12 ? -1L : Long.parseLong(m.group()));
            }
            numbers.add(nums);
        }
        int width = numbers.get(0).size();
        boolean[] keep = new boolean[occurrences.size()];
        java.util.Arrays.fill(keep, true);
        for (int k = 0; k < width; k++) {
            Map<Long, Integer> values = new HashMap<>();
            Map<Long, Integer> offsets = new HashMap<>();
            for (int i = 0; i < occurrences.size(); i++) {
                if (numbers.get(i).size() != width) {
                    keep[i] = false;
                    continue;
                }
                long v = numbers.get(i).get(k);
                values.merge(v, 1, Integer::sum);
                offsets.merge(v - occurrences.get(i)[0], 1, Integer::sum);
            }
            long commonValue = mostCommon(values);
            long commonOffset = mostCommon(offsets);
            boolean byValue = values.getOrDefault(commonValue, 0) >= offsets.getOrDefault(commonOffset, 0);
            for (int i = 0; i < occurrences.size(); i++) {
                if (keep[i]) {
                    long v = numbers.get(i).get(k);
                    keep[i] = byValue ? v == commonValue : v - occurrences.get(i)[0] == commonOffset;
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            if (keep[i]) {
                out.add(occurrences.get(i));
            }
        }
        return out;
    }

    private static long mostCommon(Map<Long, Integer> counts) {
        long best = 0;
        int n = -1;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
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
