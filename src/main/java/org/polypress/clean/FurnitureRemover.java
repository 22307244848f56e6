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
 * Removes running headers, footers, page numbers, document stamps, journal mastheads, watermarks
 * and a gazette printer's back page.
 *
 * <p>Evidence, in order: (1) stamps recognisable by shape alone (resource
 * {@code clean/furniture.properties}: Council stamps, barcodes), an electronic signature's stamp
 * ({@link SignatureStamp}) and a journal's masthead ({@link JournalMasthead}), which also catch a
 * stamp printed only once; (2) repetition: a line in the top or bottom zone of a page whose shape
 * (digits folded, spaces folded, case folded) recurs in that zone on several pages, and whose
 * numbers are either constant or move with the page number (so "(6)" starting a page is not
 * mistaken for a header), list numbering ("5.", "a)") excepted; (3) a running header or footer that the extraction put
 * elsewhere on the page (PDF text puts a footer before the footnotes): a line whose shape recurs
 * on several pages with a constant reference and a number that moves with the page
 * ("ELI: http://data.europa.eu/eli/reg_del/2024/1772/oj 3/9"), and the recurring lines next to it
 * ("OJ L, 25.6.2024 EN"); (4) page-number lines whose number follows the page sequence, including
 * "Page 2 of 10" in the document's language, and the dashed form "– 4 –" wherever it stands;
 * (5) the fragments of a vertical watermark ("ww", "ov", ".pl"); (6) the printer's back page.
 */
public final class FurnitureRemover {
    private static final int ZONE = 4;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /**
     * Shapes of list numbering standing on their own line ("5.", "(6)", "2)", "a)", "(iv)"): the
     * numbers and letters of points that pdftotext splits from their text may follow the pages by
     * chance or recur at a page's edge; a page number is recognised by its own shapes
     * ({@link #isPageNumber}).
     */
    private static final Pattern NUMBERING = Pattern.compile("[(\\[]?(?:#|\\p{L}{1,4})[.)\\]]");
    /**
     * Shape of a numbered point opening its line, its number the only one ("1. Modificări ale",
     * "2) the"): a table's or a list's points follow each other, so two of them standing at the
     * edges of consecutive pages move with the page by chance (a Romanian "notă de fundamentare"'s
     * table, "1. Modificări ale" ending page 3, "2. Modificări ale" starting page 4). A page's
     * number does not open a line followed by prose; such a shape is never taken for a folio.
     */
    private static final Pattern NUMBERED_POINT = Pattern.compile("#[.)] [^#]*\\p{L}[^#]*");

    private final List<Pattern> shapes;
    private final Pattern plainPageNumber;
    private final Pattern fractionPageNumber;
    private final Pattern decoratedPageNumber;
    private final Pattern watermarkFragment;
    private final Pattern barcode;
    private final Properties resource;

    /**
     * Removed lines and what they were (distinct shapes, for the report), and each removed line
     * with its page (the first {@link Repairs#LIMIT}).
     */
    public record Result(List<Page> pages, int removed, List<String> examples, List<Repairs.FurnitureLine> lines) {
        public Result {
            lines = List.copyOf(lines);
        }
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
        decoratedPageNumber = Pattern.compile(p.getProperty("pagenumber.decorated"));
        watermarkFragment = Pattern.compile(p.getProperty("watermark.fragment"));
        barcode = Pattern.compile(p.getProperty("stamp.barcode"));
        resource = p;
    }

    /**
     * @param pageWords the patterns for "page" and "of" ("Pagina|Page", "van|of"), to recognise
     *                  "Pagina 2 van 10"; may be empty
     */
    public Result remove(List<Page> pages, List<String> pageWords) {
        return remove(pages, FurnitureWords.pageWords(pageWords));
    }

    /**
     * The Official Journal prints an act's cover masthead at the top of its first page; a PDF's
     * content order may put those lines anywhere on the page (after recital (4) in Delegated
     * Regulation (EU) 2024/1772). They are moved to the page's start, where they are printed, so
     * that they stay out of the preamble; nothing else moves. Run on the text without its notes,
     * after footnote extraction, which reads the pages as the extraction gave them.
     */
    public List<Page> coverFirst(List<Page> pages, FurnitureWords words) {
        JournalMasthead masthead = new JournalMasthead(words, resource);
        if (pages.size() < 2) {
            return pages;
        }
        Page first = pages.get(0);
        Set<Integer> cover = masthead.cover(first.lines(), Set.of());
        int firstText = 0;
        while (firstText < first.lines().size() && first.lines().get(firstText).isBlank()) {
            firstText++;
        }
        if (cover.isEmpty() || cover.contains(firstText)) {
            return pages;
        }
        List<String> lines = new ArrayList<>(first.lines().size());
        for (int i : cover) {
            lines.add(first.lines().get(i));
        }
        lines.add("");
        boolean gap = false;
        for (int i = 0; i < first.lines().size(); i++) {
            if (!cover.contains(i)) {
                lines.add(first.lines().get(i));
                gap = false;
            } else if (!gap) {
                lines.add(""); // where they stood, the text before and after them stays apart
                gap = true;
            }
        }
        List<Page> out = new ArrayList<>(pages);
        out.set(0, new Page(first.number(), lines));
        return out;
    }

    /** @param words the document language's furniture words ({@link FurnitureWords#of}) */
    public Result remove(List<Page> pages, FurnitureWords words) {
        Pattern pageOfN = pageWordsPattern(words.pageOf());
        List<Set<Integer>> gone = new ArrayList<>();
        SignatureStamp signature = new SignatureStamp(words);
        JournalMasthead masthead = new JournalMasthead(words, resource);
        for (Page page : pages) {
            Set<Integer> g = new HashSet<>(signature.find(page.lines()));
            for (int i = 0; i < page.lines().size(); i++) {
                if (isStamp(fold(page.lines().get(i)))) {
                    g.add(i);
                }
            }
            g.addAll(masthead.find(page.lines(), g, pages.size() == 1));
            gone.add(g);
        }

        int minPages = Math.max(2, (int) Math.ceil(pages.size() * 0.25));
        Set<String> anywhere = new HashSet<>(); // constant furniture lines, removed wherever they stand
        Long folioOffset = null; // printed page number minus page index, once folios are established
        Set<String> twiceOnAPage = wordsTwiceOnAPage(pages);
        Map<String, List<int[]>> zoneShapes = new HashMap<>();
        for (Page page : pages) {
            // Lines already found by shape count as evidence too (a masthead's name heading every page).
            for (int idx : zoneIndexes(page)) {
                String line = fold(page.lines().get(idx));
                zoneShapes.computeIfAbsent(shape(line), k -> new ArrayList<>()).add(new int[] {page.number(), idx});
            }
        }
        for (Map.Entry<String, List<int[]>> e : zoneShapes.entrySet()) {
            if (!e.getKey().codePoints().anyMatch(c -> Character.isLetterOrDigit(c) || c == '#')
                    || NUMBERING.matcher(e.getKey()).matches()) {
                continue;
            }
            Behaviour b = behaving(e.getValue(), pages);
            if (b.moving() && NUMBERED_POINT.matcher(e.getKey()).matches()) {
                continue;
            }
            if (pagesOf(b.occurrences()) >= minPages && b.occurrences().size() * 2 > e.getValue().size()) {
                Set<String> texts = texts(b.occurrences(), pages);
                if (texts.size() == 1 && twiceOnAPage.containsAll(texts)) {
                    continue;
                }
                for (int[] at : b.occurrences()) {
                    gone.get(at[0] - 1).add(at[1]);
                }
                if (texts.size() == 1) {
                    // The same line on every page ("EN", "Τεύχος Α’ 77/30.04.2018"): wherever a
                    // two-column extraction put it, it is the same furniture; except inside the first
                    // page, where journals and gazettes print no running header but their masthead,
                    // and the same words are the act's own reference (Dziennik Ustaw: "Poz. 2058"
                    // under "Warszawa, dnia 7 grudnia 2015 r." on page 1, the running "Poz. 2058"
                    // beside the folio "–2–" on the next pages).
                    anywhere.addAll(texts);
                }
                if (e.getKey().equals("#")) {
                    int[] first = b.occurrences().get(0);
                    folioOffset = Long.parseLong(fold(pages.get(first[0] - 1).lines().get(first[1]))) - first[0];
                }
            }
        }
        anywhere.addAll(displacedRunningLines(pages, gone, minPages));
        Set<String> watermark = watermarkFragments(pages);

        List<Page> out = new ArrayList<>(pages.size());
        int removed = 0;
        Map<String, Integer> examples = new LinkedHashMap<>();
        List<Repairs.FurnitureLine> lines = Repairs.list();
        int backPage = printersBackPage(pages);
        for (Page page : pages) {
            Set<Integer> g = gone.get(page.number() - 1);
            Set<Integer> zone = new HashSet<>(zoneIndexes(page));
            List<String> kept = new ArrayList<>(page.lines().size());
            long expected = page.number() + (folioOffset == null ? 0 : folioOffset);
            for (int i = 0; i < page.lines().size(); i++) {
                String raw = page.lines().get(i);
                String line = fold(raw);
                boolean folio = folioOffset != null && line.equals(Long.toString(expected));
                boolean furniture = !line.isEmpty() && (page.number() == backPage || g.contains(i) || folio
                        || (anywhere.contains(line) && (page.number() > 1 || zone.contains(i)))
                        || watermark.contains(line)
                        || (zone.contains(i) && isPageNumber(line, page.number(), pages.size(), pageOfN))
                        || (decoratedPageNumber.matcher(line).matches() && numberIn(line) == expected));
                if (furniture) {
                    removed++;
                    examples.merge(line, 1, Integer::sum);
                    Repairs.add(lines, new Repairs.FurnitureLine(page.number(), raw.strip()));
                } else {
                    kept.add(raw);
                }
            }
            out.add(new Page(page.number(), kept));
        }
        return new Result(out, removed, List.copyOf(examples.keySet()).subList(0, Math.min(20, examples.size())), lines);
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
        String page = words.get(0);
        String of = words.size() > 1 ? words.get(1) : "/";
        return Pattern.compile("(?iu)(?:" + page + ") ?\\d{1,4}(?: ?(?:" + of + ") ?\\d{1,4})?");
    }

    /**
     * The occurrences of a repeated line shape whose numbers behave like furniture: lines without
     * numbers; or, for each number position, the value is the same everywhere (a date in a running
     * header) or moves with the page number at the most common offset (a folio, "7738" on page 2).
     * Occurrences that do not fit ("(6)" starting one page) are left in the text.
     */
    private static Behaviour behaving(List<int[]> occurrences, List<Page> pages) {
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
        // The two folios of a spread, "4 5": two numbers, the second one more than the first (most lines of the shape).
        boolean spread = width == 2
                && numbers.stream().filter(n -> n.size() == 2 && n.get(1) == n.get(0) + 1).count() * 2 > numbers.size();
        boolean[] keep = new boolean[occurrences.size()];
        java.util.Arrays.fill(keep, true);
        boolean moving = false;
        boolean constant = false;
        for (int k = 0; k < width; k++) {
            Map<Long, Integer> values = new HashMap<>();
            // A folio moves with the page: one printed page per sheet (slope 1), or two for a brochure
            // printed as spreads, whose sheets carry the pair "4 5", "6 7" (slope 2).
            List<Map<Long, Integer>> offsets = List.of(new HashMap<>(), new HashMap<>());
            for (int i = 0; i < occurrences.size(); i++) {
                if (numbers.get(i).size() != width) {
                    keep[i] = false;
                    continue;
                }
                long v = numbers.get(i).get(k);
                values.merge(v, 1, Integer::sum);
                for (int slope = 1; slope <= 2; slope++) {
                    offsets.get(slope - 1).merge(v - (long) slope * occurrences.get(i)[0], 1, Integer::sum);
                }
            }
            long commonValue = mostCommon(values);
            int slope = spread && offsets.get(1).getOrDefault(mostCommon(offsets.get(1)), 0)
                    > offsets.get(0).getOrDefault(mostCommon(offsets.get(0)), 0) ? 2 : 1;
            long commonOffset = mostCommon(offsets.get(slope - 1));
            boolean byValue = values.getOrDefault(commonValue, 0) >= offsets.get(slope - 1).getOrDefault(commonOffset, 0);
            moving |= !byValue;
            constant |= byValue;
            for (int i = 0; i < occurrences.size(); i++) {
                if (keep[i]) {
                    long v = numbers.get(i).get(k);
                    keep[i] = byValue ? v == commonValue : v - (long) slope * occurrences.get(i)[0] == commonOffset;
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            if (keep[i]) {
                out.add(occurrences.get(i));
            }
        }
        return new Behaviour(out, moving, constant);
    }

    /** The occurrences that behave, and whether some number moves with the page or stays constant. */
    private record Behaviour(List<int[]> occurrences, boolean moving, boolean constant) {
    }

    /**
     * Lines of words only that stand more than once on one page: a running header or footer is
     * printed once a page, so such a line is the text's own, broken at the same words in a narrow
     * column (a Romanian "notă de fundamentare"'s table: "proiectului de act" three times on a page,
     * once at the top of the page before).
     */
    private static Set<String> wordsTwiceOnAPage(List<Page> pages) {
        Set<String> out = new HashSet<>();
        for (Page page : pages) {
            Set<String> seen = new HashSet<>();
            for (String raw : page.lines()) {
                String line = fold(raw);
                if (!line.isEmpty() && !DIGITS.matcher(line).find() && !seen.add(line)) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    private static int pagesOf(List<int[]> occurrences) {
        Set<Integer> onPages = new HashSet<>();
        for (int[] at : occurrences) {
            onPages.add(at[0]);
        }
        return onPages.size();
    }

    private static Set<String> texts(List<int[]> occurrences, List<Page> pages) {
        Set<String> texts = new HashSet<>();
        for (int[] at : occurrences) {
            texts.add(fold(pages.get(at[0] - 1).lines().get(at[1])));
        }
        return texts;
    }

    /**
     * Running headers and footers that the extraction placed away from the page's edges (PDF text
     * gives an OJ page's footer before its footnotes): a line whose shape recurs, once a page, on
     * {@code minPages} pages with a number moving with the page and a constant one (the folio with
     * the publication's reference: "ELI: http://data.europa.eu/eli/reg_del/2024/1772/oj 3/9",
     * "Dziennik Ustaw – 2 – Poz. 2058"); then the lines standing next to such folio lines whose shape
     * recurs there as often with constant numbers ("OJ L, 25.6.2024 EN"). A body line does not carry
     * a number that follows the page over a quarter of the document. Lines already found in the zones
     * count as evidence too. Marks them gone and returns the constant texts among them.
     */
    private static Set<String> displacedRunningLines(List<Page> pages, List<Set<Integer>> gone, int minPages) {
        Map<String, List<int[]>> byShape = new HashMap<>();
        for (Page page : pages) {
            Set<String> seen = new HashSet<>();
            Set<String> twice = new HashSet<>();
            for (int i = 0; i < page.lines().size(); i++) {
                String line = fold(page.lines().get(i));
                if (!line.codePoints().anyMatch(Character::isLetter) || countNumbers(line) < 2) {
                    continue;
                }
                String sh = shape(line);
                if (!seen.add(sh)) {
                    twice.add(sh);
                }
                byShape.computeIfAbsent(sh, k -> new ArrayList<>()).add(new int[] {page.number(), i});
            }
            for (String sh : twice) {
                byShape.get(sh).removeIf(at -> at[0] == page.number());
            }
        }
        List<int[]> folios = new ArrayList<>();
        for (List<int[]> occ : byShape.values()) {
            if (occ.isEmpty()) {
                continue;
            }
            Behaviour b = behaving(occ, pages);
            if (b.moving() && b.constant() && pagesOf(b.occurrences()) >= minPages && b.occurrences().size() * 2 > occ.size()) {
                folios.addAll(b.occurrences());
            }
        }
        Map<String, List<int[]>> neighbours = new HashMap<>();
        for (int[] at : folios) {
            Page page = pages.get(at[0] - 1);
            Set<Integer> g = gone.get(at[0] - 1);
            g.add(at[1]);
            for (int step : new int[] {-1, 1}) {
                int i = at[1] + step;
                while (i >= 0 && i < page.lines().size() && page.lines().get(i).isBlank()) {
                    i += step;
                }
                if (i >= 0 && i < page.lines().size()) {
                    neighbours.computeIfAbsent(shape(fold(page.lines().get(i))), k -> new ArrayList<>()).add(new int[] {at[0], i});
                }
            }
        }
        Set<String> constant = new HashSet<>();
        for (List<int[]> occ : neighbours.values()) {
            Behaviour b = behaving(occ, pages);
            if (!b.moving() && pagesOf(b.occurrences()) >= minPages && b.occurrences().size() * 2 > occ.size()) {
                for (int[] at : b.occurrences()) {
                    gone.get(at[0] - 1).add(at[1]);
                }
                Set<String> texts = texts(b.occurrences(), pages);
                if (texts.size() == 1) {
                    constant.addAll(texts);
                }
            }
        }
        return constant;
    }

    /**
     * The fragments of a watermark printed vertically along the page's edge, which pdftotext breaks
     * into runs of two or three glyphs ("ww", "w.", "rc", "l.g", "ov", ".pl" of "www.rcl.gov.pl"):
     * a line of that shape (resource key {@code watermark.fragment}) standing once on nearly every
     * page, three quarters of them at least, as the watermark is printed on every page; and at least
     * two such fragments, as a word alone on its line would be one.
     */
    private Set<String> watermarkFragments(List<Page> pages) {
        if (pages.size() < 2) {
            return Set.of();
        }
        Map<String, Integer> pagesWith = new HashMap<>();
        for (Page page : pages) {
            Map<String, Integer> here = new HashMap<>();
            for (String raw : page.lines()) {
                String line = fold(raw);
                if (watermarkFragment.matcher(line).matches()) {
                    here.merge(line, 1, Integer::sum);
                }
            }
            here.forEach((line, n) -> {
                if (n == 1) {
                    pagesWith.merge(line, 1, Integer::sum);
                }
            });
        }
        long textPages = pages.stream().filter(p -> p.lines().stream().anyMatch(l -> !l.isBlank())).count();
        Set<String> out = new HashSet<>();
        pagesWith.forEach((line, n) -> {
            if (n * 4 >= textPages * 3) {
                out.add(line);
            }
        });
        return out.size() >= 2 ? out : Set.of();
    }

    /**
     * The back page of a gazette issue on which its printer lists its services and contacts (the
     * ΦΕΚ's last page by the National Printing Office): the document's last page with text, carrying
     * the issue's barcode (resource key {@code stamp.barcode}) and the printer's e-mail addresses,
     * two at least; an act's own last page carries neither. Returns its number, or 0.
     */
    private int printersBackPage(List<Page> pages) {
        for (int p = pages.size(); p >= 2; p--) {
            Page page = pages.get(p - 1);
            if (page.lines().stream().allMatch(String::isBlank)) {
                continue;
            }
            boolean coded = false;
            int mails = 0;
            for (String raw : page.lines()) {
                String line = fold(raw);
                coded |= barcode.matcher(line).matches();
                Matcher m = EMAIL.matcher(line);
                while (m.find()) {
                    mails++;
                }
            }
            return coded && mails >= 2 ? p : 0;
        }
        return 0;
    }

    private static int countNumbers(String line) {
        Matcher m = DIGITS.matcher(line);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static long numberIn(String line) {
        Matcher m = DIGITS.matcher(line);
        return m.find() && m.group().length() < 10 ? Long.parseLong(m.group()) : -1;
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

    /** The first and last {@link #ZONE} lines with text. */
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
        return Spaces.strippedAndFolded(line);
    }

    private static String shape(String folded) {
        return DIGITS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("#");
    }
}
