package org.polypress.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import org.junit.jupiter.api.Test;
import org.polypress.publish.html.HtmlFixtures.Fixture;
import org.semarglproject.rdf.rdfa.RdfaParser;
import org.semarglproject.sink.TripleSink;
import org.semarglproject.source.StreamProcessor;
import org.semarglproject.vocab.RDFa;

/**
 * The HTML edition of an act (Commission Delegated Regulation (EU) 2024/1772 as the pipeline
 * publishes it) carries its ELI metadata as RDFa that an RDFa 1.1 processor (Semargl, over the HTML5
 * parser of the Nu checker) reads back: the work, typed eli:LegalResource, with its number and date,
 * realised by the English expression with its title and language. Other documents carry none.
 */
class EliRdfaTest {
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private static final String WORK = "http://data.europa.eu/eli/reg_del/2024/1772/oj";

    /** Triples as "subject predicate object" lines; literals quoted. */
    private static List<String> triples(String html) throws Exception {
        List<String> out = new ArrayList<>();
        TripleSink sink = new TripleSink() {
            @Override
            public void addNonLiteral(String s, String p, String o) {
                out.add(s + " " + p + " " + o);
            }

            @Override
            public void addPlainLiteral(String s, String p, String content, String lang) {
                out.add(s + " " + p + " \"" + content + "\"");
            }

            @Override
            public void addTypedLiteral(String s, String p, String content, String type) {
                out.add(s + " " + p + " \"" + content + "\"^^" + type);
            }

            @Override
            public void setBaseUri(String baseUri) {
            }

            @Override
            public void startStream() {
            }

            @Override
            public void endStream() {
            }

            @Override
            public boolean setProperty(String key, Object value) {
                return false;
            }
        };
        StreamProcessor rdfa = new StreamProcessor(RdfaParser.connect(sink));
        rdfa.setProperty(StreamProcessor.XML_READER_PROPERTY, new HtmlParser(XmlViolationPolicy.ALTER_INFOSET));
        rdfa.setProperty(RdfaParser.RDFA_VERSION_PROPERTY, RDFa.VERSION_11);
        rdfa.process(new StringReader(html), "https://example.org/html/regulation-en.html");
        return out;
    }

    @Test
    void anActsPageSaysWhatItIsInEli() throws Exception {
        List<String> t = triples(HtmlFixtures.edition(Fixture.REGULATION_EN).pageText());
        String expression = WORK + "/eng";
        assertTrue(t.contains(WORK + " http://www.w3.org/1999/02/22-rdf-syntax-ns#type " + ELI + "LegalResource"), t.toString());
        assertTrue(t.contains(WORK + " " + ELI + "is_realized_by " + expression), t.toString());
        assertTrue(t.contains(expression + " http://www.w3.org/1999/02/22-rdf-syntax-ns#type " + ELI + "LegalExpression"), t.toString());
        assertTrue(t.contains(WORK + " " + ELI + "number \"2024/1772\""), t.toString());
        assertTrue(t.stream().anyMatch(x -> x.startsWith(WORK + " " + ELI + "date_document \"2024-03-13\"")), t.toString());
        assertTrue(t.stream().anyMatch(x -> x.startsWith(expression + " " + ELI + "title \"COMMISSION DELEGATED REGULATION (EU) 2024/1772 of 13 March 2024")),
                t.toString());
        assertTrue(t.contains(expression + " " + ELI + "language http://publications.europa.eu/resource/authority/language/ENG"),
                t.toString());
    }

    @Test
    void theFragmentCarriesItToo() throws Exception {
        String host = "<!DOCTYPE html><html lang=\"en\"><head><title>Host</title></head><body>"
                + HtmlFixtures.edition(Fixture.REGULATION_EN).fragmentText() + "</body></html>";
        assertTrue(triples(host).contains(WORK + " " + ELI + "number \"2024/1772\""));
    }

    @Test
    void otherDocumentsClaimNoLegalResource() throws Exception {
        List<String> t = triples(HtmlFixtures.edition(Fixture.RESOLUTION_EN).pageText());
        assertEquals(List.of(), t.stream().filter(x -> x.contains(ELI)).toList());
    }

    /** An act's page names its language version as canonical: the ELI expression the Publications Office resolves. */
    @Test
    void anActsCanonicalLinkIsItsExpression() throws Exception {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(HtmlFixtures.edition(Fixture.REGULATION_EN).pageText());
        assertEquals(WORK + "/eng", page.selectFirst("link[rel=canonical]").attr("href"));
        // Other documents keep their page as canonical.
        org.jsoup.nodes.Document resolution = org.jsoup.Jsoup.parse(HtmlFixtures.edition(Fixture.RESOLUTION_EN).pageText());
        assertFalse(resolution.selectFirst("link[rel=canonical]").attr("href").startsWith("http"));
    }

    /** Without an ELI, under a site base: the act's Akoma Ntoso expression IRI there, as the site serves its references. */
    @Test
    void anActWithoutEliIsCanonicalAtItsAknExpressionUnderTheSiteBase() throws Exception {
        String xml;
        try (java.io.InputStream in = EliRdfaTest.class.getResourceAsStream("/akn/regulation-en.akn.xml")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("<FRBRalias[^>]*/>", "");
        }
        HtmlRenderer site = new HtmlRenderer(HtmlFixtures.PROCESSOR, HtmlFixtures.xsltFolder(), "https://law.example.org/pub/");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.render(HtmlFixtures.parse(xml), "regulation-en", "en",
                java.util.Map.of()).pageText());
        assertEquals("https://law.example.org/pub/akn/eu/act/regulation/2024/1772/eng@",
                page.selectFirst("link[rel=canonical]").attr("href"));
        org.jsoup.nodes.Document relative = org.jsoup.Jsoup.parse(HtmlFixtures.renderer().render(HtmlFixtures.parse(xml),
                "regulation-en", "en", java.util.Map.of()).pageText());
        assertEquals("regulation-en.html", relative.selectFirst("link[rel=canonical]").attr("href"), "no host is named");
    }
}
