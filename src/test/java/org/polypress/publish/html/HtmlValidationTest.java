package org.polypress.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.polypress.publish.html.HtmlFixtures.Fixture;

/** Every variant of every fixture edition, and the catalogue, pass the Nu Html Checker with no error. */
class HtmlValidationTest {

    private static NuHtmlChecker checker;

    @BeforeAll
    static void setUp() throws Exception {
        checker = new NuHtmlChecker();
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void pageIsValid(Fixture fixture) throws Exception {
        assertEquals(List.of(), checker.errors(HtmlFixtures.edition(fixture).pageText(), fixture.baseName() + ".html"));
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void standalonePageIsValid(Fixture fixture) throws Exception {
        assertEquals(List.of(), checker.errors(HtmlFixtures.edition(fixture).standaloneText(),
                fixture.baseName() + ".standalone.html"));
    }

    /** The fragment is checked as the body of a minimal host page, as it will be used. */
    @ParameterizedTest
    @EnumSource(Fixture.class)
    void fragmentIsValidInsideAHostPage(Fixture fixture) throws Exception {
        String host = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host</title></head><body>"
                + HtmlFixtures.edition(fixture).fragmentText() + "</body></html>";
        assertEquals(List.of(), checker.errors(host, fixture.baseName() + ".fragment.html"));
    }

    /**
     * An amending provision's quotation ({@code p/mod/quotedStructure}, as the AKN writer gives it):
     * a blockquote after the provision's text, no paragraph inside a paragraph, the page valid.
     */
    @Test
    void aQuotedStructureIsABlockquoteOfAValidPage() throws Exception {
        net.sf.saxon.s9api.XdmNode akn = HtmlFixtures.parse(HtmlFixtures.minimalAkn("Amending",
                "<paragraph eId=\"para_1\"><num>(1)</num><content><p>Article 2 is replaced by the following:</p>"
                        + "<p><mod eId=\"para_1__mod_1\"><quotedStructure eId=\"para_1__mod_1__qstr_1\">"
                        + "<p>‘Article 2</p><p>Definitions</p><p>(a) ‘seeds’ means seeds.’;</p>"
                        + "</quotedStructure></mod></p></content></paragraph>"));
        String html = HtmlFixtures.renderer().render(akn, "en", java.util.Map.of()).pageText();
        assertEquals(List.of(), checker.errors(html, "amending.html"));
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        org.jsoup.nodes.Element quote = doc.getElementById("para_1__mod_1__qstr_1");
        assertEquals("blockquote", quote.tagName());
        assertEquals(List.of("‘Article 2", "Definitions", "(a) ‘seeds’ means seeds.’;"), quote.select("p").eachText());
        assertEquals("Article 2 is replaced by the following:", doc.getElementById("para_1__mod_1").previousElementSibling().text());

        // Outside an act, an extract: the same blockquote, without a modification around it.
        String extract = HtmlFixtures.renderer().render(HtmlFixtures.parse(HtmlFixtures.minimalAkn("Strategy",
                "<paragraph eId=\"para_1\"><num>1.</num><content><p>The Treaty states:</p>"
                        + "<p><embeddedStructure eId=\"para_1__embStr_1\"><p>‘The Union is founded on values.’</p>"
                        + "</embeddedStructure></p></content></paragraph>")), "en", java.util.Map.of()).pageText();
        assertEquals(List.of(), checker.errors(extract, "extract.html"));
        assertEquals("blockquote", org.jsoup.Jsoup.parse(extract).getElementById("para_1__embStr_1").tagName());
    }

    /** The checker is live: a page with a duplicate id, a stray end tag and no title fails. */
    @Test
    void checkerFindsErrors() throws Exception {
        List<String> errors = checker.errors("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head>"
                + "<body><p id=\"a\">x</p><p id=\"a\">y</span></body></html>", "broken.html");
        assertEquals(3, errors.size(), errors.toString());
    }

    @Test
    void catalogueIsValid(@TempDir Path output) throws Exception {
        CatalogueFixtures.publish(output, Fixture.values());
        String html = CatalogueFixtures.renderer().render(output, "en", HtmlFixtures.labels("en"));
        assertEquals(List.of(), checker.errors(html, "index.html"));
    }

    @Test
    void emptyCatalogueIsValid(@TempDir Path output) throws Exception {
        String html = CatalogueFixtures.renderer().render(output, "nl", HtmlFixtures.labels("nl"));
        assertEquals(List.of(), checker.errors(html, "index.html"));
    }

    @Test
    void catalogueWithFailedInputsAndAYearPageAreValid(@TempDir Path output) throws Exception {
        CatalogueFixtures.publish(output, Fixture.values());
        CatalogueFixtures.write(output.resolve("failed/scan.json"),
                "{\"file\": \"scan <1>.pdf\", \"stage\": \"extract\", \"reason\": \"a scan: OCR is needed & more\"}");
        String index = CatalogueFixtures.renderer().render(output, "en", HtmlFixtures.labels("en"));
        assertEquals(List.of(), checker.errors(index, "index.html"));
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(index);
        assertEquals("failed/scan.json", doc.selectFirst("#pp-failed ~ .table-scroll a").attr("href"));

        List<CatalogueEntry> entries = CatalogueRenderer.scan(output);
        CatalogueRenderer r = CatalogueFixtures.renderer();
        String row = r.row(entries.subList(0, 1), output, "en", HtmlFixtures.labels("en"));
        String year = r.page("Published documents: 2017", true, List.of(row), entries.subList(0, 1),
                List.of(new CatalogueRenderer.YearLink("2017", 1), new CatalogueRenderer.YearLink("", 2)), "2017",
                List.of(), 3, "en", HtmlFixtures.labels("en"));
        assertEquals(List.of(), checker.errors(year, "catalogue/2017.html"));
    }

    @Test
    void reportPageIsValid() throws Exception {
        String json = """
                {"input": "council-conclusions-nl.txt", "mediaType": "text/plain", "language": {"code": "nl"},
                 "pages": {"count": 2, "boundaries": "form feeds"},
                 "furniture": {"linesRemoved": 3, "lines": [{"page": 1, "text": "14435/17 mou/ASS/sv 1"}]},
                 "footnotes": {"found": 2, "linked": 1, "unlinked": 1, "notes": [
                   {"id": 1, "marker": "1", "page": 1, "linked": true, "inSource": true},
                   {"id": 2, "marker": "2", "page": 2, "linked": false, "inSource": true}]},
                 "hyphenation": {"joined": 1, "kept": 1, "decisions": [
                   {"printed": "cyber-", "next": "beveiliging", "result": "cyberbeveiliging", "kept": false, "why": "default"},
                   {"printed": "EU-", "next": "niveau", "result": "EU-niveau", "kept": true, "why": "real-hyphen"}]},
                 "layout": {"blocks": 12}, "warnings": ["2 notes were paired with their numbers in order"],
                 "unclassified": [], "millis": {"total": 120}}""";
        ReportRenderer renderer = new ReportRenderer(HtmlFixtures.PROCESSOR, HtmlFixtures.xsltFolder());
        String html = new String(renderer.render(HtmlFixtures.load(Fixture.COUNCIL_NL), json, "council-conclusions-nl", "en",
                HtmlFixtures.labels("en")), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(List.of(), checker.errors(html, "report/council-conclusions-nl.html"));
    }
}
