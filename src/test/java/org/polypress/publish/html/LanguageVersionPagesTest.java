package org.polypress.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polypress.akn.AknWriter;
import org.polypress.clean.Cleaner;
import org.polypress.profile.LanguageProfile;
import org.polypress.profile.Profiles;
import org.polypress.publish.StylesheetFolder;
import org.polypress.publish.parallel.ParallelPage;
import org.polypress.structure.StructureBuilder;

/**
 * The pages of a work in two languages are valid HTML (Nu Html Checker): a document page with its
 * hreflang links and language switcher, and the side-by-side page.
 */
class LanguageVersionPagesTest {
    private static final Profiles PROFILES = new Profiles();
    private static final Processor SAXON = new Processor(false);
    private static NuHtmlChecker checker;

    // ANSSI's NIS 2 brochure (cyber.gouv.fr, March 2024), a page of the French and English editions.
    private static final String FR = """
            Directive NIS 2
            Élever collectivement
            notre niveau de cybersécurité

            + de 10 000 entités concernées sur
            18 secteurs d’activité

            Les entités essentielles (EE)
            et entités importantes (EI)

            Pour garantir une proportionnalité de traitement, la directive NIS 2 distingue
            deux catégories d’entités.
            """;
    private static final String EN = """
            The NIS 2 Directive
            Collectively raising our level
            of cybersecurity

            Over 10,000 entities involved, across
            18 different sectors of activity

            Essential Entities (EE)
            and Important Entities (IE)

            To ensure proportionality of treatment, the NIS 2 Directive distinguishes
            between two categories of entities.
            """;

    @BeforeAll
    static void setUp() throws Exception {
        checker = new NuHtmlChecker();
    }

    static byte[] akn(String lang, String text) {
        LanguageProfile p = PROFILES.forLanguage(lang);
        var tree = new StructureBuilder(Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC))
                .build(new Cleaner().clean(text, p), p);
        return new AknWriter().write(tree, lang + "_brochure", LocalDate.of(2026, 1, 2)).getBytes(StandardCharsets.UTF_8);
    }

    private static final VersionLinks LINKS = new VersionLinks(Map.of("fr", "fr_brochure", "en", "en_brochure"),
            Map.of("fr", "Français", "en", "English"), "fr_doc_document_undated_x");

    @Test
    void aPageWithItsLanguagesIsValid() throws Exception {
        HtmlRenderer renderer = new HtmlRenderer(SAXON, StylesheetFolder.bundled());
        XdmNode doc = SAXON.newDocumentBuilder().build(new StreamSource(new ByteArrayInputStream(akn("fr", FR))));
        HtmlEdition h = renderer.render(doc, "fr_brochure", "fr", java.util.Map.of(), LINKS);
        String page = h.pageText();
        assertTrue(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"en_brochure.html\">"), page);
        assertTrue(page.contains("<a href=\"fr_doc_document_undated_x.parallel.html\">Côte à côte</a>"), page);
        assertEquals(List.of(), checker.errors(page, "fr_brochure.html"));
        assertEquals(List.of(), checker.errors(h.standaloneText(), "fr_brochure.standalone.html"));
    }

    @Test
    void aPageOfAWorkInOneLanguageLinksNoVersions() throws Exception {
        HtmlRenderer renderer = new HtmlRenderer(SAXON, StylesheetFolder.bundled());
        XdmNode doc = SAXON.newDocumentBuilder().build(new StreamSource(new ByteArrayInputStream(akn("fr", FR))));
        String page = renderer.render(doc, "fr_brochure", "fr", java.util.Map.of()).pageText();
        assertTrue(!page.contains("hreflang") && !page.contains("language-switcher"), page);
    }

    @Test
    void theSideBySidePageIsValidAndPairsThePassages() throws Exception {
        String page = ParallelPage.render(List.of(
                new ParallelPage.Version("en", "English", "en_brochure", akn("en", EN)),
                new ParallelPage.Version("fr", "Français", "fr_brochure", akn("fr", FR))),
                "en", java.util.Map.of());
        assertEquals(List.of(), checker.errors(page, "x.parallel.html"));
        assertTrue(page.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"fr_brochure.html\""), page);
        // The passage with "10 000" in French is the row with "10,000" in English.
        int row = page.indexOf("Over 10,000 entities");
        int next = page.indexOf("class=\"parallel-row\"", row);
        String rest = page.substring(row, next < 0 ? page.length() : next);
        assertTrue(rest.contains("+ de 10 000 entités"), page);
    }
}
