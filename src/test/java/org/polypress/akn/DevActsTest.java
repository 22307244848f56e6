package org.polypress.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polypress.TestTexts;
import org.polypress.clean.Cleaner;
import org.polypress.ingest.ExtractedText;
import org.polypress.ingest.ExtractionLimits;
import org.polypress.ingest.Extractor;
import org.polypress.profile.LanguageProfile;
import org.polypress.profile.Profiles;
import org.polypress.structure.DocumentTree;
import org.polypress.structure.StructureBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The acts of the dev corpus (pdftotext's output; the Romanian draft also as its PDF) published as
 * Akoma Ntoso acts: kind, work URI and ELI, articles in order with their numbers, recitals and notes
 * counted, the signatures in the conclusions, no page furniture left, schema-valid.
 */
class DevActsTest {
    private static final AknValidator VALIDATOR = new AknValidator();

    private static Document act(String name) throws Exception {
        String xml = DevCorpusTest.xml(name);
        assertEquals(List.of(), VALIDATOR.errors(xml), name);
        return AknWriterTest.parse(xml);
    }

    private static Element root(Document d) {
        return (Element) d.getDocumentElement().getElementsByTagNameNS(AknWriter.NS, "act").item(0);
    }

    private static List<String> articles(Document d) {
        List<String> out = new ArrayList<>();
        for (Element a : AknWriterTest.elements(d, "article")) {
            out.add(a.getElementsByTagNameNS(AknWriter.NS, "num").item(0).getTextContent());
        }
        return out;
    }

    private static String attr(Document d, String element, String attribute) {
        return AknWriterTest.elements(d, element).get(0).getAttribute(attribute);
    }

    private static List<String> texts(Document d, String element) {
        return AknWriterTest.elements(d, element).stream().map(Element::getTextContent).toList();
    }

    /** The text a reader sees: everything outside the metadata. */
    private static String text(Document d) {
        StringBuilder b = new StringBuilder();
        for (String part : List.of("preface", "preamble", "body", "conclusions", "attachments")) {
            for (Element e : AknWriterTest.elements(d, part)) {
                b.append(e.getTextContent()).append('\n');
            }
        }
        return b.toString();
    }

    private static List<String> numbered(String word, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(word + i);
        }
        return out;
    }

    @Test
    void officialJournalDelegatedRegulation2024_1772() throws Exception {
        Document d = act("en_eu-reg-2024-1772_commission-delegated");
        assertEquals("regulation", root(d).getAttribute("name"));
        assertEquals("/akn/eu/act/regulation/2024/1772", attr(d, "FRBRuri", "value"));
        assertEquals("http://data.europa.eu/eli/reg_del/2024/1772/oj", attr(d, "FRBRalias", "value"));
        assertEquals(List.of("COMMISSION DELEGATED REGULATION"), texts(d, "docType"));
        assertEquals(List.of("(EU) 2024/1772"), texts(d, "docNumber"));
        assertEquals("2024-03-13", attr(d, "docDate", "date"));
        assertEquals(numbered("Article ", 1, 13), articles(d));
        assertEquals(18, AknWriterTest.elements(d, "recital").size());
        assertEquals(9, AknWriterTest.elements(d, "authorialNote").size());
        assertEquals(List.of("For the Commission", "The President"), texts(d, "role"));
        assertEquals(List.of("Ursula VON DER LEYEN"), texts(d, "person"));
        assertEquals("#role_2", attr(d, "person", "as"));
        assertEquals(1, AknWriterTest.elements(d, "TLCPerson").size());
        String text = text(d);
        assertFalse(text.contains("OJ L, 25.6.2024"), "running header");
        assertFalse(text.contains("ELI: http://data.europa.eu/eli/reg_del/2024/1772/oj"), "ELI footer");
        assertFalse(text.matches("(?s).*\\n\\s*\\d/9\\s*\\n.*"), "folio");
    }

    @Test
    void officialJournalDelegatedRegulation2025_301() throws Exception {
        Document d = act("en_eu-reg-2025-301_commission-delegated");
        assertEquals("/akn/eu/act/regulation/2025/301", attr(d, "FRBRuri", "value"));
        assertEquals("http://data.europa.eu/eli/reg_del/2025/301/oj", attr(d, "FRBRalias", "value"));
        assertEquals("2024-10-23", attr(d, "FRBRdate", "date"));
        assertEquals(numbered("Article ", 1, 7), articles(d));
        assertEquals(9, AknWriterTest.elements(d, "recital").size());
        assertEquals(7, AknWriterTest.elements(d, "authorialNote").size());
        assertEquals(List.of("Done at Brussels, 23 October 2024."), texts(d, "formula").subList(texts(d, "formula").size() - 1, texts(d, "formula").size()));
        assertFalse(text(d).contains("ELI: http://data.europa.eu/eli/reg_del/2025/301/oj"));
    }

    @Test
    void greekLaw4534() throws Exception {
        Document d = act("el_fek-a-77-2018_law-4534");
        assertEquals("law", root(d).getAttribute("name"));
        assertEquals("/akn/gr/act/law/2018/4534", attr(d, "FRBRuri", "value"));
        assertEquals("/akn/gr/act/law/2018/4534/gre@", AknWriterTest.elements(d, "FRBRuri").get(1).getAttribute("value"));
        assertEquals("2018-04-27", attr(d, "FRBRdate", "date"));
        assertEquals(List.of("Άρθρο πρώτο", "Άρθρο δεύτερο", "Άρθρο τρίτο", "Άρθρο τέταρτο", "Άρθρο πέμπτο", "Άρθρο έκτο",
                "Άρθρο έβδομο"), articles(d).stream().filter(a -> a.startsWith("Άρθρο")).toList());
        assertEquals(0, AknWriterTest.elements(d, "authorialNote").size());
        assertEquals(0, AknWriterTest.elements(d, "recital").stream().filter(r -> !r.getTextContent().startsWith("Whereas")).count());
        assertTrue(texts(d, "person").containsAll(List.of("ΠΡΟΚΟΠΙΟΣ Β. ΠΑΥΛΟΠΟΥΛΟΣ", "ΣΤΑΥΡΟΣ ΚΟΝΤΟΝΗΣ")), texts(d, "person").toString());
        String body = texts(d, "body").get(0);
        assertFalse(body.contains("ΣΤΑΥΡΟΣ ΚΟΝΤΟΝΗΣ") || body.contains("Παραγγέλλομε"), "signatures and the order to publish are conclusions");
        String text = text(d);
        assertFalse(text.contains("Τεύχος Α’ 77/30.04.2018"), "running header");
        assertFalse(text.contains("Digitally signed by"), "signature stamp");
    }

    @Test
    void greekLaw4532WhoseNameTheFontsBroke() throws Exception {
        // "NOMOΣ" (Latin N, O, M) and "ΕΦΗΜΕΡΙ∆Α" (U+2206) as pdftotext gives them: put back, the law is found.
        Document d = act("el_fek-a-63-2018_law-transposing-dir-2015-1794");
        assertEquals("law", root(d).getAttribute("name"));
        assertEquals("/akn/gr/act/law/2018/4532", attr(d, "FRBRuri", "value"));
        assertEquals("4532", attr(d, "FRBRnumber", "value"));
        assertEquals("Άρθρο 1", articles(d).get(0));
        String text = text(d);
        assertFalse(text.contains("\u2206"), "increment sign for delta");
        assertFalse(text.contains("NOMOΣ") || text.contains("TΗΣ"), "Latin lookalikes in Greek words");
        // An amending law: what it inserts or substitutes («...».) stays in the provision that says
        // so ("προστίθεται εδάφιο ως εξής:"); the articles are the law's own 1 to 36, in order.
        assertEquals(numbered("Άρθρο ", 1, 36), articles(d));
        List<Element> quoted = AknWriterTest.elements(d, "quotedStructure");
        assertTrue(quoted.size() >= 50, "quotations: " + quoted.size());
        for (Element q : quoted) {
            String t = q.getTextContent().strip();
            assertTrue(t.startsWith("«") && t.matches("(?s).*»[.,;]?"), t);
            assertEquals("mod", ((Element) q.getParentNode()).getLocalName());
        }
        assertTrue(quoted.stream().anyMatch(q -> q.getTextContent().startsWith("«Άρθρο 157")),
                "a whole article inserted into another law is quoted, not an article of this one");
        // Article 4's paragraphs stay paragraphs: the sentence on a line of its own after paragraph 4
        // ("Ο αριθμός των οριζομένων ...") is paragraph 4's second subparagraph, not text beside a list.
        Element art4 = AknWriterTest.elements(d, "article").get(3);
        assertEquals(0, art4.getElementsByTagNameNS(AknWriter.NS, "blockList").getLength(), art4.getTextContent());
        List<String> paras = new ArrayList<>();
        for (Element p : AknWriterTest.children(art4, "paragraph")) {
            paras.add(p.getElementsByTagNameNS(AknWriter.NS, "num").item(0).getTextContent());
        }
        assertEquals(List.of("1.", "2.", "3.", "4.", "5."), paras);
        assertTrue(AknWriterTest.children(art4, "paragraph").get(3).getTextContent().strip()
                .endsWith("του αριθμού των ειδικοτήτων των προς απόλυση ναυτικών."));
    }


    @Test
    void polishAnnouncementOfAConsolidatedText() throws Exception {
        Document d = act("pl_dzu-2015-poz-2058_obwieszczenie");
        assertEquals("announcement", root(d).getAttribute("name"));
        assertEquals("/akn/pl/act/announcement/2015/2058", attr(d, "FRBRuri", "value"));
        assertEquals("2015-11-19", attr(d, "docDate", "date"));
        // The announcement's name, then its annex's heading: the law it publishes is annexed, under
        // its own name and date.
        assertEquals(List.of("OBWIESZCZENIE",
                "Załącznik do obwieszczenia Marszałka Sejmu Rzeczypospolitej Polskiej z dnia 19 listopada 2015 r. (poz. 2058)",
                "USTAWA"), texts(d, "docType"));
        assertEquals(List.of("19 listopada 2015 r.", "6 września 2001 r."), texts(d, "docDate"));
        assertEquals(1, d.getElementsByTagNameNS("*", "attachment").getLength());
        List<String> arts = articles(d);
        assertEquals("Art. 1", arts.get(0));
        assertEquals("Art. 26", arts.get(arts.size() - 1));
        int last = 0;
        for (String a : arts) {
            int n = Integer.parseInt(a.replaceAll("\\D+", ""));
            assertTrue(n >= last, "articles in order: " + arts);
            last = n;
        }
        assertEquals(38, arts.size(), arts.toString());
        // All thirteen notes, "2.4) Obowiązane ..." (a note called on a paragraph's number) among them, and
        // 10)-13), whose numbers pdftotext set among their bodies out of order.
        assertEquals(13, AknWriterTest.elements(d, "authorialNote").size());
        String text = text(d);
        assertFalse(text.contains("–2–"), "page number");
        assertFalse(text.contains("Dokument podpisany"), "signature stamp");
    }

    @Test
    void romanianDraftEmergencyOrdinanceAsText() throws Exception {
        romanianDraft(act("ro_oug-internationalizare_draft-2017"));
    }

    @Test
    void romanianDraftEmergencyOrdinanceAsPdf() throws Exception {
        Profiles profiles = new Profiles();
        LanguageProfile ro = profiles.forLanguage("ro");
        ExtractedText text = new Extractor(ExtractionLimits.defaults()).extract("draft.pdf",
                org.polypress.ingest.TestFiles.resource("ro_oug-internationalizare_draft-2017.pdf"));
        DocumentTree tree = new StructureBuilder(Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC))
                .build(new Cleaner().clean(text.text(), ro, text.layout()), ro);
        String xml = new AknWriter().write(tree, "draft", LocalDate.of(2026, 1, 2));
        assertEquals(List.of(), VALIDATOR.errors(xml));
        romanianDraft(AknWriterTest.parse(xml));
    }

    private static void romanianDraft(Document d) {
        assertEquals("emergencyOrdinance", root(d).getAttribute("name"));
        String work = attr(d, "FRBRuri", "value");
        assertTrue(work.matches("/akn/ro/act/emergencyOrdinance/\\d{4}/nn-[0-9a-f]{8}"), work);
        assertTrue(AknWriterTest.elements(d, "FRBRnumber").isEmpty(), "the draft prints no number");
        List<String> arts = articles(d).stream().map(a -> a.replaceAll("\\D+", "")).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), arts);
        assertEquals("art_7", AknWriterTest.elements(d, "article").get(6).getAttribute("eId"));
        assertEquals(List.of("Ordonanţă de Urgenţă a Guvernului"), texts(d, "docType"));
        assertEquals(List.of("PRIM MINISTRU"), texts(d, "role"));
        assertEquals(List.of("SORIN MIHAI GRINDEANU"), texts(d, "person"));
    }
}
