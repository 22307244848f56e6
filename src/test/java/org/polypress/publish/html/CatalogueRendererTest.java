package org.polypress.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.publish.html.HtmlFixtures.Fixture;

/** The catalogue page over an output folder laid out as the route writes it. */
class CatalogueRendererTest {

    @TempDir
    Path output;

    private Document render(String lang) throws Exception {
        return Jsoup.parse(CatalogueFixtures.renderer().render(output, lang, HtmlFixtures.labels(lang)));
    }

    @Test
    void languageVersionsOfOneWorkShareARow() throws Exception {
        CatalogueFixtures.publish(output, Fixture.values());
        Document doc = render("en");
        Elements rows = doc.select("tbody > tr");
        assertEquals(4, rows.size(), "five files, four works");
        Element resolution = rows.stream().filter(r -> r.text().contains("2013/2606(RSP)")).findFirst().orElseThrow();
        assertEquals(List.of("English", "Nederlands"), resolution.select(".editions .language").eachText());
        assertEquals(List.of("en", "nl"), resolution.select(".editions .language").eachAttr("lang"));
        assertEquals(List.of("html/resolution-en.html", "pdf/resolution-en.pdf", "xml/resolution-en.xml",
                        "html/resolution-nl.html", "pdf/resolution-nl.pdf", "xml/resolution-nl.xml"),
                resolution.select(".editions a").eachAttr("href"));
        assertEquals("European Parliament resolution on the Cybersecurity Strategy of the European Union",
                resolution.selectFirst("th[scope=row]").text());
        assertEquals("2013-12-12", resolution.selectFirst("time").attr("datetime"));
    }

    @Test
    void rowsShowTitleNumberDateAndLinksNewestFirst() throws Exception {
        CatalogueFixtures.publish(output, Fixture.values());
        Document doc = render("en");
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals("Published documents", doc.selectFirst("h1").text());
        assertEquals(List.of("Type", "Reference", "Date", "Title", "Languages", "Editions", "State"),
                doc.select("#pp-works thead th").eachText());
        assertEquals(List.of("2024-03-13", "2017-12-01", "2017-11-20", "2013-12-12"), doc.select("tbody time").eachAttr("datetime"));
        Element act = doc.select("tbody > tr").get(0);
        assertEquals("COMMISSION DELEGATED REGULATION", act.selectFirst("td.type").text(), "an act's type as printed");
        assertEquals("2024/1772", act.selectFirst("td.reference").text());
        Element council = doc.select("tbody > tr").get(2);
        assertTrue(council.selectFirst("th").text().startsWith("Conclusies van de Raad"));
        assertEquals("nl", council.selectFirst("th").attr("lang"), "a title in another language says so");
        assertEquals("RESULTAAT BESPREKINGEN", council.selectFirst("td.type").text(), "the type as printed");
        assertEquals("14435/17", council.selectFirst("td.reference").text());
        assertEquals("html/polypress.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void titleFollowsThePageLanguageAndLabelsTheProfile() throws Exception {
        CatalogueFixtures.publish(output, Fixture.RESOLUTION_EN, Fixture.RESOLUTION_NL);
        Document doc = render("nl");
        assertEquals("Gepubliceerde documenten", doc.selectFirst("h1").text());
        assertEquals("Titel", doc.select("thead th").get(3).text());
        Element title = doc.selectFirst("tbody th[scope=row]");
        assertTrue(title.text().startsWith("Resolutie van het Europees Parlement"), title.text());
        assertEquals("", title.attr("lang"));
    }

    @Test
    void linksTheLatestVersionOfEachArchivalBag() throws Exception {
        CatalogueFixtures.publish(output, Fixture.STRATEGY_EN);
        java.nio.file.Files.createDirectories(output.resolve("archive/strategy-en/v1"));
        java.nio.file.Files.createDirectories(output.resolve("archive/strategy-en/v2"));
        java.nio.file.Files.createDirectories(output.resolve("archive/strategy-en/.polypress-9.tmp"));
        Element link = render("en").selectFirst(".editions a.archive");
        assertEquals("archive/strategy-en/v2/", link.attr("href"));
        assertEquals("BagIt v2", link.text());
    }

    @Test
    void aDocumentPublishedAgainIsShownWithTheVersionsItSupersededLinkedToTheirBags() throws Exception {
        CatalogueFixtures.publish(output, Fixture.STRATEGY_EN, Fixture.RESOLUTION_EN, Fixture.RESOLUTION_NL);
        for (String bag : List.of("strategy-en/v1", "strategy-en/v2", "strategy-en/v3", "resolution-en/v1",
                "resolution-en/v2", "resolution-nl/v1")) {
            Files.createDirectories(output.resolve("archive/" + bag));
        }
        Document doc = render("en");
        Element strategy = doc.select("tbody > tr").stream().filter(r -> r.html().contains("strategy-en"))
                .findFirst().orElseThrow();
        assertEquals("Published · Superseded: v1 v2", strategy.selectFirst("td.state").text());
        assertEquals(List.of("archive/strategy-en/v1/", "archive/strategy-en/v2/"),
                strategy.select("td.state a").eachAttr("href"));
        assertEquals("archive/strategy-en/v3/", strategy.selectFirst(".editions a.archive").attr("href"));
        Element resolution = doc.select("tbody > tr").stream().filter(r -> r.html().contains("resolution-en"))
                .findFirst().orElseThrow();
        assertEquals("Published · Superseded: EN v1", resolution.selectFirst("td.state").text(),
                "of a work in two languages, the version that replaced one names its language");
        assertEquals("en", resolution.selectFirst("td.state a").attr("hreflang"));
    }

    @Test
    void aDocumentPublishedOnceIsOnlyPublished() throws Exception {
        CatalogueFixtures.publish(output, Fixture.STRATEGY_EN);
        Files.createDirectories(output.resolve("archive/strategy-en/v1"));
        Element state = render("en").selectFirst("tbody td.state");
        assertEquals("Published", state.text());
        assertNull(state.selectFirst(".superseded"));
    }

    @Test
    void linksOnlyEditionsThatExist() throws Exception {
        CatalogueFixtures.publishXml(output, Fixture.STRATEGY_EN);
        CatalogueFixtures.write(output.resolve("html/strategy-en.html"), "<!DOCTYPE html>");
        Document doc = render("en");
        assertEquals(List.of("html/strategy-en.html", "xml/strategy-en.xml"), doc.select(".editions a").eachAttr("href"));
        assertEquals("", doc.selectFirst("tbody td.reference").text(), "no number, empty cell");
    }

    @Test
    void unreadableFilesAreLeftOutAndAnEmptyFolderGivesNoTable() throws Exception {
        Document empty = render("en");
        assertNull(empty.selectFirst("table"));
        assertNotNull(empty.selectFirst("h1"));

        CatalogueFixtures.publishXml(output, Fixture.COUNCIL_NL);
        CatalogueFixtures.write(output.resolve("xml/broken.xml"), "<akomaNtoso><doc>");
        CatalogueFixtures.write(output.resolve("xml/notes.txt"), "not XML");
        Document doc = render("en");
        assertEquals(1, doc.select("tbody > tr").size());
    }

    @Test
    void fileNamesAreEscapedInLinks() throws Exception {
        Path xml = output.resolve("xml/a b&c.xml");
        Files.createDirectories(xml.getParent());
        Files.writeString(xml, HtmlFixtures.minimalAkn("<Odd> & title", "<p>x</p>").replace("<Odd>", "&lt;Odd&gt;")
                .replace(" & ", " &amp; "));
        Document doc = render("en");
        assertEquals("xml/a%20b%26c.xml", doc.selectFirst(".editions a").attr("href"));
        assertEquals("<Odd> & title", doc.selectFirst("tbody th").text());
    }
}
