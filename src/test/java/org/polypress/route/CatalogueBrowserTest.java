package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import net.sf.saxon.s9api.Processor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polypress.profile.Labels;
import org.polypress.pipeline.RecordJson;
import org.polypress.pipeline.Publication;
import org.polypress.profile.Profiles;
import org.polypress.publish.StylesheetFolder;
import org.polypress.publish.html.CatalogueRenderer;
import org.polypress.publish.html.HtmlRenderer;

/**
 * A catalogue of 300 publications (240 works, 60 of them in two languages, over ten years, one
 * failed input), built one publication at a time as the route does, into
 * {@code target/catalogue-300}, with {@code expected.json} saying which rows a filter must show.
 * When Node, Chromium and the npm packages of {@code src/test/a11y} are there, the browser test
 * ({@code src/test/a11y/catalogue.mjs}) runs on it: filters by a word, a language and a year, sorts
 * by date, loads the page without JavaScript, writes screenshots at phone and desktop width
 * ({@code .ci/run} runs it after installing them).
 */
class CatalogueBrowserTest {

    static final Path FOLDER = Path.of("target", "catalogue-300");
    private static final String[] LANGS = {"eng", "fre", "ger", "dut", "pol", "gre"};
    private static final String[] TYPES = {"REGULATION", "DECISION", "DIRECTIVE", "RECOMMENDATION"};
    private static final String[] SUBJECTS = {"fisheries in the Baltic Sea", "the classification of ICT-related incidents",
            "plant protection products", "the Committee of the Regions", "restrictive measures", "cybersecurity certification"};

    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();
    private static String newest = "";

    @BeforeAll
    static void build() throws Exception {
        deleteRecursively(FOLDER);
        Files.createDirectories(FOLDER.resolve("xml"));
        Files.createDirectories(FOLDER.resolve("html"));
        Files.createDirectories(FOLDER.resolve("failed"));
        Processor saxon = new Processor(false);
        Files.writeString(FOLDER.resolve("html/polypress.css"),
                new HtmlRenderer(saxon, StylesheetFolder.bundled()).css(), StandardCharsets.UTF_8);
        CatalogueUpdater catalogue = new CatalogueUpdater(new CatalogueRenderer(saxon, StylesheetFolder.bundled()), "en",
                Labels.of("en"));
        List<String> word = new ArrayList<>();
        List<String> french = new ArrayList<>();
        List<String> year2019 = new ArrayList<>();
        List<String> all = new ArrayList<>();
        int publications = 0;
        for (int w = 0; w < 240; w++) {
            int year = 2015 + w % 10;
            String date = "%d-%02d-%02d".formatted(year, 1 + w % 12, 1 + w % 28);
            String number = year + "/" + (100 + w);
            newest = date.compareTo(newest) > 0 ? date : newest;
            String type = TYPES[w % TYPES.length];
            String subject = SUBJECTS[w % SUBJECTS.length];
            String workIri = "/akn/eu/act/" + date + "/" + year + "-" + (100 + w) + "/!main";
            String id = "w-" + workIri.replaceAll("[^A-Za-z0-9\\-]", "_");
            List<String> langs = w % 4 == 0 ? List.of(LANGS[w % 6], LANGS[(w + 1) % 6]) : List.of(LANGS[w % 6]);
            for (String lang : langs) {
                String name = "act-" + w + "-" + lang;
                String title = "COMMISSION " + type + " (EU) " + number + " of " + date + " on " + subject;
                Files.writeString(FOLDER.resolve("xml/" + name + ".xml"), akn(workIri, date, number, title, lang),
                        StandardCharsets.UTF_8);
                Files.writeString(FOLDER.resolve("html/" + name + ".html"), "<!DOCTYPE html><title>x</title>");
                catalogue.published(new Publication(name, lang, 1, List.of(), 1), FOLDER);
                publications++;
            }
            all.add(id);
            if (subject.contains("Baltic")) {
                word.add(id);
            }
            if (langs.contains("fre")) {
                french.add(id);
            }
            if (year == 2019) {
                year2019.add(id);
            }
        }
        Files.writeString(FOLDER.resolve("failed/scan.json"), RecordJson.write(Map.of("file", "scan.pdf", "stage", "extract",
                "reason", "the PDF has 2 pages but no extractable text: it is a scan, OCR is needed")));
        catalogue.failed("scan", FOLDER);
        assertEquals(300, publications);
        EXPECTED.put("all", all);
        EXPECTED.put("word:baltic", word);
        EXPECTED.put("lang:fr", french);
        EXPECTED.put("year:2019", year2019);
        Files.writeString(FOLDER.resolve("expected.json"), RecordJson.write(EXPECTED), StandardCharsets.UTF_8);
    }

    private static String akn(String workIri, String date, String number, String title, String lang) {
        String expression = workIri.replace("/!main", "/" + lang + "@/!main");
        return """
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="regulation"><meta>
                <identification source="#t"><FRBRWork><FRBRthis value="%s"/><FRBRuri value="%s"/>
                <FRBRdate date="%s" name="document"/><FRBRauthor href="#t"/><FRBRcountry value="eu"/>
                <FRBRnumber value="%s"/><FRBRname value="%s"/></FRBRWork>
                <FRBRExpression><FRBRthis value="%s"/><FRBRuri value="%s"/><FRBRdate date="%s" name="document"/>
                <FRBRauthor href="#t"/><FRBRlanguage language="%s"/></FRBRExpression></identification></meta>
                <body><p>x</p></body></act></akomaNtoso>
                """.formatted(workIri, workIri, date, number, title, expression, expression, date, lang);
    }

    @Test
    void withoutJavaScriptTheCatalogueListsEveryWorkNewestFirstAndTheFailedInput() throws IOException {
        Document index = Jsoup.parse(FOLDER.resolve(CatalogueUpdater.FILE).toFile(), "UTF-8");
        var rows = index.select("#pp-works tbody > tr");
        assertEquals(240, rows.size());
        assertEquals(EXPECTED.get("all").size(), rows.size());
        assertEquals(newest, rows.get(0).attr("data-date"), "newest first");
        assertTrue(index.selectFirst("#pp-filters").hasAttr("hidden"), "the filters need the script");
        assertEquals(1, index.select("#pp-failed ~ .table-scroll tbody tr").size());
        // The year pages list the same works: ten years, 24 works each.
        Document y2019 = Jsoup.parse(FOLDER.resolve("catalogue/2019.html").toFile(), "UTF-8");
        assertEquals(EXPECTED.get("year:2019").stream().sorted().toList(),
                y2019.select("#pp-works tbody > tr").eachAttr("id").stream().sorted().toList());
        assertTrue(y2019.selectFirst("#pp-works tbody .editions a").attr("href").startsWith("../html/act-"), "links from catalogue/");
    }

    @Test
    void filtersAndSortingWorkInChromium() throws Exception {
        Path script = Path.of("src/test/a11y/catalogue.mjs").toAbsolutePath();
        Path modules = Path.of("src/test/a11y/node_modules/puppeteer-core");
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isDirectory(modules) && Files.isExecutable(Path.of(chromium)) && onPath("node"),
                "needs node, Chromium and npm ci in src/test/a11y (.ci/run runs it then)");
        Process p = new ProcessBuilder("node", script.toString(), FOLDER.toAbsolutePath().toString(),
                Path.of("target", "a11y", "catalogue").toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), out);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
