package org.polypress.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.polypress.config.Settings;

/**
 * The PDF edition's contents: printed only for a document estimated to reach
 * {@code pdf.contents.min-pages} pages, and for an act down to its articles, never its
 * signatures, formulas or conclusions.
 */
class ContentsTest {

    private static final String HEAD = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="document"><meta>
            <identification source="#t"><FRBRWork><FRBRthis value="/akn/gr/doc/2018-04-27/4534/!main"/>
            <FRBRuri value="/akn/gr/doc/2018-04-27/4534"/><FRBRdate date="2018-04-27" name="document"/>
            <FRBRauthor href="#t"/><FRBRcountry value="gr"/><FRBRnumber value="4534/2018"/>
            <FRBRname value="ΝΟΜΟΣ ΥΠ’ ΑΡΙΘΜ. 4534"/></FRBRWork>
            <FRBRExpression><FRBRthis value="/akn/gr/doc/2018-04-27/4534/ell@/!main"/>
            <FRBRuri value="/akn/gr/doc/2018-04-27/4534/ell@"/><FRBRdate date="2018-04-27" name="document"/>
            <FRBRauthor href="#t"/><FRBRlanguage language="ell"/></FRBRExpression>
            <FRBRManifestation><FRBRthis value="/akn/gr/doc/2018-04-27/4534/ell@/!main.xml"/>
            <FRBRuri value="/akn/gr/doc/2018-04-27/4534/ell@.akn"/><FRBRdate date="2018-04-27" name="generation"/>
            <FRBRauthor href="#t"/></FRBRManifestation></identification></meta>
            <preamble><formula name="enactingFormula" eId="preamble__formula_1"><p>Εκδίδομε τον ακόλουθο νόμο που ψήφισε η Βουλή:</p></formula></preamble>
            <mainBody>
            """;

    /** One article of Greek law 4534/2018 (ΦΕΚ Α 77) as the structure stage writes it; %d numbers it. */
    private static final String ARTICLE = """
            <article eId="art_%1$d"><num>Άρθρο %1$d</num><heading>Κυρώσεις</heading>
            <paragraph eId="art_%1$d__para_1"><num>1.</num><content><p>Σε περίπτωση μη υποβολής ΕαΧ, εκ μέρους
            των κατά τις ανωτέρω διατάξεις υποχρέων, επιβάλλεται πρόστιμο είκοσι χιλιάδων (20.000) ευρώ, ενώ σε
            περίπτωση εκπρόθεσμης υποβολής ή υποβολής ανακριβούς ΕαΧ επιβάλλεται πρόστιμο δέκα χιλιάδων (10.000)
            ευρώ.</p></content></paragraph>
            <paragraph eId="art_%1$d__para_2"><num>2.</num><content><p>Ο Διοικητής της Α.Α.Δ.Ε. είναι αρμόδιος για
            την έκδοση των πράξεων επιβολής των προστίμων της προηγούμενης παραγράφου. Οι διατάξεις του ν. 4174/2013
            (Α΄170) και ιδίως, αυτές που αφορούν στο φορολογικό έλεγχο, την επιβολή του προστίμου και την είσπραξη,
            εφαρμόζονται αναλόγως και για τις πράξεις της παραγράφου 1.</p></content></paragraph></article>
            """;

    /** The last article of that law with the signatures the structure stage made cross-headings of. */
    private static final String LAST_ARTICLE = """
            <article eId="art_last"><num>Άρθρο έβδομο</num><heading>Έναρξη ισχύος</heading>
            <hcontainer name="crossHeading" eId="art_last__hcontainer_1"><heading>Η ισχύς του παρόντος νόμου αρχίζει
            από τη δημοσίευσή του στην Εφημερίδα της Κυβερνήσεως</heading><content><p>Παραγγέλλομε τη δημοσίευση του
            παρόντος στην Εφημερίδα της Κυβερνήσεως και την εκτέλεσή του ως νόμου του Κράτους.</p></content></hcontainer>
            <hcontainer name="crossHeading" eId="art_last__hcontainer_2"><heading>Αθήνα, 27 Απριλίου 2018</heading><content><p></p></content></hcontainer>
            <hcontainer name="crossHeading" eId="art_last__hcontainer_3"><heading>Ο Πρόεδρος της Δημοκρατίας</heading><content><p></p></content></hcontainer>
            <hcontainer name="crossHeading" eId="art_last__hcontainer_4"><heading>ΠΡΟΚΟΠΙΟΣ Β. ΠΑΥΛΟΠΟΥΛΟΣ</heading><content><p></p></content></hcontainer>
            </article>
            """;

    /** Cross-headings beside the articles, as the structure stage made of a signature block in a section. */
    private static final String SIGNATURES = """
            <hcontainer name="crossHeading" eId="sig_1"><heading>Για την Αρμόδια Αρχή των</heading><content><p></p></content></hcontainer>
            <hcontainer name="crossHeading" eId="sig_2"><heading>Γεώργιος Πιτσιλής</heading><content><p></p></content></hcontainer>
            """;

    private static final String TAIL = """
            </mainBody><conclusions eId="conclusions_1"><p>Αθήνα, 27 Απριλίου 2018</p>
            <p>Ο επί της Δικαιοσύνης Υπουργός</p><p>ΣΤΑΥΡΟΣ ΚΟΝΤΟΝΗΣ</p></conclusions></doc></akomaNtoso>
            """;

    private static final Pattern TOC_LINE = Pattern.compile("<fo:block role=\"TOCI\"[^>]*>\\s*<fo:basic-link[^>]*fox:alt-text=\"([^\"]*)\"");

    /** A law of two parts holding {@code articles} articles each (about 600 characters an article). */
    private static String act(int articles) {
        StringBuilder xml = new StringBuilder(HEAD);
        for (int part = 1; part <= 2; part++) {
            xml.append("<part eId=\"part_").append(part).append("\"><num>ΜΕΡΟΣ ").append(part).append("</num>");
            xml.append("<section eId=\"sec_").append(part).append("\"><num>ΤΜΗΜΑ ").append(part)
                    .append("</num><heading>Ορισμοί</heading>");
            for (int a = 1; a <= articles; a++) {
                xml.append(ARTICLE.formatted(part * 100 + a));
            }
            xml.append(SIGNATURES).append("</section>");
            if (part == 2) {
                xml.append(LAST_ARTICLE);
            }
            xml.append("</part>");
        }
        return xml.append(TAIL).toString();
    }

    private static List<String> contents(String fo) {
        List<String> lines = new ArrayList<>();
        Matcher m = TOC_LINE.matcher(fo);
        while (m.find()) {
            lines.add(m.group(1));
        }
        return lines;
    }

    private static String fo(PdfRenderer renderer, String akn) throws Exception {
        return renderer.renderFo(PdfFixtures.parse(akn), "el", Map.of());
    }

    private static PdfRenderer renderer(int minPages) throws Exception {
        return new PdfRenderer(PdfFixtures.PROCESSOR, PdfFixtures.xsltFolder(), minPages);
    }

    @Test
    void aShortDocumentHasNoContents() throws Exception {
        String fo = fo(renderer(Settings.builder().build().pdfContentsMinPages()), act(1)); // one page
        assertEquals(List.of(), contents(fo));
        assertFalse(fo.contains("role=\"TOC\""), "no contents block");
    }

    @Test
    void aLongActListsItsDivisionsDownToTheArticlesAndNoSignatureFormulaOrConclusion() throws Exception {
        String akn = act(16); // about 20,000 characters: eight pages and more
        List<String> lines = contents(fo(renderer(PdfRenderer.CONTENTS_MIN_PAGES_DEFAULT), akn));
        assertEquals(2 + 2 + 32 + 1, lines.size(), String.join("\n", lines));
        assertEquals("ΜΕΡΟΣ 1", lines.get(0));
        assertEquals("ΤΜΗΜΑ 1 Ορισμοί", lines.get(1));
        assertEquals("Άρθρο 101 Κυρώσεις", lines.get(2));
        assertEquals("Άρθρο έβδομο Έναρξη ισχύος", lines.get(lines.size() - 1));
        for (String line : lines) {
            assertTrue(line.startsWith("ΜΕΡΟΣ") || line.startsWith("ΤΜΗΜΑ") || line.startsWith("Άρθρο"), line);
        }
        PdfEdition edition = renderer(PdfRenderer.CONTENTS_MIN_PAGES_DEFAULT).render(
                PdfFixtures.parse(akn), "el", PdfFixtures.labels("el"));
        try (PDDocument pdf = PdfFixtures.open(edition)) {
            List<String> pages = PdfFixtures.fullTextByPage(pdf);
            String contents = pages.get(0);
            assertTrue(contents.contains(PdfFixtures.normalize("Άρθρο 216 Κυρώσεις")), contents);
            for (String absent : List.of("ΠΡΟΚΟΠΙΟΣ", "Πιτσιλής", "Πρόεδρος", "Αθήνα", "Εκδίδομε", "ΚΟΝΤΟΝΗΣ", "πρόστιμο")) {
                assertFalse(contents.contains(PdfFixtures.normalize(absent)), absent + " in the contents: " + contents);
            }
            assertTrue(pages.get(1).contains("Άρθρο") && !pages.get(1).contains(". . . . ."),
                    "the contents holds on one page: " + pages.get(1));
        }
    }

    @Test
    void theSettingMovesTheThreshold() throws Exception {
        String shortAct = act(1);
        assertEquals(List.of(), contents(fo(renderer(6), shortAct)));
        assertEquals(2 + 2 + 2 + 1, contents(fo(renderer(1), shortAct)).size(), "one page: enough for 1");
        assertEquals(2 + 2 + 2 + 1, contents(fo(renderer(0), shortAct)).size());
        assertEquals(List.of(), contents(fo(renderer(2), shortAct)), "one page: not enough for 2");
        assertEquals(List.of(), contents(fo(renderer(40), act(16))), "eight pages: not enough for 40");

        assertEquals(6, Settings.builder().build().pdfContentsMinPages());
        assertEquals(2, Settings.builder().build().with(Settings.PDF_CONTENTS_MIN_PAGES, "2").pdfContentsMinPages());
        assertThrows(RuntimeException.class,
                () -> Settings.builder().build().with(Settings.PDF_CONTENTS_MIN_PAGES, "-1"));
    }
}
