package org.polypress.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.sf.saxon.s9api.XdmNode;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.polypress.publish.pdf.PdfFixtures.Note;

/** Dozens of pages: every note still lands on its page, every page keeps its furniture. */
class LongDocumentTest {

    @Test
    void keepsEveryFootnoteWithItsCitationOverManyPages() throws Exception {
        XdmNode akn = PdfFixtures.parse(PdfFixtures.longDocument(12));
        PdfEdition edition = PdfFixtures.renderer().render(akn, "en", PdfFixtures.labels("en"));
        assertEquals(List.of(), edition.warnings());
        assertTrue(edition.pages() >= 15, "pages: " + edition.pages());
        PdfFixtures.writePages("long", edition, 72);

        List<Note> notes = PdfFixtures.notes(akn);
        assertEquals(1 + 12 * 4, notes.size(), "one note in the preamble, four in each copy of the body");
        assertEquals("49", notes.get(48).label(), "repeated markers are numbered through");
        try (PDDocument pdf = PdfFixtures.open(edition)) {
            List<String> pages = PdfFixtures.bodyTextByPage(pdf);
            List<String> full = PdfFixtures.fullTextByPage(pdf);
            for (Note note : notes) {
                String before = note.textBefore();
                String cited = before.substring(Math.max(0, before.length() - 24)) + note.label();
                int page = -1;
                for (int i = 0; i < pages.size() && page < 0; i++) {
                    if (pages.get(i).contains(cited)) {
                        page = i;
                    }
                }
                assertTrue(page >= 0, "note " + note.label() + " is cited");
                assertTrue(pages.get(page).contains(note.label() + note.text()),
                        "note " + note.label() + " at the foot of page " + (page + 1));
            }
            for (int i = 1; i < full.size(); i++) {
                assertTrue(full.get(i).contains("2013/2606(RSP)"), "header on page " + (i + 1));
            }
        }
    }
}
