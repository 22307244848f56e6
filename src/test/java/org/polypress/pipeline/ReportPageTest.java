package org.polypress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polypress.ingest.ExtractionLimits;

/**
 * The report page (report/NAME.html) of a real page: the spots the pipeline was unsure of come
 * first and link to the same spot in the HTML edition; every repair is listed in context.
 */
class ReportPageTest {

    /** Page 6 of Council document 14435/17 (Dutch), as pdftotext's default output gives it: double-spaced, note 11 at the foot. */
    private static final String PAGE = String.join("\n",
                " VERKLAART HET VOLGENDE:",
                "",
                "11. IS INGENOMEN met de gezamenlijke mededeling aan het Europees Parlement en de Raad",
                "",
                "\"Weerbaarheid, afschrikking en defensie: bouwen aan sterke cyberbeveiliging voor de EU\", waarin",
                "",
                "een ambitieuze doelstelling wordt gepresenteerd, namelijk het verbeteren van de cyberbeveiliging in",
                "",
                "de EU. De mededeling is tevens bevorderlijk voor de strategische autonomie van de EU waarnaar",
                "",
                "wordt verwezen in de conclusies over de integrale strategie voor het buitenlands en veiligheids-",
                "",
                "beleid van de Europese Unie11 doordat ze streeft naar het opbouwen van een digitaal Europa dat",
                "",
                "veiliger is, vertrouwen kweekt, zich bewust is van zijn sterke kanten, concurrerend is, openstaat",
                "",
                "voor de wereld en de gedeelde waarden van de EU met betrekking tot een open, vrij, vreedzaam en",
                "",
                "veilig mondiaal internet eerbiedigt, en zo een hoger niveau van weerbaarheid bewerkstelligt voor",
                "",
                "het voorkomen, ontmoedigen en opsporen van en reageren op cyberdreigingen, en het gezamenlijk",
                "",
                "reageren op cyberdreigingen in de hele EU; en",
                "",
                "12. VERZOEKT de lidstaten en de instellingen, instanties en organen van de EU om, onder",
                "",
                "eerbiediging van elkaars bevoegdheden en de beginselen subsidiariteit en evenredigheid, samen te",
                "",
                "werken om de in deze conclusies vervatte strategische doelstellingen te verwezenlijken, en",
                "",
                "13. ONDERSTREEPT dat de EU, de lidstaten en de particuliere sector, met inachtneming van de",
                "",
                "beschikbare middelen, voor voldoende financiering moeten zorgen om zowel ondersteuning te",
                "",
                "bieden aan de verbetering van de cyberweerbaarheid als aan onderzoeks- en ontwikkelings-",
                "",
                "inspanningen in de EU op het gebied van cyberbeveiliging, om samenwerking te intensiveren voor",
                "",
                "het voorkomen, ontmoedigen en opsporen van en reageren op cyberdreigingen, en het gezamenlijk",
                "",
                "reageren op grootschalige cyberincidenten en kwaadwillige cyberaanvallen in de EU;",
                "",
                "",
                "11 Doc. 13202/16."
    ) + "\n";

    /**
     * The opening of Commission Implementing Regulation (EU) 2015/1165 as EUR-Lex shows it: the
     * citation calls note (1), whose text the extract does not hold.
     */
    private static final String OPENING = String.join("\n", "COMMISSION IMPLEMENTING REGULATION (EU) 2015/1165", "",
            "of 15 July 2015", "", "THE EUROPEAN COMMISSION,", "",
            "Having regard to Regulation (EC) No 1107/2009 of the European Parliament and of the Council of 21 October 2009 "
                    + "concerning the placing of plant protection products on the market and repealing Council Directives "
                    + "79/117/EEC and 91/414/EEC (1), and in particular Article 13(2) thereof,", "",
            "Whereas:", "", "(1)", "",
            "In accordance with Article 7(1) of Regulation (EC) No 1107/2009, the United Kingdom received an application.", "");

    private static Publication publication;
    private static Publication opening;

    @BeforeAll
    static void publish() throws PipelineFailure {
        PolypressPipeline pipeline = new PolypressPipeline(Optional.empty(), ExtractionLimits.defaults(),
                Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC));
        publication = pipeline.process("conclusies.txt", PAGE.getBytes(StandardCharsets.UTF_8));
        opening = pipeline.process("reg.txt", OPENING.getBytes(StandardCharsets.UTF_8));
    }

    private static String file(String path) {
        return file(publication, path);
    }

    private static String file(Publication publication, String path) {
        return publication.files().stream().filter(f -> f.relativePath().equals(path)).findFirst()
                .map(f -> new String(f.content(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no " + path));
    }

    @Test
    void anUndecidedHyphenIsTheFirstSpotToCheckAndLinksToItsParagraphInTheEdition() {
        Document report = Jsoup.parse(file("report/conclusies.html"));
        Document edition = Jsoup.parse(file("html/conclusies.html"));
        Element spot = report.selectFirst("#pp-unsure + ol.spots > li");
        assertNotNull(spot, report.select("section.unsure").outerHtml());
        assertEquals("veiligheids-\u21b5beleid \u2192 veiligheidsbeleid", spot.selectFirst(".spot-what").text());
        assertEquals("veiligheidsbeleid", spot.selectFirst("q.context mark").text());
        String href = spot.selectFirst("a.spot-link").attr("href");
        assertTrue(href.startsWith("../html/conclusies.html#"), href);
        Element target = edition.getElementById(href.substring(href.indexOf('#') + 1));
        assertNotNull(target, href);
        assertTrue(target.text().contains("veiligheidsbeleid"), target.text());
        assertEquals("2", report.selectFirst(".counts .attention dd").text());
    }

    @Test
    void everyNoteIsListedWithTheSentenceOfItsMarkerAndANoteNotInTheSourceIsASpotToCheck() {
        Document report = Jsoup.parse(file(opening, "report/reg.html"));
        Element row = report.selectFirst("#pp-notes ~ .table-scroll tbody tr");
        assertNotNull(row, report.select("main").outerHtml());
        assertEquals("1", row.child(0).text());
        assertEquals("../html/reg.html#fnref-authorialNote_1", row.selectFirst("a").attr("href"));
        Element sentence = row.selectFirst("q.context");
        assertEquals("1", sentence.selectFirst("mark").text());
        // Cut at a word to two printed lines before the marker, to the sentence end after it.
        assertEquals("\u2026 of the Council of 21 October 2009 concerning the placing of plant protection products on the "
                + "market and repealing Council Directives 79/117/EEC and 91/414/EEC1, and in particular Article 13(2) thereof,",
                sentence.text());
        // After the warning that says so, the note's call itself, with its sentence and a link.
        var kinds = report.select("#pp-unsure + ol.spots > li > .spot-kind").eachText();
        assertEquals(java.util.List.of("Warning", "Called in the text, its text not in the source"), kinds);
        assertEquals("../html/reg.html#fnref-authorialNote_1",
                report.select("#pp-unsure + ol.spots > li").get(1).selectFirst("a.spot-link").attr("href"));
        assertNotNull(Jsoup.parse(file(opening, "html/reg.html")).getElementById("fnref-authorialNote_1"));
    }

    @Test
    void everyLineEndHyphenIsListedWithItsDecisionAndWhy() {
        Document report = Jsoup.parse(file("report/conclusies.html"));
        var rows = report.select("#pp-hyphens ~ .table-scroll tbody tr");
        assertEquals(2, rows.size(), rows.outerHtml());
        assertEquals("veiligheids-\u21b5beleid", rows.get(0).child(0).text());
        assertEquals("veiligheidsbeleid", rows.get(0).child(1).text());
        assertEquals("joined: no evidence either way", rows.get(0).child(2).text());
        assertTrue(rows.get(0).hasClass("attention"));
    }
}
