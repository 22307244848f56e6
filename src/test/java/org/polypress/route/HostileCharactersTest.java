package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.config.Settings;
import org.polypress.pipeline.Pipelines;
import org.polypress.pipeline.PolypressPipeline;
import org.polypress.profile.Labels;
import org.polypress.publish.StylesheetFolder;
import org.polypress.publish.html.CatalogueRenderer;

/**
 * Issue 14, "no character changed without a word": texts a hostile or unlucky user drops, through
 * the real pipeline behind the real route, all at once. Every one publishes; whatever was removed
 * is counted in its report by code point; numbers print as they are printed in the source.
 */
class HostileCharactersTest {
    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final String HEAD = "THE EUROPEAN PARLIAMENT\n\nResolution on special characters\n\n";
    /** Longer than a piece of a long paragraph (10,000 characters), so the word is cut between pieces too. */
    private static final int LONG_WORD = 24_000;

    @TempDir
    static java.nio.file.Path root;
    private static Harness harness;
    private static RunSummary summary;
    private static long runMillis;
    private static final Processor SAXON = new Processor(false);

    @BeforeAll
    static void publishAll() throws Exception {
        harness = new Harness(root);
        harness.drop("nonchar.txt", HEAD + "1. The Parliament notes that this text\uFFFE has noncharacters\uFFFF in it.\n\n"
                + "2. It calls on the Commission to act.\n");
        harness.drop("invisibles.txt", HEAD + "1. A family 👨\u200d👩\u200d👧, the Persian word می\u200cخواهم, a zero\u200bwidth "
                + "space, a word\u2060joiner and a\ufeffbyte-order mark.\n\n2. Thai ภาษา\u200bไทย stays as it is.\n");
        harness.drop("glyphs.txt", HEAD + "1. Flags 🇪🇺 and 🇪🇺, emoji 👍, math 𝐀, Devanagari हिन्दी, Thai ภาษา, CJK 𠀀; "
                + "the Arabic words مرحبا بالعالم and the Hebrew words שלום עולם are printed.\n");
        harness.drop("parens.txt", HEAD + "(1) The first point of the resolution is long enough to be a paragraph.\n\n"
                + "(2) The second point of the resolution is long enough to be a paragraph.\n");
        StringBuilder deep = new StringBuilder(HEAD);
        String num = "1.";
        for (int level = 1; level <= 7; level++) {
            deep.append(num).append(" Level ").append(level).append(" of the numbering runs on as a sentence.\n");
            num = num + "1.";
        }
        harness.drop("deep.txt", deep.toString());
        // The closing article of Commission Delegated Regulation (EU) 2025/301, a paragraph a line,
        // with a blank line between paragraphs.
        StringBuilder blanks = new StringBuilder();
        for (String l : List.of("Article 7", "Entry into force",
                "This Regulation shall enter into force on the twentieth day following that of its publication in the Official Journal of the European Union.",
                "This Regulation shall be binding in its entirety and directly applicable in all Member States.",
                "Done at Brussels, 23 October 2024.", "For the Commission", "The President", "Ursula VON DER LEYEN",
                "Competent authorities may decide that paragraph 4 shall not apply for the submission of an initial notification.",
                "Competent authorities shall notify their decision to the identified financial entities.",
                "The decision of the competent authority shall only apply in respect of incidents reported after the date of notification.")) {
            blanks.append(l).append("\n\n");
        }
        harness.drop("blanks.txt", blanks.toString());
        harness.drop("doctype.html", "<!DOCTYPE html [\n<!ENTITY x \"boom\">\n]>\n<html><head><title>The title</title></head>"
                + "<body><h1>First heading</h1><p>The first paragraph of text, with some words in it.</p>"
                + "<h2>Second heading</h2><p>More text in a paragraph.</p></body></html>\n");
        harness.drop("longword.txt", HEAD + "1. The word " + "x".repeat(LONG_WORD) + " ends here.\n");
        // A word of letters and dots, as long again: the language versions' anchors overflowed the stack on it.
        harness.drop("dotted.txt", HEAD + "1. The word " + "a.".repeat(LONG_WORD / 2) + " ends here.\n");
        Settings settings = harness.settings().build();
        // The listeners of the command line (language versions, then the catalogue), as in PolypressMain.
        PolypressPipeline pipeline = (PolypressPipeline) Pipelines.create(settings);
        CatalogueUpdater catalogue = new CatalogueUpdater(
                new CatalogueRenderer(SAXON, StylesheetFolder.bundled()), "en", Labels.of("en"));
        long t0 = System.nanoTime();
        summary = harness.runOnce(settings, pipeline, List.of(new LanguageVersions(pipeline, "en"), catalogue));
        runMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void everyFilePublishes() {
        assertEquals(9, summary.counts().published(), harness.exists("failed") ? "failed: " + failed() : "");
        assertEquals(0, summary.counts().failed());
    }

    @Test
    void longWordsCostTimeLinearInTheirLength() throws Exception {
        // Before: the language versions' anchors took 130 s on a word of 100,000 letters, and their
        // stack overflowed on "a." repeated; the whole run here takes some 15 s.
        assertTrue(runMillis < 90_000, "the run took " + runMillis + " ms");
        assertTrue(harness.read("xml/dotted.xml").contains("a.a.a.a.a."));
        assertTrue(harness.exists(CatalogueUpdater.FILE) && harness.read(CatalogueUpdater.FILE).contains("dotted"),
                "the listeners after the language versions ran");
    }

    @Test
    void noncharactersAreRemovedAndListedByCodePoint() throws Exception {
        String xml = harness.read("xml/nonchar.xml");
        assertTrue(xml.contains("this text has noncharacters in it."), xml);
        assertTrue(warnings("nonchar").stream().anyMatch(w -> w.contains("U+FFFE (1), U+FFFF (1)")), warnings("nonchar").toString());
    }

    @Test
    void joinersThatAreTextStayAndNoiseIsCountedByCodePoint() throws Exception {
        String xml = harness.read("xml/invisibles.xml");
        assertTrue(xml.contains("👨\u200d👩\u200d👧"), "the family stays one emoji");
        assertTrue(xml.contains("می\u200cخواهم"), "ZWNJ is Persian spelling");
        assertTrue(xml.contains("ภาษา\u200bไทย"), "ZWSP is a Thai word boundary");
        assertTrue(xml.contains("a zerowidth space, a wordjoiner and abyte-order mark."), xml);
        String html = harness.read("html/invisibles.html");
        assertTrue(html.contains("👨\u200d👩\u200d👧"), "in the HTML too");
        JsonObject removed = (JsonObject) harness.json("report/invisibles.json").getMap("layout").get("charactersRemoved");
        assertEquals(Map.of("U+200B", 1, "U+2060", 1, "U+FEFF", 1), Map.of("U+200B", removed.getInteger("U+200B"),
                "U+2060", removed.getInteger("U+2060"), "U+FEFF", removed.getInteger("U+FEFF")));
        assertEquals(3, removed.size(), removed.toString());
    }

    @Test
    void everyMissingGlyphIsListedOnceByItsTrueCodePoint() throws Exception {
        List<String> glyphs = warnings("glyphs").stream().filter(w -> w.contains("not available in font")).toList();
        List<String> codePoints = glyphs.stream().map(w -> w.substring(0, w.indexOf(' '))).toList();
        assertEquals(codePoints.stream().distinct().toList(), codePoints, "each once");
        for (String cp : List.of("U+1F1EA", "U+1F1FA", "U+1F44D", "U+1D400", "U+0939", "U+0E20", "U+20000")) {
            assertTrue(codePoints.contains(cp), cp + " missing from " + codePoints);
        }
        assertFalse(String.join(" ", glyphs).toLowerCase().contains("0xf1ea"), "no surrogate halves: " + glyphs);
        assertFalse(codePoints.stream().anyMatch(cp -> cp.startsWith("U+06") || cp.startsWith("U+05")),
                "Arabic and Hebrew are in the fallback font: " + codePoints);
    }

    @Test
    void rightToLeftWordsExtractFromThePdfWithSpaces() throws Exception {
        String text = pdfText("glyphs").replaceAll("\\s+", " ");
        assertTrue(text.contains("مرحبا بالعالم"), text);
        assertTrue(text.contains("שלום עולם"), text);
    }

    @Test
    void parenthesisedNumbersPrintWithTheirParentheses() throws Exception {
        assertEquals(List.of("(1)", "(2)"), strings(harness.read("xml/parens.xml"), "//akn:paragraph/akn:num"));
        assertEquals(List.of("(1)", "(2)"), Jsoup.parse(harness.read("html/parens.html")).select("article .num")
                .eachText().stream().filter(t -> t.startsWith("(")).toList());
        String pdf = pdfText("parens");
        assertTrue(pdf.contains("(1)") && pdf.contains("(2)"), pdf);
    }

    @Test
    void decimalNumberingNestsToAnyDepth() throws Exception {
        List<String> nums = strings(harness.read("xml/deep.xml"), "//akn:num");
        assertEquals(List.of("1.", "1.1.", "1.1.1.", "1.1.1.1.", "1.1.1.1.1.", "1.1.1.1.1.1.", "1.1.1.1.1.1.1."), nums);
        for (String p : strings(harness.read("xml/deep.xml"), "//akn:p")) {
            assertFalse(p.contains("1.1.1"), "a number glued into running text: " + p);
        }
    }

    @Test
    void paragraphsSeparatedByBlankLinesStaySeparate() throws Exception {
        List<String> ps = strings(harness.read("xml/blanks.xml"), "//akn:p");
        assertTrue(ps.contains("This Regulation shall be binding in its entirety and directly applicable in all Member States."), ps.toString());
        assertTrue(ps.contains("Competent authorities shall notify their decision to the identified financial entities."), ps.toString());
        assertEquals(false, harness.json("report/blanks.json").getMap("layout").get("doubleSpaced"));
    }

    @Test
    void aDoctypeInternalSubsetIsNotText() throws Exception {
        String xml = harness.read("xml/doctype.xml");
        assertFalse(xml.contains("]&gt;"), xml);
        List<String> headings = strings(xml, "//akn:heading | //akn:docTitle");
        assertTrue(headings.contains("First heading") || headings.contains("Second heading"), headings.toString());
        assertFalse(headings.stream().anyMatch(h -> h.contains("The title First heading") || h.contains("titleFirst")),
                headings.toString());
    }

    @Test
    void aWordWiderThanThePageBreaksAnywhereAndNothingRunsOffThePage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(harness.output.resolve("pdf/longword.pdf").toFile())) {
            float width = pdf.getPage(0).getMediaBox().getWidth();
            int[] letters = {0};
            float[] right = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        if ("x".equals(p.getUnicode())) {
                            letters[0]++;
                            right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(pdf);
            assertEquals(LONG_WORD, letters[0], "every letter is on a page");
            assertTrue(right[0] <= width, "the word runs off the page: " + right[0] + " > " + width);
            assertFalse(text.contains("\u200b"), "the break opportunities print nothing and extract as nothing");
            assertTrue(text.replaceAll("\\s+", "").contains("x".repeat(2_000)), "the word's letters extract in a row");
            assertTrue(pdf.getNumberOfPages() >= 5, "a page holds about 4,500 letters: " + pdf.getNumberOfPages());
        }
    }

    // ---------------------------------------------------------------------------------------

    private static List<String> warnings(String name) throws Exception {
        List<String> out = new ArrayList<>();
        for (Object w : (JsonArray) harness.json("report/" + name + ".json").get("warnings")) {
            out.add((String) w);
        }
        return out;
    }

    private static String failed() {
        try (var files = Files.list(harness.output.resolve("failed"))) {
            return files.map(p -> {
                try {
                    return p.getFileName() + ": " + Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return p.getFileName().toString();
                }
            }).toList().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<String> strings(String xml, String xpath) throws Exception {
        XdmNode doc = SAXON.newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
        XPathCompiler compiler = SAXON.newXPathCompiler();
        compiler.declareNamespace("akn", AKN);
        List<String> out = new ArrayList<>();
        compiler.evaluate(xpath, doc).forEach(item -> out.add(item.getStringValue()));
        return out;
    }

    private static String pdfText(String name) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(harness.output.resolve("pdf/" + name + ".pdf").toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
