package org.polypress.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
                String decoded = java.net.URLDecoder.decode(target, StandardCharsets.UTF_8);
                assertTrue(Files.isRegularFile(page.resolveSibling(decoded)), page.getFileName() + ": " + target);
            }
        }
        return count;
    }
}
