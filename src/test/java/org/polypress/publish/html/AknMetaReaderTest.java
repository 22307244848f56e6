package org.polypress.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.publish.html.HtmlFixtures.Fixture;

/** Reading the catalogue facts from the top of a published XML file. */
class AknMetaReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsWorkExpressionAndNameFromTheOuterMeta() throws IOException {
        CatalogueFixtures.publishXml(dir, Fixture.COUNCIL_NL);
        CatalogueEntry entry = AknMetaReader.read(dir.resolve("xml/council-conclusions-nl.xml"));
        assertEquals(new CatalogueEntry("council-conclusions-nl", "/akn/eu/doc/consil/2017-11-20/14435-17/!main",
                "Conclusies van de Raad over weerbaarheid, afschrikking en defensie: bouwen aan sterke cyberbeveiliging voor de EU",
                "nl", "14435/17", "2017-11-20", "RESULTAAT BESPREKINGEN"), entry,
                "the annex's own meta is not read; the type is the cover page's docType");
    }

    @Test
    void fallsBackToTheFirstDocTitleWithoutItsNotes() throws IOException {
        Path file = dir.resolve("untitled.xml");
        Files.writeString(file, """
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x">
                  <meta><identification source="#t"><FRBRWork><FRBRthis value="/akn/x/!main"/></FRBRWork>
                  <FRBRExpression><FRBRlanguage language="gre"/></FRBRExpression></identification></meta>
                  <preface><longTitle><p><docTitle>Νόμος <b>4534</b><authorialNote marker="1" eId="n1"><p>Note</p></authorialNote> για την ασφάλεια</docTitle></p></longTitle></preface>
                  <mainBody><p><docTitle>Not this one</docTitle></p></mainBody>
                </doc></akomaNtoso>
                """);
        CatalogueEntry entry = AknMetaReader.read(file);
        assertEquals("Νόμος 4534 για την ασφάλεια", entry.title());
        assertEquals("el", entry.language());
        assertEquals("", entry.number());
        assertEquals("/akn/x/!main", entry.groupKey());
    }

    @Test
    void aDocumentWithoutWorkIriIsItsOwnGroup() throws IOException {
        Path file = dir.resolve("bare.xml");
        Files.writeString(file, "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><doc name=\"x\">"
                + "<meta/><mainBody><p>x</p></mainBody></doc></akomaNtoso>");
        CatalogueEntry entry = AknMetaReader.read(file);
        assertEquals("bare", entry.title());
        assertEquals("und", entry.language());
        assertEquals("file:bare", entry.groupKey());
    }

    @Test
    void refusesDoctypesAndBrokenXml() throws IOException {
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><doc name=\"x\"><meta>"
                + "<identification><FRBRWork><FRBRname value=\"&e;\"/></FRBRWork></identification></meta></doc></akomaNtoso>");
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<akomaNtoso><doc>");
        assertThrows(IOException.class, () -> AknMetaReader.read(xxe));
        assertThrows(IOException.class, () -> AknMetaReader.read(broken));
    }

    @Test
    void languageCodesBecomeBcp47Tags() {
        assertEquals("nl", LanguageCodes.toBcp47("dut"));
        assertEquals("nl", LanguageCodes.toBcp47("nld"));
        assertEquals("el", LanguageCodes.toBcp47("gre"));
        assertEquals("el", LanguageCodes.toBcp47("ell"));
        assertEquals("de", LanguageCodes.toBcp47("ger"));
        assertEquals("ro", LanguageCodes.toBcp47("rum"));
        assertEquals("en", LanguageCodes.toBcp47("eng"));
        assertEquals("pl", LanguageCodes.toBcp47("POL"));
        assertEquals("fr", LanguageCodes.toBcp47("fr"));
        assertEquals("und", LanguageCodes.toBcp47(" "));
        assertEquals("und", LanguageCodes.toBcp47("not a code"));
        assertEquals("Nederlands", LanguageCodes.endonym("nl"));
        assertEquals("Ελληνικά", LanguageCodes.endonym("el"));
    }
}
