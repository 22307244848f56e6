package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.apache.camel.util.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polypress.profile.Labels;
import org.polypress.akn.AknValidator;
import org.polypress.archive.BagChecker;
import org.polypress.archive.PremisSchema;
import org.polypress.config.Settings;
import org.polypress.ingest.TestFiles;
import org.polypress.pipeline.Pipelines;
import org.polypress.profile.Profiles;
import org.polypress.publish.StylesheetFolder;
import org.polypress.publish.html.CatalogueRenderer;
import org.polypress.TestTexts;

/**
 * The real pipeline behind the real Camel route: the three samples, a Greek law, and a drop of
 * broken and hostile files, all at once in one watched folder. Every file must end published
 * with all its editions, or failed with a reason and no editions; nothing is lost or left half.
 */
class EndToEndTest {
    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final String[] SAMPLES = {
        "000_b5f54f10a9c989d5", "002_c02cd129ca6bf4b1", "004_1ae4719cd1b32968"};
    private static final String GREEK = "el_fek-a-77-2018_law-4534";
    /** Text full of characters that mean something to XML, XSLT, FO, HTML and JavaScript. */
    private static final String HOSTILE_TEXT = """
            RESOLUTIE OVER SPECIALE TEKENS

            Het Europees Parlement,

            1. is van mening dat <script>alert('x')</script> & "quotes" als tekst verschijnen;

            2. merkt op dat ]]> en {$x} en <fo:block> en &amp; nooit markup worden;
            """;

    @TempDir
    static Path root;
    private static Harness harness;
    private static RunSummary summary;
    private static final Processor SAXON = new Processor(false);

    @BeforeAll
    static void publishEverythingAtOnce() throws Exception {
        harness = new Harness(root);
        for (String sample : SAMPLES) {
            harness.drop(sample + ".txt", TestTexts.read("samples/" + sample + ".txt"));
        }
        harness.drop(GREEK + ".txt", TestTexts.read("dev/" + GREEK + ".txt"));
        harness.drop("hostile text.txt", HOSTILE_TEXT);
        drop("utf16-bom.txt", withBom(HOSTILE_TEXT.replace("SPECIALE", "UTF16"), StandardCharsets.UTF_16LE));
        drop("windows-1252.txt", HOSTILE_TEXT.replace("SPECIALE", "CAFÉ Ü").getBytes(Charset.forName("windows-1252")));
        drop("controls.txt", HOSTILE_TEXT.replace("tekst", "te\u0000k\u0007st\u001b").getBytes(StandardCharsets.UTF_8));
        drop("empty.txt", new byte[0]);
        harness.drop("blank.txt", " \n\t\n   \n");
        drop("garbage.txt", TestFiles.noise(64 * 1024, 1));
        drop("scan.pdf", TestFiles.imageOnlyPdf(2));
        drop("locked.pdf", TestFiles.encryptedPdf());
        byte[] realPdf = TestFiles.resource("ro_oug-internationalizare_draft-2017.pdf");
        drop("broken.pdf", java.util.Arrays.copyOf(realPdf, realPdf.length / 3)); // a download cut short
        drop("picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        drop("bomb.docx", TestFiles.docxBomb(200L * 1024 * 1024));
        drop("laughs.docx", TestFiles.billionLaughsDocx());
        harness.drop(".hidden.txt", HOSTILE_TEXT);
        harness.drop("partial.txt.part", HOSTILE_TEXT);

        Settings settings = harness.settings().build();
        CatalogueUpdater catalogue = new CatalogueUpdater(
                new CatalogueRenderer(new Processor(false), StylesheetFolder.bundled()), "en",
                Labels.of("en"));
        summary = harness.runOnce(settings, Pipelines.create(settings), List.of(catalogue));
    }

    @Test
    void everyFileHasExactlyOneOutcome() throws IOException {
        List<String> published = names("report");
        List<String> failed = names("failed");
        for (String name : published) {
            assertFalse(failed.contains(name), name + " both published and failed");
        }
        assertEquals(List.of(SAMPLES[0], SAMPLES[1], SAMPLES[2], "controls", GREEK, "hostile text", "utf16-bom",
                "windows-1252").stream().sorted().toList(), published);
        assertEquals(List.of("blank", "bomb", "broken", "empty", "garbage", "laughs", "locked", "picture", "scan"), failed);
        assertEquals(published.size(), summary.counts().published());
        assertEquals(failed.size(), summary.counts().failed());
        try (Stream<Path> files = Files.walk(harness.output)) {
            assertTrue(files.noneMatch(AtomicFiles::isTemporary), "temporary files left in the output");
        }
        assertTrue(Files.exists(harness.input.resolve("garbage.txt")), "failed inputs are kept");
        assertTrue(Files.exists(harness.input.resolve(SAMPLES[0] + ".txt")), "published inputs are kept by default");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_b5f54f10a9c989d5", "002_c02cd129ca6bf4b1", "004_1ae4719cd1b32968"})
    void samplesArePublishedInEveryEdition(String name) throws Exception {
        String xml = harness.read("xml/" + name + ".xml");
        assertEquals(List.of(), new AknValidator().errors(xml), "schema-valid Akoma Ntoso");
        XdmNode akn = SAXON.newDocumentBuilder().build(new StreamSource(new StringReader(xml)));

        JsonObject report = harness.json("report/" + name + ".json");
        assertEquals("nl", report.getMap("language").get("code"));

        Document html = Jsoup.parse(harness.read("html/" + name + ".html"));
        assertEquals("nl", html.selectFirst("html").attr("lang"));
        for (String eId : strings(akn, "//akn:paragraph/@eId | //akn:point/@eId | //akn:heading/../@eId")) {
            assertTrue(html.getElementById(eId) != null, name + ": no HTML element with id " + eId);
        }
        assertTrue(Files.size(harness.output.resolve("html/" + name + ".fragment.html")) > 0);

        // The first numbered paragraph's text, or else the body's first real paragraph of text.
        String firstParagraph = strings(akn, "(((//akn:paragraph//akn:p), (//akn:mainBody//akn:p))"
                + "!string-join(.//text()[not(ancestor::akn:authorialNote)], ''))[string-length(.) > 60][1]").get(0);
        assertTrue(letters(firstParagraph).length() > 40, "first paragraph: " + firstParagraph);
        String pdfText = pdfText("pdf/" + name + ".pdf");
        assertTrue(letters(pdfText).contains(letters(firstParagraph).substring(0, 40)),
                name + ": the PDF lacks the first numbered paragraph: " + firstParagraph);
    }

    @Test
    void greekLawIsPublishedWithItsLanguage() throws Exception {
        assertEquals("el", harness.json("report/" + GREEK + ".json").getMap("language").get("code"));
        Document html = Jsoup.parse(harness.read("html/" + GREEK + ".html"));
        assertEquals("el", html.selectFirst("html").attr("lang"));
        assertTrue(pdfText("pdf/" + GREEK + ".pdf").contains("Άρθρο"), "Greek text in the PDF");
    }

    @Test
    void markupInTheTextStaysTextInEveryEdition() throws Exception {
        String xml = harness.read("xml/hostile text.xml");
        assertTrue(xml.contains("&lt;script&gt;"), "escaped in the XML");
        Document html = Jsoup.parse(harness.read("html/hostile text.html"));
        assertTrue(html.select("script").isEmpty() || html.select("script").stream()
                .allMatch(s -> "application/ld+json".equals(s.attr("type"))), "no executable script element");
        assertTrue(html.select("fo|block, block").isEmpty());
        String body = html.body().text();
        assertTrue(body.contains("<script>alert('x')</script>"), body);
        assertTrue(body.contains("]]> en {$x} en <fo:block> en &amp;"), body);
        Document fragment = Jsoup.parse(harness.read("html/hostile text.fragment.html"));
        assertTrue(fragment.text().contains("<script>alert('x')</script>"));
        String pdf = pdfText("pdf/hostile text.pdf").replaceAll("\\s+", " ");
        assertTrue(pdf.contains("<script>alert('x')</script>"), pdf);
        assertTrue(pdf.contains("{$x}"), pdf);
    }

    @Test
    void otherEncodingsAndControlCharactersArePublishedAsText() throws Exception {
        assertTrue(harness.read("xml/utf16-bom.xml").contains("UTF16"));
        assertTrue(harness.read("xml/windows-1252.xml").contains("CAFÉ Ü"));
        String controls = harness.read("xml/controls.xml");
        assertTrue(controls.contains("tekst"), "control characters removed, the word kept");
        JsonObject report = harness.json("report/windows-1252.json");
        assertEquals("windows-1252", report.getString("charset").toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "blank", "garbage", "scan", "locked", "broken", "picture", "bomb", "laughs"})
    void brokenInputsFailWithAReasonAndNoEditions(String name) throws Exception {
        JsonObject failure = harness.json("failed/" + name + ".json");
        assertFalse(failure.getString("reason").isBlank(), name + ": a reason");
        assertFalse(failure.getString("suggestion").isBlank(), name + ": a suggestion");
        for (String edition : List.of("xml/" + name + ".xml", "html/" + name + ".html", "pdf/" + name + ".pdf",
                "report/" + name + ".json")) {
            assertFalse(harness.exists(edition), name + ": " + edition + " must not exist");
        }
    }

    @Test
    void failureReasonsSayWhatToDo() throws Exception {
        assertTrue(reason("scan").toLowerCase().contains("ocr"), reason("scan"));
        assertTrue(reason("locked").toLowerCase().contains("password")
                || reason("locked").toLowerCase().contains("encrypt"), reason("locked"));
        assertTrue(reason("picture").contains("not a supported format"), reason("picture"));
        assertTrue(reason("empty").toLowerCase().contains("empty"), reason("empty"));
        assertTrue(reason("broken").contains("incomplete"), reason("broken"));
        assertTrue(reason("laughs").contains("entity expansion bomb"), reason("laughs"));
        assertFalse(reason("laughs").contains("damaged"), reason("laughs"));
        JsonObject laughs = harness.json("failed/laughs.json");
        assertEquals(Boolean.TRUE, laughs.getBoolean("permanent"), "an entity expansion bomb is not retried");
        assertEquals(1, laughs.getInteger("attempts"));
    }

    @Test
    void hiddenAndPartialFilesAreIgnored() throws IOException {
        assertFalse(names("report").contains(".hidden") || names("failed").contains(".hidden"));
        assertFalse(names("failed").contains("partial.txt"));
        assertTrue(Files.exists(harness.input.resolve("partial.txt.part")));
    }

    @Test
    void catalogueListsEveryPublishedDocument() throws Exception {
        Document index = Jsoup.parse(harness.read(CatalogueUpdater.FILE));
        for (String name : names("report")) {
            Element link = index.selectFirst("a[href=html/" + name.replace(" ", "%20") + ".html], a[href=html/"
                    + name + ".html]");
            assertTrue(link != null, "catalogue links " + name);
        }
        assertTrue(index.select("#pp-works a[href*=garbage]").isEmpty(), "failed documents are not among the works");
        // They are listed apart, each with its reason and a link to its failure report.
        Element garbage = index.selectFirst("#pp-failed ~ .table-scroll a[href=failed/garbage.json]");
        assertTrue(garbage != null, index.select("section.failed").outerHtml());
        assertEquals("garbage.txt", garbage.text());
        assertEquals(reason("garbage"), garbage.closest("tr").select("td").get(1).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_b5f54f10a9c989d5", "002_c02cd129ca6bf4b1", "004_1ae4719cd1b32968",
        "utf16-bom", "windows-1252", "controls", "hostile text", GREEK})
    void everyPublicationIsAValidBagHoldingTheInputAsDropped(String name) throws Exception {
        Path bag = harness.output.resolve("archive").resolve(name).resolve("v1");
        BagChecker.Result check = new BagChecker().check(bag);
        assertTrue(check.valid(), name + ": " + check.problem());
        assertArrayEquals(Files.readAllBytes(harness.input.resolve(name + ".txt")),
                Files.readAllBytes(bag.resolve("data/input/" + name + ".txt")), "the input byte for byte");
        for (String edition : List.of("xml/" + name + ".xml", "pdf/" + name + ".pdf", "html/" + name + ".html",
                "report/" + name + ".json")) {
            assertArrayEquals(Files.readAllBytes(harness.output.resolve(edition)),
                    Files.readAllBytes(bag.resolve("data").resolve(edition)), edition);
        }
        byte[] premis = Files.readAllBytes(bag.resolve("metadata/premis.xml"));
        assertEquals(List.of(), new PremisSchema().errors(premis), name + ": PREMIS 3");
        String text = new String(premis, StandardCharsets.UTF_8);
        for (String event : List.of("extraction", "cleaning", "structuring", "validation", "rendering")) {
            assertTrue(text.contains("<premis:eventType>" + event + "</premis:eventType>"), name + ": " + event);
        }
    }

    @Test
    void onlyPublishedDocumentsAreArchivedAndTheCatalogueLinksTheirBags() throws Exception {
        try (Stream<Path> archived = Files.list(harness.output.resolve("archive"))) {
            assertEquals(names("report").stream().sorted().toList(),
                    archived.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Document index = Jsoup.parse(harness.read(CatalogueUpdater.FILE));
        for (String name : SAMPLES) {
            Element link = index.selectFirst("a[href=archive/" + name + "/v1/]");
            assertTrue(link != null && link.text().equals("BagIt v1"), "catalogue links the bag of " + name);
        }
    }

    // ---------------------------------------------------------------------------------------

    private static String reason(String name) throws Exception {
        return harness.json("failed/" + name + ".json").getString("reason");
    }

    private static void drop(String name, byte[] content) throws IOException {
        Files.write(harness.input.resolve(name), content);
    }

    private static byte[] withBom(String text, Charset utf16le) {
        byte[] body = text.getBytes(utf16le);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    private static List<String> names(String folder) throws IOException {
        Path dir = harness.output.resolve(folder);
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .forEach(n -> names.add(n.substring(0, n.length() - ".json".length())));
            }
        }
        names.sort(null);
        return names;
    }

    private static List<String> strings(XdmNode akn, String xpath) throws Exception {
        XPathCompiler compiler = SAXON.newXPathCompiler();
        compiler.declareNamespace("akn", AKN);
        List<String> out = new ArrayList<>();
        compiler.evaluate(xpath, akn).forEach(item -> out.add(item.getStringValue()));
        return out;
    }

    private static String pdfText(String relative) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(harness.output.resolve(relative).toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** Letters and digits only: line breaks, hyphenation and spacing of the typeset text do not count. */
    private static String letters(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
