package org.polypress.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.polypress.TestTexts;
import org.polypress.clean.Cleaner;
import org.polypress.profile.LanguageProfile;
import org.polypress.profile.Profiles;
import org.polypress.structure.DocumentTree;
import org.polypress.structure.StructureBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AknWriterTest {
    private static final Profiles PROFILES = new Profiles();
    private static final AknValidator VALIDATOR = new AknValidator();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);

    static String akn(String text, String lang, String name) {
        LanguageProfile p = PROFILES.forLanguage(lang);
        DocumentTree tree = new StructureBuilder(CLOCK).build(new Cleaner().clean(text, p), p);
        return new AknWriter().write(tree, name, LocalDate.of(2026, 1, 2));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document d, String local) {
        NodeList nl = d.getElementsByTagNameNS(AknWriter.NS, local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) {
            out.add((Element) nl.item(i));
        }
        return out;
    }

    /** The element children of an element with the given local name. */
    static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && AknWriter.NS.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void samplesAreValidWithUniqueConventionalEids() throws Exception {
        for (String sample : List.of(TestTexts.COUNCIL, TestTexts.RESOLUTION, TestTexts.STRATEGY)) {
            String xml = akn(TestTexts.read(sample), "nl", "sample");
            assertEquals(List.of(), VALIDATOR.errors(xml), sample);
            Document d = parse(xml);
            Set<String> seen = new HashSet<>();
            NodeList all = d.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                String eid = ((Element) all.item(i)).getAttribute("eId");
                if (!eid.isEmpty()) {
                    assertTrue(seen.add(eid), "duplicate eId " + eid);
                    assertTrue(eid.matches("[A-Za-z][A-Za-z0-9_\\-]*"), eid);
                }
            }
        }
    }

    @Test
    void councilMetadataAndNotes() throws Exception {
        Document d = parse(akn(TestTexts.read(TestTexts.COUNCIL), "nl", "000"));
        assertEquals("/akn/eu/doc/outcomeOfProceedings/2017-11-20/14435-17",
                elements(d, "FRBRuri").get(0).getAttribute("value"));
        assertEquals("dut", elements(d, "FRBRlanguage").get(0).getAttribute("language"));
        assertEquals("14435/17", elements(d, "FRBRnumber").get(0).getAttribute("value"));
        assertEquals("2017-11-20", elements(d, "FRBRdate").get(0).getAttribute("date"));
        List<Element> notes = elements(d, "authorialNote");
        assertEquals(21, notes.size());
        assertEquals("bottom", notes.get(0).getAttribute("placement"));
        assertEquals("authorialNote_1", notes.get(0).getAttribute("eId"));
        assertTrue(elements(d, "paragraph").stream().anyMatch(p -> p.getAttribute("eId").equals("att_1__para_16")));
        assertTrue(elements(d, "point").stream().anyMatch(p -> p.getAttribute("eId").equals("att_1__para_16__point_2")));
        assertTrue(elements(d, "chapter").stream().anyMatch(p -> p.getAttribute("eId").equals("att_1__chp_i")));
    }

    @Test
    void hostileTextIsEscapedAndStillValid() throws Exception {
        String text = "1. Inleiding\nDe tekst <script>alert('x')</script> & ]]> en {$x} <?pi?> <!-- c --> blijft tekst.\n"
                + "Nog een zin met \" en ' en <fo:block> erin.\n";
        String xml = akn(text, "nl", "hostile");
        assertEquals(List.of(), VALIDATOR.errors(xml));
        Document d = parse(xml);
        String all = d.getDocumentElement().getTextContent();
        assertTrue(all.contains("<script>alert('x')</script> & ]]> en {$x} <?pi?> <!-- c -->"), all);
        assertFalse(xml.contains("<script>"));
        assertTrue(elements(d, "script").isEmpty());
    }

    /** The opening of Commission Implementing Regulation (EU) 2015/1165 as EUR-Lex shows it: its notes are cut off. */
    static final String OJ_OPENING = String.join("\n",
            "COMMISSION IMPLEMENTING REGULATION (EU) 2015/1165",
            "",
            "of 15 July 2015",
            "",
            "approving the active substance halauxifen-methyl",
            "",
            "THE EUROPEAN COMMISSION,",
            "",
            "Having regard to the Treaty on the Functioning of the European Union,",
            "",
            "Having regard to Regulation (EC) No 1107/2009 of the European Parliament and of the Council of 21 October 2009 "
                    + "concerning the placing of plant protection products on the market and repealing Council Directives "
                    + "79/117/EEC and 91/414/EEC (1), and in particular Article 13(2) thereof,",
            "",
            "Whereas:",
            "",
            "(1)",
            "",
            "In accordance with Article 7(1) of Regulation (EC) No 1107/2009, the United Kingdom received on 20 September "
                    + "2012 an application from Dow AgroSciences Limited.",
            "");

    @Test
    void aNoteCalledWhoseBodyIsNotInTheSourceIsAnEmptyMarkedNote() throws Exception {
        String xml = akn(OJ_OPENING, "en", "oj");
        assertEquals(List.of(), VALIDATOR.errors(xml));
        Document d = parse(xml);
        List<Element> notes = elements(d, "authorialNote");
        assertEquals(1, notes.size());
        Element note = notes.get(0);
        assertEquals("1", note.getAttribute("marker"));
        assertEquals(AknWriter.NOT_IN_SOURCE, note.getAttribute("class"));
        assertEquals("", note.getTextContent());
        // The call is the note; the space before it went with it.
        Element citation = (Element) note.getParentNode().getParentNode();
        String text = citation.getTextContent();
        assertTrue(text.contains("79/117/EEC and 91/414/EEC, and in particular Article 13(2) thereof,"), text);
        assertEquals("citation", citation.getLocalName(), text);
    }

    /**
     * Each provision starts on a line of its own, so that a tool taking the XML's text reads the end of
     * one point apart from the next number ("... konsumentów." / "2."), while no text element gains a
     * character: every p keeps exactly its words, and the document stays valid.
     */
    @Test
    void provisionsStartOnLinesOfTheirOwnAndTextElementsGainNothing() throws Exception {
        String xml = akn(TestTexts.read(TestTexts.COUNCIL), "nl", "000");
        assertEquals(List.of(), VALIDATOR.errors(xml));
        assertTrue(xml.contains("\n<mainBody>") || xml.contains("\n<body>"), "the body starts on a line of its own");
        assertTrue(java.util.regex.Pattern.compile("</(paragraph|point|item|hcontainer|section)>\n<").matcher(xml).find(), xml);
        for (Element p : elements(parse(xml), "p")) {
            assertFalse(p.getTextContent().contains("\n"), p.getTextContent());
        }
    }
}
