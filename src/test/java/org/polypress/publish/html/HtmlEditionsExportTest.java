package org.polypress.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.publish.html.HtmlFixtures.Fixture;

/**
 * Writes the fixtures' editions as the route lays them out (xml/, html/ with polypress.css,
 * index.html) and checks that every relative link of every page lands on a written file.
 * With {@code -Dpolypress.html.out=DIR} the folder is kept, for the browser check:
 * {@code bash src/test/a11y/run.sh DIR DIR/screenshots}.
 */
class HtmlEditionsExportTest {

    @Test
    void editionsAndCatalogueLinkOnlyToFilesThatExist(@TempDir Path temp) throws Exception {
        String kept = System.getProperty("polypress.html.out");
        Path output = kept == null || kept.isBlank() ? temp : Path.of(kept);
        Path html = output.resolve("html");
        Files.createDirectories(html);
        for (Fixture fixture : Fixture.values()) {
            HtmlEdition edition = HtmlFixtures.edition(fixture);
            CatalogueFixtures.publishXml(output, fixture);
            Files.writeString(html.resolve(fixture.baseName() + ".html"), edition.pageText(), StandardCharsets.UTF_8);
            Files.writeString(html.resolve(fixture.baseName() + ".standalone.html"), edition.standaloneText(), StandardCharsets.UTF_8);
            Files.writeString(html.resolve(fixture.baseName() + ".fragment.html"), edition.fragmentText(), StandardCharsets.UTF_8);
        }
        Files.writeString(html.resolve("polypress.css"), HtmlFixtures.renderer().css(), StandardCharsets.UTF_8);
        String index = CatalogueFixtures.renderer().render(output, "en", HtmlFixtures.labels("en"));
        Files.writeString(output.resolve("index.html"), index, StandardCharsets.UTF_8);
        // The files the route writes beside: PDF and report editions, the feed, each year's catalogue page.
        for (Fixture fixture : Fixture.values()) {
            CatalogueFixtures.write(output.resolve("pdf/" + fixture.baseName() + ".pdf"), "%PDF-1.7");
            CatalogueFixtures.write(output.resolve("report/" + fixture.baseName() + ".html"), "<!DOCTYPE html>");
        }
        CatalogueFixtures.write(output.resolve("feed.atom"), "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
        CatalogueRenderer r = CatalogueFixtures.renderer();
        java.util.Map<String, List<CatalogueEntry>> works = new java.util.LinkedHashMap<>();
        for (CatalogueEntry e : CatalogueRenderer.scan(output)) {
            works.computeIfAbsent(e.groupKey(), k -> new java.util.ArrayList<>()).add(e);
        }
        java.util.Map<String, List<String>> rowsByYear = new java.util.TreeMap<>();
        for (List<CatalogueEntry> work : works.values()) {
            String year = work.get(0).year().isEmpty() ? "undated" : work.get(0).year();
            rowsByYear.computeIfAbsent(year, y -> new java.util.ArrayList<>()).add(r.row(work, output, "en", HtmlFixtures.labels("en")));
        }
        for (var y : rowsByYear.entrySet()) {
            CatalogueFixtures.write(output.resolve("catalogue/" + y.getKey() + ".html"), r.page(y.getKey(), true, y.getValue(),
                    List.of(), List.of(), y.getKey(), List.of(), works.size(), "en", HtmlFixtures.labels("en")));
        }

        int links = 0;
        try (var pages = Files.newDirectoryStream(html, "*.html")) {
            for (Path page : pages) {
                links += checkLinks(page);
            }
        }
        links += checkLinks(output.resolve("index.html"));
        try (var files = Files.list(html)) {
            assertEquals(3L * Fixture.values().length, files.filter(p -> p.toString().endsWith(".html")).count());
        }
        assertTrue(links > 100, "links checked: " + links);
    }

    /** Every href/src of the page resolves: "#id" to an element, a relative path to a file. */
    private static int checkLinks(Path page) throws Exception {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        int count = 0;
        for (Element e : doc.select("[href], [src]")) {
            String target = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue; // absolute: canonical link, DC schema, references out of the document
            }
            count++;
            if (target.startsWith("#")) {
                assertTrue(doc.getElementById(target.substring(1)) != null, page.getFileName() + ": " + target);
            } else {
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                String decoded = java.net.URLDecoder.decode(file, StandardCharsets.UTF_8);
                Path linked = page.resolveSibling(decoded);
                assertTrue(Files.isRegularFile(linked), page.getFileName() + ": " + target);
                if (hash >= 0) {
                    // A link into another page lands on an element of it (a work's row in its year's page).
                    assertTrue(Jsoup.parse(linked.toFile(), "UTF-8").getElementById(target.substring(hash + 1)) != null,
                            page.getFileName() + ": " + target);
                }
            }
        }
        return count;
    }
}
