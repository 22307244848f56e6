package org.polypress.publish.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

import org.polypress.profile.Labels;
import org.polypress.profile.Profiles;

/**
 * Shared test fixtures: one processor and one renderer per test JVM over the stylesheets as
 * packaged ({@code xslt/} on the class path), the hand-written AKN documents under
 * {@code src/test/resources/akn/}, and each fixture's edition rendered once.
 */
final class HtmlFixtures {

    static final String AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    static final Processor PROCESSOR = new Processor(false);
    static final Profiles PROFILES = new Profiles();

    /** A fixture document, the language it is in and the facts the tests expect. */
    enum Fixture {
        COUNCIL_NL("council-conclusions-nl.akn.xml", "nl", "14435/17"),
        RESOLUTION_EN("resolution-en.akn.xml", "en", "2013/2606(RSP)"),
        RESOLUTION_NL("resolution-nl.akn.xml", "nl", "2013/2606(RSP)"),
        STRATEGY_EN("strategy-en.akn.xml", "en", null),
        /** Commission Delegated Regulation (EU) 2024/1772 as the pipeline publishes it: an AKN act with its ELI. */
        REGULATION_EN("regulation-en.akn.xml", "en", "2024/1772");

        final String file;
        final String lang;
        final String number;

        Fixture(String file, String lang, String number) {
            this.file = file;
            this.lang = lang;
            this.number = number;
        }

        /** The file name without ".akn.xml", used as the publication name. */
        String baseName() {
            return file.substring(0, file.length() - ".akn.xml".length());
        }
    }

    private static final Map<Fixture, HtmlEdition> EDITIONS = new ConcurrentHashMap<>();
    private static volatile HtmlRenderer renderer;

    private HtmlFixtures() {
    }

    /** The folder holding akn-html.xsl, as the class path has it. */
    static URI xsltFolder() {
        URL entry = HtmlFixtures.class.getClassLoader().getResource("xslt/" + HtmlRenderer.STYLESHEET);
        if (entry == null) {
            throw new IllegalStateException("xslt/" + HtmlRenderer.STYLESHEET + " is not on the class path");
        }
        try {
            return entry.toURI().resolve(".");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static HtmlRenderer renderer() {
        if (renderer == null) {
            synchronized (HtmlFixtures.class) {
                if (renderer == null) {
                    try {
                        renderer = new HtmlRenderer(PROCESSOR, xsltFolder());
                    } catch (SaxonApiException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return renderer;
    }

    static XdmNode load(Fixture fixture) {
        String resource = "/akn/" + fixture.file;
        try (InputStream in = HtmlFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            return PROCESSOR.newDocumentBuilder().build(new StreamSource(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An AKN document from a string (for tests that need one small odd case). */
    static XdmNode parse(String xml) throws SaxonApiException {
        return PROCESSOR.newDocumentBuilder().build(new StreamSource(new java.io.StringReader(xml)));
    }

    static Map<String, String> labels(String lang) {
        return Labels.of(lang);
    }

    /** The fixture's edition, rendered once with its language's profile labels. */
    static HtmlEdition edition(Fixture fixture) {
        return EDITIONS.computeIfAbsent(fixture, f -> {
            try {
                return renderer().render(load(f), f.baseName(), f.lang, labels(f.lang));
            } catch (SaxonApiException e) {
                throw new IllegalStateException("Cannot render " + f.file, e);
            }
        });
    }

    /** Strings selected by an XPath (AKN namespace bound to "akn") over a document. */
    static List<String> strings(XdmNode node, String xpath) {
        XPathCompiler compiler = PROCESSOR.newXPathCompiler();
        compiler.declareNamespace("akn", AKN_NS);
        List<String> out = new ArrayList<>();
        try {
            for (XdmItem item : compiler.evaluate(xpath, node)) {
                out.add(item.getStringValue());
            }
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException(xpath, e);
        }
        return out;
    }

    /**
     * The eIds a reader can link to: everything outside meta, except notes (their links are
     * fn-EID and fnref-EID) and a printed table of contents (the edition makes its own).
     */
    static List<String> addressableEids(Fixture fixture) {
        return strings(load(fixture), "//*[@eId][not(ancestor::akn:meta)][not(self::akn:authorialNote)]"
                + "[not(ancestor-or-self::akn:toc)]/@eId");
    }

    /** A minimal AKN document around the given mainBody content, with optional extra meta. */
    static String minimalAkn(String frbrName, String mainBody) {
        return """
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
                  <doc name="test">
                    <meta><identification source="#t">
                      <FRBRWork><FRBRthis value="/akn/eu/doc/2020-01-01/1/!main"/><FRBRuri value="/akn/eu/doc/2020-01-01/1"/>
                        <FRBRdate date="2020-01-01" name="x"/><FRBRauthor href="#t"/><FRBRcountry value="eu"/>
                        <FRBRname value="%s"/></FRBRWork>
                      <FRBRExpression><FRBRthis value="/akn/eu/doc/2020-01-01/1/eng@/!main"/><FRBRuri value="/akn/eu/doc/2020-01-01/1/eng@"/>
                        <FRBRdate date="2020-01-01" name="x"/><FRBRauthor href="#t"/><FRBRlanguage language="eng"/></FRBRExpression>
                      <FRBRManifestation><FRBRthis value="/akn/eu/doc/2020-01-01/1/eng@/!main.xml"/><FRBRuri value="/akn/eu/doc/2020-01-01/1/eng@.akn"/>
                        <FRBRdate date="2020-01-01" name="x"/><FRBRauthor href="#t"/></FRBRManifestation>
                    </identification></meta>
                    <mainBody>%s</mainBody>
                  </doc>
                </akomaNtoso>
                """.formatted(frbrName, mainBody);
    }
}
