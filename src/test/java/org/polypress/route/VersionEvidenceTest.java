package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polypress.publish.html.CatalogueEntry;

/** What makes two publications language versions of one work, and what never does. */
class VersionEvidenceTest {
    private static CatalogueEntry entry(String name, String work, String lang, String number, String date) {
        return new CatalogueEntry(name, work + "/!main", name, lang, number, date);
    }

    @Test
    void theNamingConventionJoinsVersionsWhoseCodeIsTheirLanguage() {
        CatalogueEntry fr = entry("fr_fr-anssi-nis2-brochure-2024", "/akn/fr/doc/document/undated/directive-nis-2-12bf1232", "fr", "", "");
        CatalogueEntry en = entry("en_fr-anssi-nis2-brochure-2024", "/akn/fr/doc/document/undated/the-nis-2-directive-93751e7c", "en", "", "");
        var d = LanguageVersions.decide(en, List.of(fr, en)).orElseThrow();
        assertEquals("/akn/fr/doc/document/undated/directive-nis-2-12bf1232", d.work(), "the published work's IRI stays");
        assertEquals(2, d.versions().size());
        // SOMETHING_EN / SOMETHING_FR, the code last.
        assertEquals(Optional.of("strategy"), LanguageVersions.nameKey(entry("Strategy_EN", "/akn/lu/doc/undated/a", "en", "", "")));
        assertEquals(LanguageVersions.nameKey(entry("Strategy_FR", "/akn/lu/doc/undated/b", "fr", "", "")),
                LanguageVersions.nameKey(entry("Strategy_EN", "/akn/lu/doc/undated/a", "en", "", "")));
    }

    @Test
    void aCodeThatIsNotTheDocumentsLanguageIsNoEvidence() {
        CatalogueEntry a = entry("fr_report", "/akn/fr/doc/undated/a", "en", "", "");
        CatalogueEntry b = entry("en_report", "/akn/eu/doc/undated/b", "en", "", "");
        assertEquals(Optional.empty(), LanguageVersions.nameKey(a));
        assertTrue(LanguageVersions.decide(b, List.of(a, b)).isEmpty());
    }

    @Test
    void twoUnrelatedDocumentsOfOneLanguageAndDateStayApart() {
        // The Romanian ordinance draft and its explanatory note, both of 2017: related, not one work.
        CatalogueEntry draft = entry("ro_oug-internationalizare_draft-2017", "/akn/ro/doc/2017-08-01/a1b2", "ro", "", "2017-08-01");
        CatalogueEntry note = entry("ro_nota-fundamentare-oug-internationalizare-2017", "/akn/ro/doc/2017-08-01/c3d4", "ro", "", "2017-08-01");
        assertTrue(LanguageVersions.decide(note, List.of(draft, note)).isEmpty());
    }

    @Test
    void theSameNumberAndDateJoinOnlyAnotherLanguage() {
        CatalogueEntry nl = entry("raad-nl", "/akn/eu/doc/outcomeOfProceedings/2017-11-20/14435-17", "nl", "14435/17", "2017-11-20");
        CatalogueEntry en = entry("council-en", "/akn/eu/doc/document/2017-11-20/14435-17", "en", "14435/17", "2017-11-20");
        CatalogueEntry nl2 = entry("raad-nl-copy", "/akn/eu/doc/document/2017-11-20/14435-17", "nl", "14435/17", "2017-11-20");
        assertEquals(2, LanguageVersions.decide(en, List.of(nl, en)).orElseThrow().versions().size());
        assertTrue(LanguageVersions.decide(nl2, List.of(nl, nl2)).isEmpty(), "a work has one version per language");
        CatalogueEntry dated = entry("other", "/akn/eu/doc/document/2018-01-01/14435-17", "en", "14435/17", "2018-01-01");
        assertTrue(LanguageVersions.decide(dated, List.of(nl, dated)).isEmpty(), "the same number another day");
    }

    @Test
    void evidenceForTwoWorksJoinsNeither() {
        CatalogueEntry a = entry("fr_x", "/akn/fr/doc/undated/a", "fr", "", "");
        CatalogueEntry b = entry("x_fr", "/akn/fr/doc/undated/b", "fr", "", "");
        CatalogueEntry en = entry("en_x", "/akn/fr/doc/undated/c", "en", "", "");
        assertTrue(LanguageVersions.decide(en, List.of(a, b, en)).isEmpty());
    }

    @Test
    void aJoiningDocumentTakesTheWorksIriAndCountry() {
        String xml = "<FRBRWork><FRBRthis value=\"/akn/eu/doc/document/undated/b/!main\"/><FRBRuri value=\"/akn/eu/doc/document/undated/b\"/>"
                + "<FRBRcountry value=\"eu\"/></FRBRWork><FRBRExpression><FRBRuri value=\"/akn/eu/doc/document/undated/b/eng@\"/>"
                + "</FRBRExpression><p>/akn/eu/doc/document/undated/b is text</p>";
        String out = new String(LanguageVersions.withWork(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "/akn/eu/doc/document/undated/b", "/akn/fr/doc/document/undated/a"), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("<FRBRWork><FRBRthis value=\"/akn/fr/doc/document/undated/a/!main\"/><FRBRuri value=\"/akn/fr/doc/document/undated/a\"/>"
                + "<FRBRcountry value=\"fr\"/></FRBRWork><FRBRExpression><FRBRuri value=\"/akn/fr/doc/document/undated/a/eng@\"/>"
                + "</FRBRExpression><p>/akn/eu/doc/document/undated/b is text</p>", out);
    }

    @Test
    void aSidecarNamesTheWorkAndIsNeverAnInput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path input) throws Exception {
        java.nio.file.Files.writeString(input.resolve("Strategy_LU.meta.json"),
                "{\"work\": \"/akn/lu/doc/strategy/2021-05-01/ai-strategy\"}");
        java.nio.file.Files.writeString(input.resolve("broken.meta.json"), "{\"work\": \"ai strategy\"}");
        LanguageVersions versions = new LanguageVersions(null, "en", Optional.of(input));
        assertEquals(Optional.of("/akn/lu/doc/strategy/2021-05-01/ai-strategy"), versions.sidecarWork("Strategy_LU"));
        assertEquals(Optional.empty(), versions.sidecarWork("broken"), "not an FRBR IRI: left out");
        assertEquals(Optional.empty(), versions.sidecarWork("none"));
        CatalogueEntry fr = entry("Strategie", "/akn/lu/doc/strategy/2021-05-01/ai-strategy", "fr", "", "2021-05-01");
        CatalogueEntry de = entry("Strategy_LU", "/akn/de/doc/document/undated/ki-strategie-1a2b3c4d", "de", "", "");
        var d = LanguageVersions.claimed(de, List.of(fr, de), "/akn/lu/doc/strategy/2021-05-01/ai-strategy").orElseThrow();
        assertEquals(2, d.versions().size());
        assertTrue(LanguageVersions.claimed(fr, List.of(fr, de), "/akn/de/doc/document/undated/ki-strategie-1a2b3c4d").isPresent());
        assertTrue(java.util.regex.Pattern.matches(InputEndpoint.EXCLUDE, "Strategy_LU.meta.json"), "never published itself");
        assertTrue(LanguageVersions.claimed(entry("Strategy_FR", "/akn/x/doc/undated/z", "fr", "", ""), List.of(fr),
                "/akn/lu/doc/strategy/2021-05-01/ai-strategy").isEmpty(), "the work has a French version already");
    }

    private static CatalogueEntry published(java.nio.file.Path xmlDir, String name, String lang, String resource) throws Exception {
        org.polypress.profile.LanguageProfile p = new org.polypress.profile.Profiles().forLanguage(lang);
        var tree = new org.polypress.structure.StructureBuilder(java.time.Clock.systemUTC())
                .build(new org.polypress.clean.Cleaner().clean(org.polypress.TestTexts.read(resource), p), p);
        java.nio.file.Path file = xmlDir.resolve(name + ".xml");
        java.nio.file.Files.writeString(file, new org.polypress.akn.AknWriter().write(tree, name, java.time.LocalDate.of(2026, 1, 2)));
        return org.polypress.publish.html.CatalogueRenderer.read(file);
    }

    @Test
    void aTranslationWithoutNumberOrConventionIsFoundByItsStructure(@org.junit.jupiter.api.io.TempDir java.nio.file.Path xml)
            throws Exception {
        // ANSSI's NIS 2 brochure in French and English under names that say nothing of their language,
        // beside an unrelated English strategy of no stated date (src/test/resources/dev/).
        CatalogueEntry fr = published(xml, "plaquette", "fr", "dev/fr_fr-anssi-nis2-brochure-2024.txt");
        CatalogueEntry en = published(xml, "brochure", "en", "dev/en_fr-anssi-nis2-brochure-2024.txt");
        CatalogueEntry de = published(xml, "ai-strategy", "en", "dev/en_de-ai-strategy-2018.txt");
        var d = LanguageVersions.byStructure(en, List.of(fr, en, de), xml).orElseThrow();
        assertEquals(LanguageVersions.workIri(fr.work()), d.work());
        assertTrue(d.confidence() >= LanguageVersions.SAME_STRUCTURE, d.toString());
        assertTrue(d.evidence().startsWith("the same structure"), d.evidence());
        assertTrue(LanguageVersions.byStructure(de, List.of(fr, de), xml).isEmpty(), "a strategy is not the brochure");
        assertTrue(LanguageVersions.byStructure(de, List.of(en, de), xml).isEmpty(), "nor of the same language");
    }
}
