package org.polypress.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import net.sf.saxon.s9api.XdmNode;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.polypress.publish.pdf.PdfFixtures.Note;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * The AKN documents the other editions are tested with (src/test/resources/akn/) also make clean
 * PDF editions: no FOP warning, PDF/A-2b, every paragraph printed.
 */
class SharedFixturesTest {

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Path> documents() {
        return PdfFixtures.sharedAkn().stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void makesACleanPdfaEdition(Path file) throws Exception {
        XdmNode akn = PdfFixtures.parse(file.toUri());
        String lang = PdfFixtures.language(akn);
        PdfEdition edition = PdfFixtures.renderer().render(akn, lang, PdfFixtures.labels(lang));
        assertEquals(List.of(), edition.warnings(), "FOP warnings");
        PdfFixtures.writePages("shared-" + file.getFileName().toString().replace(".akn.xml", ""), edition, 100);

        try (PDDocument pdf = PdfFixtures.open(edition)) {
            String text = String.join("", PdfFixtures.bodyTextByPage(pdf));
            for (Note note : PdfFixtures.notes(akn)) {
                text = text.replaceFirst(java.util.regex.Pattern.quote(note.label() + note.text()), "");
            }
            for (String paragraph : PdfFixtures.paragraphs(akn)) {
                assertTrue(text.contains(paragraph), "paragraph missing from the PDF: " + paragraph);
            }
        }

        try (PDFAParser parser = Foundries.defaultInstance().createParser(
                     new ByteArrayInputStream(edition.pdf()), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            Set<String> failed = new TreeSet<>();
            for (TestAssertion assertion : validator.validate(parser).getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage());
                }
            }
            assertEquals(Set.of(), failed, "PDF/A-2b rules failed");
        }
    }
}
