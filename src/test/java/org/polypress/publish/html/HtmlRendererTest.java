package org.polypress.publish.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.polypress.profile.Labels;
import org.polypress.akn.AknWriter;
import org.polypress.clean.Cleaner;
import org.polypress.profile.LanguageProfile;
import org.polypress.publish.html.HtmlFixtures.Fixture;
import org.polypress.structure.StructureBuilder;

/** The HTML edition of the hand-written fixtures, read back with jsoup as a browser would. */
class HtmlRendererTest {

    private static Document page(Fixture fixture) {
        return Jsoup.parse(HtmlFixtures.edition(fixture).pageText());
    }

    // ------------------------------------------------------------------ every fixture

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void pageIsAnHtml5DocumentInTheGivenLanguage(Fixture fixture) {
        String html = HtmlFixtures.edition(fixture).pageText();
        assertTrue(html.regionMatches(true, 0, "<!DOCTYPE html>", 0, 15), "starts with the HTML5 doctype");
        Document doc = Jsoup.parse(html);
        DocumentType doctype = doc.documentType();
        assertNotNull(doctype);
        assertEquals("html", doctype.name().toLowerCase());
        assertEquals(fixture.lang, doc.selectFirst("html").attr("lang"));
        assertEquals(1, doc.select("meta[charset]").size());
        assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset").toLowerCase());
        assertEquals(1, doc.select("main").size());
        assertEquals(1, doc.select("article").size());
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void everyAddressableEidIsAnIdOfThePage(Fixture fixture) {
        Document doc = page(fixture);
        List<String> eids = HtmlFixtures.addressableEids(fixture);
        assertFalse(eids.isEmpty());
        List<String> missing = eids.stream().filter(id -> doc.getElementById(id) == null).toList();
        assertEquals(List.of(), missing, "eIds without an element of that id");
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void idsAreUnique(Fixture fixture) {
        List<String> ids = page(fixture).select("[id]").eachAttr("id");
        Set<String> seen = new HashSet<>();
        List<String> duplicates = ids.stream().filter(id -> !seen.add(id)).toList();
        assertEquals(List.of(), duplicates);
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void footnoteLinksResolveBothWays(Fixture fixture) {
        Document doc = page(fixture);
        List<String> noteEids = HtmlFixtures.strings(HtmlFixtures.load(fixture), "//akn:authorialNote/@eId");
        Elements refs = doc.select("a[role=doc-noteref]");
        assertEquals(noteEids.size(), refs.size(), "one reference per note");
        assertEquals(noteEids.size(), doc.select("[role=doc-endnotes] li").size(), "one endnote per note");
        for (String eid : noteEids) {
            Element ref = doc.getElementById("fnref-" + eid);
            Element note = doc.getElementById("fn-" + eid);
            assertNotNull(ref, "reference to " + eid);
            assertNotNull(note, "endnote " + eid);
            assertEquals("#fn-" + eid, ref.attr("href"));
            assertEquals("doc-noteref", ref.attr("role"));
            assertNotNull(ref.selectFirst("sup"), "marker in <sup>");
            assertEquals("li", note.tagName());
            assertNotNull(note.closest("section[role=doc-endnotes]"));
            Element back = note.selectFirst("a[role=doc-backlink]");
            assertNotNull(back, "back link of " + eid);
            assertEquals("#fnref-" + eid, back.attr("href"));
            assertFalse(back.attr("aria-label").isBlank());
            assertEquals(ref.text(), note.selectFirst(".note-number").text(), "same number in text and notes");
        }
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void headingsStartAtOneH1AndNeverSkipALevel(Fixture fixture) {
        Document doc = page(fixture);
        assertEquals(1, doc.select("h1").size());
        int previous = 0;
        for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1,
                    "h" + level + " after h" + previous + ": " + heading.text());
            previous = level;
        }
        assertEquals("h1", doc.select("h1, h2, h3, h4, h5, h6").first().tagName());
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void contentsLinkEveryHeading(Fixture fixture) {
        Document doc = page(fixture);
        Element nav = doc.selectFirst("nav.toc");
        List<Element> headings = doc.select("article h2, article h3, article h4, article h5, article h6").stream()
                .filter(h -> h.closest("nav") == null)
                .toList();
        if (headings.size() <= 1 && nav == null) {
            return;
        }
        assertNotNull(nav, "contents");
        assertEquals(nav.selectFirst("h2").id(), nav.attr("aria-labelledby"));
        Set<String> targets = new HashSet<>(nav.select("a[href]").eachAttr("href"));
        for (Element heading : headings) {
            String anchor = heading.id().isEmpty() ? heading.parent().id() : heading.id();
            assertFalse(anchor.isEmpty(), "heading without an anchor: " + heading.text());
            assertTrue(targets.contains("#" + anchor), "contents lack " + heading.text());
        }
        for (String target : targets) {
            assertNotNull(doc.getElementById(target.substring(1)), "contents link to nowhere: " + target);
        }
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void unitsAndHeadingsHavePermalinks(Fixture fixture) {
        Document doc = page(fixture);
        Elements units = doc.select(".unit[id], section[id]");
        assertFalse(units.isEmpty());
        for (Element unit : units) {
            Element link = unit.selectFirst("> a.permalink, > h2 > a.permalink, > h3 > a.permalink, "
                    + "> h4 > a.permalink, > h5 > a.permalink, > h6 > a.permalink");
            if (unit.hasClass("endnotes")) {
                continue;
            }
            assertNotNull(link, "permalink of #" + unit.id());
            assertEquals("#" + unit.id(), link.attr("href"));
            assertFalse(link.attr("aria-label").isBlank());
        }
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void fragmentIsTheArticleAloneWithPrefixedClasses(Fixture fixture) {
        HtmlEdition edition = HtmlFixtures.edition(fixture);
        String fragment = edition.fragmentText().strip();
        assertTrue(fragment.startsWith("<article"), fragment.substring(0, 40));
        assertTrue(fragment.endsWith("</article>"));
        for (String tag : List.of("html", "head", "body", "main", "!DOCTYPE", "title", "meta", "link", "style", "script")) {
            assertFalse(Pattern.compile("<" + tag + "[\\s>]", Pattern.CASE_INSENSITIVE).matcher(fragment).find(),
                    "fragment contains <" + tag);
        }
        Document fragmentDoc = Jsoup.parseBodyFragment(fragment);
        for (Element e : fragmentDoc.select("[class]")) {
            for (String name : e.classNames()) {
                assertTrue(name.startsWith("pp-"), "class " + name);
            }
        }
        assertEquals(page(fixture).select("article [id], article[id]").eachAttr("id"),
                fragmentDoc.select("article [id], article[id]").eachAttr("id"), "same ids as the page");
        assertEquals(fixture.lang, fragmentDoc.selectFirst("article").attr("lang"));
        assertNotNull(fragmentDoc.selectFirst("a.pp-permalink"));
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void pageLinksTheStylesheetAndStandaloneInlinesIt(Fixture fixture) {
        HtmlEdition edition = HtmlFixtures.edition(fixture);
        Document page = Jsoup.parse(edition.pageText());
        assertEquals("polypress.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(page.select("style").isEmpty());
        Document standalone = Jsoup.parse(edition.standaloneText());
        assertTrue(standalone.select("link[rel=stylesheet]").isEmpty());
        assertEquals(HtmlFixtures.renderer().css().strip(), standalone.selectFirst("head style").data().strip());
        assertEquals(page.selectFirst("article").outerHtml(), standalone.selectFirst("article").outerHtml());
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void noScriptRunsAnywhere(Fixture fixture) {
        HtmlEdition edition = HtmlFixtures.edition(fixture);
        for (String html : List.of(edition.pageText(), edition.standaloneText(), edition.fragmentText())) {
            Document doc = Jsoup.parse(html);
            for (Element script : doc.select("script")) {
                assertEquals("application/ld+json", script.attr("type"));
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + a);
                    assertFalse(a.getValue().toLowerCase().strip().startsWith("javascript:"), "script URL " + a);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void headCarriesTitleDescriptionDublinCoreCanonicalAndJsonLd(Fixture fixture) throws SaxonApiException {
        Document doc = page(fixture);
        XdmNode akn = HtmlFixtures.load(fixture);
        String name = HtmlFixtures.strings(akn, "/*/*/akn:meta/*/akn:FRBRWork/akn:FRBRname/@value").get(0);
        String expression = HtmlFixtures.strings(akn, "/*/*/akn:meta/*/akn:FRBRExpression/akn:FRBRthis/@value").get(0);
        String date = HtmlFixtures.strings(akn, "/*/*/akn:meta/*/akn:FRBRWork/akn:FRBRdate/@date").get(0);

        // The H1 is the short title where the title opens with one (an Official Journal act's name through its number).
        String h1 = doc.selectFirst("h1").text();
        assertTrue(h1.equals(name) || fixture == Fixture.REGULATION_EN && name.startsWith(h1 + " of "), h1);
        assertTrue(doc.title().startsWith(h1), doc.title());
        assertTrue(doc.selectFirst("meta[name=description]").attr("content").length() > 20);
        assertEquals(name, doc.selectFirst("meta[name=DC.title]").attr("content"));
        assertEquals(fixture.lang, doc.selectFirst("meta[name=DC.language]").attr("content"));
        assertEquals(date, doc.selectFirst("meta[name=DC.date]").attr("content"));
        if (fixture.number != null) {
            assertEquals(fixture.number, doc.selectFirst("meta[name=DC.identifier]").attr("content"));
        }
        // No site base configured: the canonical link is the page itself, relative; no host is named.
        // An act with an ELI names its ELI expression instead (EliRdfaTest).
        assertEquals(fixture == Fixture.REGULATION_EN ? "http://data.europa.eu/eli/reg_del/2024/1772/oj/eng" : fixture.baseName() + ".html",
                doc.selectFirst("link[rel=canonical]").attr("href"));
        assertFalse(doc.html().contains("example.eu"), "no invented host");

        Element jsonLd = doc.selectFirst("script[type=application/ld+json]");
        assertNotNull(jsonLd);
        Map<String, String> json = JsonLd.parse(jsonLd.data());
        assertEquals("https://schema.org", json.get("@context"));
        assertEquals("Legislation", json.get("@type"));
        assertEquals(name, json.get("name"));
        assertEquals(fixture.lang, json.get("inLanguage"));
        assertEquals(date, json.get("legislationDate"));
        if (fixture.number != null) {
            assertEquals(fixture.number, json.get("legislationIdentifier"));
        }
    }

    // --------------------------------------------------------------- particular cases

    @Test
    void textThatLooksLikeMarkupStaysText() {
        String html = HtmlFixtures.edition(Fixture.STRATEGY_EN).pageText();
        Document doc = Jsoup.parse(html);
        Element p = doc.getElementById("sec_1__p_3");
        assertTrue(p.text().contains("<script>alert(\"x\")</script>"), p.text());
        assertTrue(p.text().contains("<b onmouseover=\"x()\">bold</b>"));
        assertTrue(p.select("script, b").isEmpty(), "no element made from text");
        assertTrue(html.contains("&lt;script&gt;"));
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void markupInTheTitleCannotBreakOutOfHeadOrJsonLd() throws SaxonApiException {
        String evil = "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!-- &quot;quoted&quot;";
        XdmNode akn = HtmlFixtures.parse(HtmlFixtures.minimalAkn(evil,
                "<paragraph eId=\"para_1\"><num>1.</num><heading>&lt;img src=x onerror=alert(1)&gt;</heading>"
                        + "<content><p>Text.</p></content></paragraph>"));
        HtmlEdition edition = HtmlFixtures.renderer().render(akn, "en", Map.of());
        for (String html : List.of(edition.pageText(), edition.standaloneText())) {
            assertEquals(1, count(html, "</script>"), "only the JSON-LD script closes");
            assertFalse(html.contains("<img"));
            Document doc = Jsoup.parse(html);
            String title = "</script><script>alert(1)</script> & <!-- \"quoted\"";
            assertEquals(title, doc.title());
            assertEquals(title, doc.selectFirst("h1").text());
            assertEquals(title, JsonLd.parse(doc.selectFirst("script[type=application/ld+json]").data()).get("name"));
            assertEquals(1, doc.select("script").size());
        }
    }

    @Test
    void repeatedMarkersAreNumberedInDocumentOrder() {
        Document doc = page(Fixture.COUNCIL_NL);
        assertEquals(List.of("1", "1", "2"), HtmlFixtures.strings(HtmlFixtures.load(Fixture.COUNCIL_NL),
                "//akn:authorialNote/@marker"), "the fixture repeats a marker");
        assertEquals(List.of("1", "2", "3"), doc.select("a[role=doc-noteref] sup").eachText());
        assertEquals(List.of("1", "2", "3"), doc.select("[role=doc-endnotes] .note-number").eachText());
    }

    @Test
    void uniqueMarkersArePrintedAsTheSourceHasThem() throws SaxonApiException {
        XdmNode akn = HtmlFixtures.parse(HtmlFixtures.minimalAkn("Notes",
                "<p eId=\"p_1\">One<authorialNote marker=\"*\" placement=\"bottom\" eId=\"n_1\"><p>Star.</p></authorialNote>"
                        + " two<authorialNote marker=\"a\" placement=\"bottom\" eId=\"n_2\"><p>Letter.</p></authorialNote></p>"));
        Document doc = Jsoup.parse(HtmlFixtures.renderer().render(akn, "en", Map.of()).pageText());
        assertEquals(List.of("*", "a"), doc.select("a[role=doc-noteref] sup").eachText());
        assertEquals(List.of("1", "2", "3"), page(Fixture.RESOLUTION_EN).select("a[role=doc-noteref] sup").eachText());
    }

    @Test
    void labelsComeFromTheLanguagesLabelFileAndFallBackToEnglish() throws SaxonApiException {
        Document dutch = page(Fixture.COUNCIL_NL);
        assertEquals("Inhoud", dutch.selectFirst("nav.toc h2").text());
        assertEquals("Voetnoten", dutch.selectFirst("[role=doc-endnotes] h2").text());
        assertTrue(dutch.selectFirst("a[role=doc-backlink]").attr("aria-label").startsWith("Terug naar de tekst"));
        assertTrue(dutch.selectFirst("a.permalink").attr("aria-label").startsWith("Link naar deze passage"));
        assertEquals("Documentnummer", dutch.selectFirst(".facts dt").text());

        Document own = Jsoup.parse(HtmlFixtures.renderer().render(HtmlFixtures.load(Fixture.COUNCIL_NL), "nl",
                Map.of("notes", "Aantekeningen")).pageText());
        assertEquals("Aantekeningen", own.selectFirst("[role=doc-endnotes] h2").text(), "a deployment's own word first");
        assertEquals("Inhoud", own.selectFirst("nav.toc h2").text());

        Document unknown = Jsoup.parse(HtmlFixtures.renderer().render(HtmlFixtures.load(Fixture.COUNCIL_NL), "xx",
                Map.of()).pageText());
        assertEquals("Contents", unknown.selectFirst("nav.toc h2").text(), "English where the language has no file");
        assertEquals("Back to text (Note 1)", unknown.selectFirst("a[role=doc-backlink]").attr("aria-label"));
    }

    @Test
    void blocksInAnotherLanguageCarryTheirLang() {
        assertEquals("fr", page(Fixture.STRATEGY_EN).getElementById("sec_1__p_4").attr("lang"));
        Document council = page(Fixture.COUNCIL_NL);
        assertEquals("en", council.getElementById("att_1__chp_II__para_5__p_2").attr("lang"));
        assertEquals(1, council.select("article [lang]").size(), "no lang where the language is the page's");
    }

    @Test
    void councilConclusionsShowCoverTitleAndTheAnnexAfterTheBody() {
        Document doc = page(Fixture.COUNCIL_NL);
        Element header = doc.selectFirst("article > header");
        assertTrue(header.selectFirst(".cover").elementSiblingIndex() < header.selectFirst("h1").elementSiblingIndex());
        assertTrue(header.selectFirst(".cover").text().contains("RESULTAAT BESPREKINGEN"));

        Element annex = doc.getElementById("att_1");
        assertEquals("section", annex.tagName());
        assertTrue(annex.elementSiblingIndex() > doc.selectFirst("article > .main-body").elementSiblingIndex());
        Element annexHeading = annex.selectFirst("> h2");
        assertTrue(annexHeading.text().startsWith("BIJLAGE Ontwerpconclusies"), annexHeading.text());
        assertEquals("h3", doc.getElementById("att_1__chp_I").child(0).tagName());

        assertEquals("1.", doc.selectFirst("#att_1__para_1 > .num").text());
        Element points = doc.getElementById("att_1__chp_I__para_4__point_1").parent();
        assertEquals("ul", points.tagName(), "bullets make an unordered list");
        assertEquals("true", doc.selectFirst("#att_1__chp_I__para_4__point_1 > .num").attr("aria-hidden"));
        assertEquals("aside", doc.getElementById("att_1__chp_I__blockContainer_1").tagName());
        assertTrue(doc.selectFirst("[role=doc-endnotes]").elementSiblingIndex() > annex.elementSiblingIndex());
    }

    @Test
    void resolutionShowsCitationsRecitalsAndCrossHeadings() {
        Document doc = page(Fixture.RESOLUTION_EN);
        assertEquals("ul", doc.getElementById("cits_1__cit_1").parent().tagName());
        assertEquals(3, doc.select("#cits_1 li.citation").size());
        assertEquals("ol", doc.getElementById("recs_1__rec_a").parent().tagName());
        assertEquals("A.", doc.selectFirst("#recs_1__rec_a > .num").text());
        Element cross = doc.getElementById("hcontainer_1");
        assertEquals("section", cross.tagName());
        assertEquals("General considerations", cross.selectFirst("> h2 .title").text());
        assertEquals("ol", doc.getElementById("para_3__point_a").parent().tagName());
        assertEquals("(a)", doc.selectFirst("#para_3__point_a > .num").text());
        assertEquals("#para_1", doc.selectFirst("#para_3__point_b a:not(.permalink)").attr("href"));
        assertTrue(doc.select("a").stream().noneMatch(a -> a.attr("href").contains("alert")));
        assertTrue(doc.getElementById("para_3__point_b").text().contains("sector-specific legislation"));
        assertEquals("https://example.org/h2020", doc.selectFirst("[role=doc-endnotes] a[href^=https]").attr("href"));
    }

    @Test
    void strategyNestsSectionsListsAndTheBox() {
        Document doc = page(Fixture.STRATEGY_EN);
        assertEquals("h2", doc.getElementById("sec_2").child(0).tagName());
        assertEquals("h3", doc.getElementById("sec_2__subsec_2-1").child(0).tagName());
        assertEquals("h4", doc.getElementById("sec_2__subsec_2-1__lvl_2-1-1").child(0).tagName());
        assertEquals("h4", doc.getElementById("sec_2__subsec_2-1__lvl_2").child(0).tagName(), "unnumbered level");
        assertEquals("h6", doc.getElementById("sec_2__subsec_2-1__lvl_2__lvl_a__lvl_i").child(0).tagName());
        assertEquals("h6", doc.getElementById("sec_2__subsec_2-1__lvl_2__lvl_a__lvl_i__lvl_1").child(0).tagName(),
                "capped at h6");
        Element bullets = doc.getElementById("sec_2__subsec_2-1__lvl_2-1-1__list_1");
        assertEquals("The government works with other countries on:", bullets.selectFirst(".list-intro").text());
        assertEquals(3, bullets.select("ul > li").size());
        assertEquals(2, doc.select("#sec_2__subsec_2-1__lvl_2__lvl_a__lvl_i__lvl_1__list_1 > ol > li").size());
        assertEquals("aside", doc.getElementById("sec_2__subsec_2-1__lvl_2-1-1__blockContainer_1").tagName());
        assertFalse(doc.text().contains("........"), "the printed table of contents is left out");
        assertEquals("Reading guide", doc.selectFirst("#sec_1__p_2 b").text());
        assertTrue(doc.select("[role=doc-endnotes]").isEmpty(), "no notes, no notes section");
    }

    @Test
    void rendersConcurrentlyWithTheSameResult() throws Exception {
        HtmlRenderer renderer = HtmlFixtures.renderer();
        List<Fixture> fixtures = List.of(Fixture.values());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HtmlEdition>> futures = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Fixture f = fixtures.get(i % fixtures.size());
                XdmNode akn = HtmlFixtures.load(f);
                futures.add(pool.submit(() -> renderer.render(akn, f.baseName(), f.lang, HtmlFixtures.labels(f.lang))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(HtmlFixtures.edition(fixtures.get(i % fixtures.size())), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cssIsOneFileWithPhoneDarkAndPrintRules() {
        String css = HtmlFixtures.renderer().css();
        assertAll(
                () -> assertTrue(css.contains("@media print")),
                () -> assertTrue(css.contains("prefers-color-scheme: dark")),
                () -> assertTrue(css.contains("@media (max-width:")),
                () -> assertTrue(css.contains(".permalink")),
                () -> assertFalse(css.contains("</style")),
                () -> assertFalse(css.toLowerCase().contains("javascript")));
    }

    @Test
    void rejectsWhatIsNotAkomaNtoso() throws SaxonApiException {
        XdmNode other = HtmlFixtures.parse("<html><body>not AKN</body></html>");
        assertThrows(SaxonApiException.class, () -> HtmlFixtures.renderer().render(other, "en", Map.of()));
        XdmNode akn = HtmlFixtures.load(Fixture.STRATEGY_EN);
        assertThrows(IllegalArgumentException.class, () -> HtmlFixtures.renderer().render(akn, "en\"><script>", Map.of()));
    }

    @Test
    void canonicalLinkUsesTheConfiguredSiteBase() throws SaxonApiException {
        HtmlRenderer renderer = new HtmlRenderer(HtmlFixtures.PROCESSOR, HtmlFixtures.xsltFolder(), "https://law.example.org/pub/");
        Document doc = Jsoup.parse(renderer.render(HtmlFixtures.load(Fixture.STRATEGY_EN), "strategy-en", "en", Map.of()).pageText());
        assertEquals("https://law.example.org/pub/html/strategy-en.html", doc.selectFirst("link[rel=canonical]").attr("href"));
        Map<String, String> json = JsonLd.parse(doc.selectFirst("script[type=application/ld+json]").data());
        assertEquals("https://law.example.org/pub/html/strategy-en.html", json.get("url"));
        assertEquals("/akn/nl/doc/strategy/2017-12-01/ics/eng@/!main", json.get("identifier"));
    }

    @Test
    void withoutASiteBaseNoHostIsNamedAndTheJsonLdHasNoUrl() throws SaxonApiException {
        Document doc = Jsoup.parse(HtmlFixtures.renderer().render(HtmlFixtures.load(Fixture.STRATEGY_EN), "strategy-en", "en",
                Map.of()).pageText());
        assertEquals("strategy-en.html", doc.selectFirst("link[rel=canonical]").attr("href"));
        Map<String, String> json = JsonLd.parse(doc.selectFirst("script[type=application/ld+json]").data());
        assertFalse(json.containsKey("url"), json.toString());
        assertTrue(doc.select("a[href^=http]").isEmpty(), doc.select("a[href^=http]").toString());
    }

    @Test
    void theHeaderBarGivesReferenceDateAndLinksToTheOtherEditionsAndTheCatalogue() throws SaxonApiException {
        Document doc = Jsoup.parse(HtmlFixtures.renderer().render(HtmlFixtures.load(Fixture.COUNCIL_NL),
                "council-conclusions-nl", "nl", Labels.of("nl")).pageText());
        Element bar = doc.selectFirst("body > header.edition-bar");
        assertNotNull(bar, "the bar stands before <main>");
        assertEquals("14435/17", bar.selectFirst(".reference").text());
        assertEquals("2017-11-20", bar.selectFirst("time").attr("datetime"));
        assertEquals(List.of("../pdf/council-conclusions-nl.pdf", "../xml/council-conclusions-nl.xml",
                        "../report/council-conclusions-nl.html", "../index.html",
                        "../catalogue/2017.html#w-_akn_eu_doc_consil_2017-11-20_14435-17__main"),
                bar.select("nav a").eachAttr("href"));
        assertEquals(List.of("PDF", "XML", "Verslag", "Gepubliceerde documenten", "Andere talen"), bar.select("nav a").eachText());
    }

    /**
     * One fallback order for both editions (xslt/common/facts.xsl): a document whose FRBR date is
     * only the generation date is dated by its docDate, as the PDF has always dated it.
     */
    @Test
    void theDateFallsBackToTheDocDateAsInThePdf() throws SaxonApiException {
        String akn = """
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="decision">
                <meta><identification source="#polypress"><FRBRWork><FRBRthis value="/akn/eu/doc/d/!main"/>
                <FRBRuri value="/akn/eu/doc/d"/><FRBRdate date="2026-01-02" name="generation"/>
                <FRBRauthor href="#polypress"/><FRBRcountry value="eu"/><FRBRname value="Council Decision"/></FRBRWork>
                <FRBRExpression><FRBRthis value="/akn/eu/doc/d/eng@/!main"/><FRBRuri value="/akn/eu/doc/d/eng@"/>
                <FRBRdate date="2026-01-02" name="generation"/><FRBRauthor href="#polypress"/>
                <FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
                <preface><p>Brussels, <docDate date="2016-11-08">8 November 2016</docDate></p></preface>
                <mainBody><p>The Council decides.</p></mainBody></doc></akomaNtoso>""";
        Document doc = Jsoup.parse(HtmlFixtures.renderer().render(HtmlFixtures.parse(akn), "d", "en", Map.of()).pageText());
        Element bar = doc.selectFirst("header.edition-bar .edition-reference time");
        assertNotNull(bar, doc.selectFirst("header.edition-bar").html());
        assertEquals("2016-11-08", bar.attr("datetime"));
    }

    @Test
    void theShortTitleIsTheHeadingAndTheLongTitleFollowsIt() throws SaxonApiException {
        // The title block of Council Decision (EU) 2016/2025 as EUR-Lex prints it in German.
        String text = String.join("\n", "BESCHLUSS (EU) 2016/2025 DES RATES", "", "vom 8. November 2016", "",
                "zur Ernennung von drei von der Republik Polen vorgeschlagenen Mitgliedern des Ausschusses der Regionen", "",
                "DER RAT DER EUROPÄISCHEN UNION —", "",
                "gestützt auf den Vertrag über die Arbeitsweise der Europäischen Union, insbesondere auf Artikel 305,", "",
                "HAT FOLGENDEN BESCHLUSS ERLASSEN:", "", "Artikel 1", "",
                "Zu Mitgliedern des Ausschusses der Regionen werden für die verbleibende Amtszeit ernannt.", "");
        LanguageProfile de = HtmlFixtures.PROFILES.forLanguage("de");
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);
        String akn = new AknWriter().write(new StructureBuilder(clock).build(new Cleaner().clean(text, de), de), "d",
                LocalDate.of(2026, 1, 2));
        Document doc = Jsoup.parse(HtmlFixtures.renderer().render(HtmlFixtures.parse(akn), "d", "de", Labels.of(de.code())).pageText());
        assertEquals("BESCHLUSS (EU) 2016/2025 DES RATES", doc.selectFirst("h1").text());
        Element longTitle = doc.selectFirst("h1 + .long-title");
        assertNotNull(longTitle, doc.selectFirst("header.document-header").html());
        assertTrue(longTitle.text().startsWith("BESCHLUSS (EU) 2016/2025 DES RATES vom 8. November 2016 zur Ernennung"),
                longTitle.text());
        assertEquals("BESCHLUSS (EU) 2016/2025 DES RATES", doc.title());
    }

    @Test
    void aNoteWhoseBodyIsNotInTheSourceSaysSo() throws SaxonApiException {
        // The opening of Commission Implementing Regulation (EU) 2015/1165 as EUR-Lex shows it: its notes are cut off.
        String text = String.join("\n", "COMMISSION IMPLEMENTING REGULATION (EU) 2015/1165", "", "of 15 July 2015", "",
                "THE EUROPEAN COMMISSION,", "",
                "Having regard to Regulation (EC) No 1107/2009 of the European Parliament and of the Council of 21 October 2009 "
                        + "concerning the placing of plant protection products on the market and repealing Council Directives "
                        + "79/117/EEC and 91/414/EEC (1), and in particular Article 13(2) thereof,", "",
                "Whereas:", "", "(1)", "",
                "In accordance with Article 7(1) of Regulation (EC) No 1107/2009, the United Kingdom received an application.", "");
        LanguageProfile en = HtmlFixtures.PROFILES.forLanguage("en");
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);
        String akn = new AknWriter().write(new StructureBuilder(clock).build(new Cleaner().clean(text, en), en), "oj",
                LocalDate.of(2026, 1, 2));
        Document doc = Jsoup.parse(HtmlFixtures.renderer().render(HtmlFixtures.parse(akn), "en", Labels.of(en.code())).pageText());
        assertEquals("1", doc.selectFirst("a.noteref").text());
        Element note = doc.selectFirst("ol.notes > li");
        assertEquals("The text of this note is not in the source document.",
                note.selectFirst(".note-body p.note-not-in-source").text());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
