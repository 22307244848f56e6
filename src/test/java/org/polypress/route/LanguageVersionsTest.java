package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.Processor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.TestTexts;
import org.polypress.config.Settings;
import org.polypress.ingest.TestFiles;
import org.polypress.pipeline.PolypressPipeline;
import org.polypress.pipeline.Pipelines;
import org.polypress.profile.Profiles;
import org.polypress.publish.StylesheetFolder;
import org.polypress.publish.html.CatalogueEntry;
import org.polypress.publish.html.CatalogueRenderer;

/**
 * One work in two languages through the real route: ANSSI's NIS 2 brochure, French original and
 * English translation (src/test/resources/dev/, see PROVENANCE.md there), fed as pdftotext's text
 * and as the PDFs, publishes as one work with two expressions; the three Dutch samples, dropped
 * beside it, stay three works.
 */
class LanguageVersionsTest {
    private static final String FR = "fr_fr-anssi-nis2-brochure-2024";
    private static final String EN = "en_fr-anssi-nis2-brochure-2024";
    private static final String[] SAMPLES = {"000_b5f54f10a9c989d5", "002_c02cd129ca6bf4b1", "004_1ae4719cd1b32968"};

    static Harness publish(Path root, List<String> files, List<byte[]> contents) throws Exception {
        Harness harness = new Harness(root);
        for (int i = 0; i < files.size(); i++) {
            Files.write(harness.input.resolve(files.get(i)), contents.get(i));
        }
        Settings settings = harness.settings().build();
        PolypressPipeline pipeline = (PolypressPipeline) Pipelines.create(settings);
        CatalogueUpdater catalogue = new CatalogueUpdater(
                new CatalogueRenderer(new Processor(false), StylesheetFolder.bundled()), "en",
                java.util.Map.of());
        harness.runOnce(settings, pipeline, List.of(new LanguageVersions(pipeline, "en"), catalogue));
        return harness;
    }

    /** The checks of the done-when, for the pair as text and as PDF. */
    abstract static class OneWorkInTwoLanguages {
        abstract Harness harness();

        private String work(String name) throws IOException {
            Matcher m = Pattern.compile("<FRBRWork>.*?<FRBRuri value=\"([^\"]+)\"", Pattern.DOTALL)
                    .matcher(harness().read("xml/" + name + ".xml"));
            assertTrue(m.find(), name);
            return m.group(1);
        }

        @Test
        void bothExpressionsRealiseOneWork() throws IOException {
            String work = work(FR);
            assertEquals(work, work(EN));
            assertTrue(work.startsWith("/akn/fr/doc/"), "the French agency's work, in English too: " + work);
            assertFalse(work.contains("2026"), "never the day of processing: " + work);
            assertTrue(harness().read("xml/" + FR + ".xml").contains("value=\"" + work + "/fre@\""));
            assertTrue(harness().read("xml/" + EN + ".xml").contains("value=\"" + work + "/eng@\""));
        }

        @Test
        void eachReportSaysWhichWorkAndWhy() throws Exception {
            String work = work(FR);
            for (String name : List.of(FR, EN)) {
                var report = harness().json("report/" + name + ".json");
                var versions = (org.apache.camel.util.json.JsonObject) report.get("versions");
                assertEquals(work, versions.get("work"), name);
                assertEquals(work, ((org.apache.camel.util.json.JsonObject) report.get("document")).get("work"), name);
                assertTrue(versions.get("evidence").toString().contains("naming convention")
                        || versions.get("evidence").toString().contains("the same work IRI"), versions.toString());
                assertEquals(2, ((java.util.List<?>) versions.get("versions")).size());
            }
        }

        @Test
        void eachPageLinksTheOtherBothWays() throws IOException {
            String fr = harness().read("html/" + FR + ".html");
            String en = harness().read("html/" + EN + ".html");
            for (String page : List.of(fr, en)) {
                assertTrue(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"" + EN + ".html\">"));
                assertTrue(page.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"" + FR + ".html\">"));
                assertTrue(page.contains("class=\"language-switcher\""));
            }
            assertTrue(en.contains("<a href=\"" + FR + ".html\" lang=\"fr\" hreflang=\"fr\">Français</a>"), "visible switcher");
            assertTrue(fr.contains("aria-current=\"page\" lang=\"fr\""), "its own language is the current one");
        }

        @Test
        void thePdfCarriesTheWork() throws IOException {
            String work = work(FR);
            for (String name : List.of(FR, EN)) {
                try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(harness().output.resolve("pdf/" + name + ".pdf")))) {
                    String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                            java.nio.charset.StandardCharsets.UTF_8);
                    assertTrue(xmp.contains("<rdf:li>" + work + "</rdf:li>"), name + ": " + xmp);
                }
            }
        }

        @Test
        void theCatalogueHasOneRowForTheWork() throws IOException {
            String index = harness().read("index.html");
            List<String> rows = new ArrayList<>();
            Matcher m = Pattern.compile("<tr id=\"w-.*?</tr>", Pattern.DOTALL).matcher(index);
            while (m.find()) {
                if (m.group().contains("html/" + FR + ".html") || m.group().contains("html/" + EN + ".html")) {
                    rows.add(m.group());
                }
            }
            assertEquals(1, rows.size(), "one row for the work");
            assertTrue(rows.get(0).contains("html/" + FR + ".html") && rows.get(0).contains("html/" + EN + ".html"));
        }

        @Test
        void theSideBySidePagePairsFrenchAndEnglishBlocks() throws IOException {
            String page = harness().read("html/" + LanguageVersions.parallelName(work(FR)) + LanguageVersions.PARALLEL);
            List<String[]> rows = ParallelRows.of(page, "en", "fr");
            // Pairs by their numbers, names and headings, as a reader checks them.
            assertPaired(rows, "10,000 entities", "10 000 entités");
            assertPaired(rows, "Essential entities (EE) and Important entities (IE)", "(EE) et entités importantes (EI)");
            assertPaired(rows, "Registering with ANSSI", "Se déclarer auprès de l’ANSSI");
            assertPaired(rows, "ISBN", "ISBN");
            assertPaired(rows, "What obligations do entities have?", "Quelles obligations pour les entités ?");
        }

        private static void assertPaired(List<String[]> rows, String en, String fr) {
            assertTrue(rows.stream().anyMatch(r -> r[0] != null && r[0].contains(en) && r[1] != null && r[1].contains(fr)),
                    "a row pairs '" + en + "' with '" + fr + "'");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class AsText extends OneWorkInTwoLanguages {
        Harness harness;

        @BeforeAll
        void publishThePairAndTheDutchSamples(@TempDir Path root) throws Exception {
            List<String> names = new ArrayList<>(List.of(FR + ".txt", EN + ".txt"));
            List<byte[]> contents = new ArrayList<>(List.of(utf8(TestTexts.read("dev/" + FR + ".txt")),
                    utf8(TestTexts.read("dev/" + EN + ".txt"))));
            for (String s : SAMPLES) {
                names.add(s + ".txt");
                contents.add(utf8(TestTexts.read("samples/" + s + ".txt")));
            }
            harness = publish(root, names, contents);
        }

        @Override
        Harness harness() {
            return harness;
        }

        @Test
        void theThreeDutchSamplesStayThreeWorks() throws Exception {
            Set<String> works = new TreeSet<>();
            for (String s : SAMPLES) {
                CatalogueEntry e = CatalogueRenderer.read(harness.output.resolve("xml/" + s + ".xml"));
                works.add(e.groupKey());
                assertFalse(harness.read("html/" + s + ".html").contains("hreflang=\"nl\" href"), s + " links no versions");
            }
            assertEquals(3, works.size(), works.toString());
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class AsPdf extends OneWorkInTwoLanguages {
        Harness harness;

        @BeforeAll
        void publishThePdfs(@TempDir Path root) throws Exception {
            harness = publish(root, List.of(FR + ".pdf", EN + ".pdf"),
                    List.of(resource("dev/" + FR + ".pdf"), resource("dev/" + EN + ".pdf")));
        }

        @Override
        Harness harness() {
            return harness;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] resource(String path) throws IOException {
        try (var in = LanguageVersionsTest.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        }
    }

    /** The cells of a side-by-side page's rows, in the given languages' order (null: missing). */
    static final class ParallelRows {
        static List<String[]> of(String page, String... languages) {
            List<String[]> rows = new ArrayList<>();
            for (String row : page.split("<div class=\"parallel-row\"")) {
                if (!row.contains("parallel-cells")) {
                    continue;
                }
                String[] cells = new String[languages.length];
                for (int i = 0; i < languages.length; i++) {
                    Matcher m = Pattern.compile("lang=\"" + languages[i] + "\" class=\"parallel-cell( missing)?\">(.*?)</div>",
                            Pattern.DOTALL).matcher(row);
                    if (m.find() && m.group(1) == null) {
                        cells[i] = m.group(2).replaceAll("<[^>]+>", "").replace("&amp;", "&");
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
