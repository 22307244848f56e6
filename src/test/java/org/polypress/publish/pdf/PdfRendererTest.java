package org.polypress.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polypress.publish.pdf.PdfFixtures.normalize;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.polypress.publish.pdf.PdfFixtures.Fixture;
import org.polypress.publish.pdf.PdfFixtures.Note;

/** The PDF edition read back with PDFBox: structure, navigation, furniture, notes, metadata. */
class PdfRendererTest {

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void rendersWithoutAnyWarningAndWritesPagePictures(Fixture fixture) throws IOException {
        PdfEdition edition = PdfFixtures.edition(fixture);

        assertEquals(List.of(), edition.warnings(), "FOP warnings");
        try (PDDocument pdf = PdfFixtures.open(edition)) {
            assertEquals(pdf.getNumberOfPages(), edition.pages());
            assertTrue(edition.pages() >= 2, "the fixtures run over more than one page");
            assertEquals(595, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "A4 width");
            assertEquals(842, Math.round(pdf.getPage(0).getMediaBox().getHeight()), "A4 height");
        }
        List<Path> pictures = PdfFixtures.writePages(fixture.name().toLowerCase(), edition, 100);
        assertEquals(edition.pages(), pictures.size());
        assertTrue(Files.size(pictures.get(0)) > 10_000, "page 1 picture has content");
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void embedsEveryFontAndUsesDejaVu(Fixture fixture) throws IOException {
        try (PDDocument pdf = PdfFixtures.open(PdfFixtures.edition(fixture))) {
            List<String> names = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    names.add(font.getName());
                }
            }
            assertTrue(names.stream().anyMatch(n -> n.endsWith("+DejaVuSerif")), "regular serif: " + names);
            assertTrue(names.stream().anyMatch(n -> n.endsWith("+DejaVuSerif-Bold")), "bold serif: " + names);
        }
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void printsEveryParagraphOfTheSource(Fixture fixture) throws IOException {
        var akn = PdfFixtures.load(fixture);
        try (PDDocument pdf = PdfFixtures.open(PdfFixtures.edition(fixture))) {
            String text = String.join("", PdfFixtures.bodyTextByPage(pdf));
            for (Note note : PdfFixtures.notes(akn)) {
                text = text.replaceFirst(java.util.regex.Pattern.quote(note.label() + note.text()), "");
            }
            List<String> paragraphs = PdfFixtures.paragraphs(akn);
            assertFalse(paragraphs.isEmpty());
            for (String paragraph : paragraphs) {
                assertTrue(text.contains(paragraph), "paragraph missing from the PDF: " + paragraph);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void setsEveryFootnoteOnThePageThatCitesIt(Fixture fixture) throws IOException {
        List<Note> notes = PdfFixtures.notes(PdfFixtures.load(fixture));
        assertFalse(notes.isEmpty());
        try (PDDocument pdf = PdfFixtures.open(PdfFixtures.edition(fixture))) {
            List<String> pages = PdfFixtures.bodyTextByPage(pdf);
            for (Note note : notes) {
                String cited = tail(note.textBefore(), 24) + note.label();
                int page = indexOf(pages, cited);
                assertTrue(page >= 0, "note " + note.label() + " is cited: " + cited);
                assertTrue(pages.get(page).contains(note.label() + note.text()),
                        "note " + note.label() + " printed at the foot of page " + (page + 1));
            }
        }
    }

    @Test
    void numbersRepeatedMarkersInDocumentOrder() {
        List<Note> notes = PdfFixtures.notes(PdfFixtures.load(Fixture.NL_COUNCIL));
        assertEquals(List.of("1", "2", "3"), notes.stream().map(Note::label).toList(),
                "the source prints \"1\" twice; the edition numbers 1, 2, 3");
    }

    /**
     * Hungarian numbers pages total first, the page as an ordinal ("3 / 1. oldal", as Hungarian
     * forms print "page 1 of 3"): the label's parameters, not the stylesheet, set the order.
     */
    @Test
    void hungarianFooterPutsTheTotalFirstAndThePageAsAnOrdinal() throws Exception {
        PdfEdition edition = PdfFixtures.renderer().render(PdfFixtures.load(Fixture.EN_RESOLUTION), "hu", Map.of());
        try (PDDocument pdf = PdfFixtures.open(edition)) {
            List<String> pages = PdfFixtures.fullTextByPage(pdf);
            String first = pages.get(0);
            assertTrue(first.contains(normalize(pages.size() + " / 1. oldal")), first);
            assertFalse(first.contains(normalize("Oldal 1")), first);
        }
    }

    @ParameterizedTest
    @EnumSource(Fixture.class)
    void headsPagesTwoOnWithTheNumberAndFootsEveryPageWithPageXOfY(Fixture fixture) throws IOException {
        String pageOfTotal = PdfFixtures.labels(fixture.lang).get("pageOfTotal");
        try (PDDocument pdf = PdfFixtures.open(PdfFixtures.edition(fixture))) {
            List<String> pages = PdfFixtures.fullTextByPage(pdf);
            List<String> bodies = PdfFixtures.bodyTextByPage(pdf);
            int count = pages.size();
            for (int i = 0; i < count; i++) {
                String footer = pageOfTotal.replace("{page}", String.valueOf(i + 1)).replace("{total}", String.valueOf(count));
                assertTrue(pages.get(i).contains(normalize(footer)), "footer on page " + (i + 1) + ": " + footer);
                if (i > 0) {
                    String header = pages.get(i).replace(bodies.get(i), "");
                    assertTrue(header.contains(normalize(fixture.number)), "running header on page " + (i + 1));
                }
            }
        }
    }

    @Test
    void bookmarksMirrorTheDivisionsAndLeadToTheirPages() throws IOException {
        try (PDDocument pdf = PdfFixtures.open(PdfFixtures.edition(Fixture.NL_COUNCIL))) {
            List<PDOutlineItem> items = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getDocumentOutline(), items);
            List<String> titles = items.stream().map(PDOutlineItem::getTitle).toList();
            assertEquals(List.of(
                    "Ontwerpconclusies van de Raad over de gezamenlijke mededeling aan het Europees Parlement en de Raad: "
                            + "Veerkracht, afschrikking en defensie: naar een sterke cyberbeveiliging voor de EU",
                    "BIJLAGE — Ontwerpconclusies van de Raad over de gezamenlijke mededeling aan het Europees Parlement "
                            + "en de Raad: Veerkracht, afschrikking en defensie: naar een sterke cyberbeveiliging voor de EU",
                    "Hoofdstuk I Weerbaarheid van de EU tegen cyberaanvallen versterken",
                    "Hoofdstuk II Een doeltreffende afschrikking op cybergebied tot stand brengen"), titles);
            List<String> bodies = PdfFixtures.bodyTextByPage(pdf);
            for (PDOutlineItem item : items.subList(2, items.size())) {
                int page = pdf.getPages().indexOf(item.findDestinationPage(pdf));
                assertTrue(page >= 0, "destination of " + item.getTitle());
                assertTrue(bodies.get(page).contains(normalize(item.getTitle())),
                        item.getTitle() + " is on page " + (page + 1));
            }
        }
    }

    @Test
    void contentsListsTheDivisionsWithTheirPageNumbers() throws IOException {
        try (PDDocument pdf = PdfFixtures.open(PdfFixtures.edition(Fixture.EN_RESOLUTION))) {
            List<String> bodies = PdfFixtures.bodyTextByPage(pdf);
            String first = bodies.get(0);
            assertTrue(first.contains("Contents"));
            String textOfPageOne = first.substring(first.indexOf("TheEuropeanParliament,"));
            for (String heading : List.of("General considerations", "Achieving cyber resilience",
                    "Drastically reducing cybercrime", "International cyberspace policy")) {
                int page = -1;
                for (int i = 0; i < bodies.size() && page < 0; i++) {
                    String body = i == 0 ? textOfPageOne : bodies.get(i);
                    if (body.contains(normalize(heading))) {
                        page = i + 1;
                    }
                }
                assertTrue(page > 0, heading + " is printed");
                assertTrue(first.matches("(?s).*" + java.util.regex.Pattern.quote(normalize(heading)) + "\\.{5,}" + page + ".*"),
                        "contents line of " + heading + " ends with page " + page);
            }
        }
    }

    @Test
    void recordsMetadataForPdfaAndAccessibility() throws Exception {
        try (PDDocument pdf = PdfFixtures.open(PdfFixtures.edition(Fixture.EL_LAW))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertTrue(info.getTitle().startsWith("Κύρωση της Συμφωνίας"), info.getTitle());
            assertEquals("ΕΦΗΜΕΡΙ∆Α ΤΗΣ ΚΥΒΕΡΝΗΣΕΩΣ ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΔΗΜΟΚΡΑΤΙΑΣ", info.getAuthor());
            assertEquals("ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4534", info.getSubject());
            assertTrue(info.getKeywords().contains("4534/2018"), info.getKeywords());
            assertEquals("Polypress", info.getCreator());
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertEquals(List.of(2018, Calendar.APRIL, 30), List.of(created.get(Calendar.YEAR),
                    created.get(Calendar.MONTH), created.get(Calendar.DAY_OF_MONTH)), "creation date = work date");

            var catalog = pdf.getDocumentCatalog();
            assertEquals("el", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked(), "tagged PDF");
            assertNotNull(catalog.getStructureTreeRoot());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());

            XMPMetadata xmp = new DomXmpParser().parse(catalog.getMetadata().toByteArray());
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            assertTrue(dc.getTitleLanguages().containsAll(List.of("x-default", "el")), dc.getTitleLanguages().toString());
            assertEquals(info.getTitle(), dc.getTitle("x-default"));
            assertEquals(List.of(info.getAuthor()), dc.getCreators());
            assertEquals(List.of("el"), dc.getLanguages());
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("B", xmp.getPDFAIdentificationSchema().getConformance());
        }
    }

    @Test
    void sameInputGivesTheSameBytesApartFromMetadataDateAndFileId() throws Exception {
        var akn = PdfFixtures.load(Fixture.EN_RESOLUTION);
        PdfRenderer renderer = PdfFixtures.renderer();
        byte[] first = renderer.render(akn, "en", PdfFixtures.labels("en")).pdf();
        Thread.sleep(1100);
        byte[] second = renderer.render(akn, "en", PdfFixtures.labels("en")).pdf();
        assertArrayEquals(maskVolatile(first), maskVolatile(second));
    }

    @Test
    void rendersConcurrentlyFromOneRenderer() throws Exception {
        var akn = PdfFixtures.load(Fixture.NL_COUNCIL);
        PdfRenderer renderer = PdfFixtures.renderer();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<PdfEdition>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> renderer.render(akn, "nl", PdfFixtures.labels("nl"))));
            }
            byte[] reference = maskVolatile(runs.get(0).get().pdf());
            for (Future<PdfEdition> run : runs) {
                assertArrayEquals(reference, maskVolatile(run.get().pdf()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void foTextRendersToTheSamePdfWithFopAlone() throws Exception {
        var akn = PdfFixtures.load(Fixture.EN_RESOLUTION);
        String fo = PdfFixtures.renderer().renderFo(akn, "en", PdfFixtures.labels("en"));
        assertTrue(fo.contains("<fo:root"), "XSL-FO");
        assertTrue(fo.contains("xml:lang=\"en\""));
        PdfEdition fromFo = PdfFixtures.renderer().renderFromFo(fo);
        assertEquals(List.of(), fromFo.warnings());
        assertEquals(PdfFixtures.edition(Fixture.EN_RESOLUTION).pages(), fromFo.pages());
    }

    @Test
    void compilesTheStylesheetsFromAJar(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path xslt = Path.of(PdfFixtures.xsltFolder());
        Path jar = temp.resolve("stylesheets.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(xslt)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry("xslt/" + xslt.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        // The contents threshold of PdfFixtures.renderer(), whose edition it is compared with.
        PdfRenderer fromJar = new PdfRenderer(PdfFixtures.PROCESSOR, URI.create("jar:" + jar.toUri() + "!/xslt/"), 0);
        PdfEdition edition = fromJar.render(PdfFixtures.load(Fixture.EL_LAW), "el", Map.of());
        assertEquals(PdfFixtures.edition(Fixture.EL_LAW).pages(), edition.pages());
    }

    @Test
    void namesTheAuthorAsInstitutionButNeverTheGenerator() throws Exception {
        String source = java.nio.file.Files.readString(java.nio.file.Path.of(
                PdfFixtures.resource("fo/" + Fixture.EN_RESOLUTION.file)));
        assertTrue(source.contains("<FRBRauthor href=\"#ep\""));
        // A text that names no author gets the metadata's source (Polypress) as FRBR author.
        String anonymous = source.replace("<FRBRauthor href=\"#ep\"", "<FRBRauthor href=\"#polypress\"");
        for (var c : java.util.Map.of(source, "European Parliament", anonymous, "").entrySet()) {
            PdfEdition edition = PdfFixtures.renderer().render(PdfFixtures.parse(c.getKey()), "en", PdfFixtures.labels("en"));
            try (PDDocument pdf = PdfFixtures.open(edition)) {
                String first = PdfFixtures.bodyTextByPage(pdf).get(0);
                assertFalse(first.contains("Polypress"), "the generator is no institution");
                if (!c.getValue().isEmpty()) {
                    assertTrue(first.startsWith(normalize(c.getValue())), "the author heads the title block: " + first);
                }
            }
        }
    }

    @Test
    void escapesMarkupCharactersOfTheSource() throws Exception {
        String akn = minimalAkn("Title with <angle> & {braces}",
                "<p eId=\"p_1\">Less &lt; greater &gt; ampersand &amp; braces {x} and quotes \"'</p>");
        PdfEdition edition = PdfFixtures.renderer().render(PdfFixtures.parse(akn), "en", Map.of());
        assertEquals(List.of(), edition.warnings());
        try (PDDocument pdf = PdfFixtures.open(edition)) {
            String text = String.join("", PdfFixtures.bodyTextByPage(pdf));
            assertTrue(text.contains(normalize("Less < greater > ampersand & braces {x} and quotes \"'")), text);
            assertEquals("Title with <angle> & {braces}", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void refusesInputThatIsNotAkomaNtoso() {
        var html = PdfFixtures.parse("<html><body><p>x</p></body></html>");
        PdfRenderException failure = assertThrows(PdfRenderException.class,
                () -> PdfFixtures.renderer().render(html, "en", Map.of()));
        assertEquals(PdfRenderException.Phase.TRANSFORM, failure.phase());
        assertTrue(failure.getMessage().contains("not Akoma Ntoso"), failure.getMessage());
    }

    @Test
    void refusesFoThatFopCannotRead() {
        PdfRenderException failure = assertThrows(PdfRenderException.class,
                () -> PdfFixtures.renderer().renderFromFo("<root xmlns='urn:x'/>"));
        assertEquals(PdfRenderException.Phase.FORMAT, failure.phase());
    }

    @Test
    void refusesALanguageThatIsNotATag() {
        assertThrows(IllegalArgumentException.class,
                () -> PdfFixtures.renderer().render(PdfFixtures.load(Fixture.EL_LAW), "el gr", Map.of()));
    }

    // ---------------------------------------------------------------------------------------

    /** An AKN document with one paragraph, for edge cases. */
    @Test
    void aWordWiderThanThePageBreaksInHeadingsContentsAndTextAndStaysOnThePage() throws Exception {
        // A URL without spaces (300 characters) in two headings, hence in the contents, and in the text.
        String url = "https://example.org/" + "abcdefghij".repeat(28);
        String body = ("<hcontainer name=\"h\" eId=\"h_%d\"><heading>See %s</heading><content><p>The address %s"
                + " is long.</p></content></hcontainer>");
        String akn = minimalAkn("Long words", body.formatted(1, url, url) + body.formatted(2, url, url));
        PdfEdition edition = PdfFixtures.renderer().render(PdfFixtures.parse(akn), "en", PdfFixtures.labels("en"));
        try (PDDocument pdf = PdfFixtures.open(edition)) {
            float width = pdf.getPage(0).getMediaBox().getWidth();
            float[] right = {0};
            String text = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String t, List<org.apache.pdfbox.text.TextPosition> positions) throws IOException {
                    for (org.apache.pdfbox.text.TextPosition p : positions) {
                        right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    super.writeString(t, positions);
                }
            }.getText(pdf);
            assertTrue(right[0] <= width, "text runs off the page: " + right[0] + " > " + width);
            String letters = text.replaceAll("\\s+", "");
            assertEquals(6, letters.split(java.util.regex.Pattern.quote(url), -1).length - 1,
                    "the address in the contents (twice), the headings and the text, whole: " + text);
            assertFalse(text.contains("\u200b"), "the break opportunities extract as nothing");
        }
    }

    static String minimalAkn(String title, String bodyXml) {
        String escapedTitle = title.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
        return """
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
                  <doc name="note"><meta><identification source="#t">
                    <FRBRWork><FRBRthis value="/akn/eu/doc/2020-01-01/1/!main"/><FRBRuri value="/akn/eu/doc/2020-01-01/1"/>
                      <FRBRdate date="2020-01-01" name="x"/><FRBRauthor href="#t"/><FRBRcountry value="eu"/>
                      <FRBRnumber value="1/2020"/><FRBRname value="%s"/></FRBRWork>
                    <FRBRExpression><FRBRthis value="/akn/eu/doc/2020-01-01/1/eng@/!main"/><FRBRuri value="/akn/eu/doc/2020-01-01/1/eng@"/>
                      <FRBRdate date="2020-01-01" name="x"/><FRBRauthor href="#t"/><FRBRlanguage language="eng"/></FRBRExpression>
                    <FRBRManifestation><FRBRthis value="/akn/eu/doc/2020-01-01/1/eng@/!main.xml"/><FRBRuri value="/akn/eu/doc/2020-01-01/1/eng@.akn"/>
                      <FRBRdate date="2020-01-01" name="x"/><FRBRauthor href="#t"/></FRBRManifestation>
                  </identification></meta>
                  <mainBody>%s</mainBody></doc>
                </akomaNtoso>""".formatted(escapedTitle, bodyXml);
    }

    /** The PDF with its metadata date and file identifier blanked: what may differ between runs. */
    static byte[] maskVolatile(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1)
                .replaceAll("<xmp:MetadataDate>[^<]*</xmp:MetadataDate>", "<xmp:MetadataDate/>")
                .replaceAll("/ID \\[<[0-9A-Fa-f]+> <[0-9A-Fa-f]+>\\]", "/ID []");
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String tail(String text, int length) {
        return text.length() <= length ? text : text.substring(text.length() - length);
    }

    private static int indexOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static void collect(PDOutlineNode node, List<PDOutlineItem> into) {
        for (PDOutlineItem child : node.children()) {
            into.add(child);
            collect(child, into);
        }
    }
}
