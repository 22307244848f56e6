package org.polypress.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.polypress.clean.NoteRefs;
import org.polypress.profile.LanguageProfile;
import org.polypress.profile.Profiles;

/** Cleaning + structure on the three samples: the tree a legal editor expects. */
class StructureSamplesTest {
    private static final Profiles PROFILES = new Profiles();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);

    static DocumentTree tree(String resource, String lang) {
        LanguageProfile p = PROFILES.forLanguage(lang);
        return new StructureBuilder(CLOCK).build(new Cleaner().clean(TestTexts.read(resource), p), p);
    }

    static void collect(List<Node> nodes, List<Node> out) {
        for (Node n : nodes) {
            out.add(n);
            if (n instanceof Node.Container c) {
                collect(c.children(), out);
            } else if (n instanceof Node.Unit u) {
                collect(u.children(), out);
            } else if (n instanceof Node.ListBlock l) {
                collect(new ArrayList<>(l.items()), out);
            }
        }
    }

    static List<Node> all(DocumentTree.Part part) {
        List<Node> out = new ArrayList<>();
        collect(part.body(), out);
        return out;
    }

    @Test
    void councilConclusionsHaveCoverAnnexChaptersAndParagraphs() {
        DocumentTree t = tree(TestTexts.COUNCIL, "nl");
        assertEquals("doc", t.rootElement());
        assertEquals("14435/17", t.metadata().docNumber());
        assertEquals(LocalDate.of(2017, 11, 20), t.metadata().date());
        assertEquals("RESULTAAT BESPREKINGEN", t.metadata().docType());
        assertEquals("eu", t.metadata().country());
        assertEquals(1, t.annexes().size());
        DocumentTree.Part annex = t.annexes().get(0);
        assertEquals("BIJLAGE", annex.label());
        assertTrue(NoteRefs.strip(annex.title()).startsWith("Ontwerpconclusies van de Raad"));
        assertEquals("De Raad van de Europese Unie,", ((Node.Prose) annex.preamble().get(0)).text());
        List<Node> nodes = all(annex);
        List<String> chapters = nodes.stream().filter(n -> n instanceof Node.Container c && c.kind() == Node.ContainerKind.CHAPTER)
                .map(n -> ((Node.Container) n).num().toLowerCase(java.util.Locale.ROOT)).toList();
        assertEquals(List.of("hoofdstuk i", "hoofdstuk ii", "hoofdstuk iii"), chapters);
        List<String> paragraphs = nodes.stream().filter(n -> n instanceof Node.Unit u && u.kind() == Node.UnitKind.PARAGRAPH)
                .map(n -> ((Node.Unit) n).num()).toList();
        assertEquals(62, paragraphs.size());
        for (int i = 0; i < 62; i++) {
            assertEquals((i + 1) + ".", paragraphs.get(i));
        }
        Node.Unit p16 = (Node.Unit) nodes.stream().filter(n -> n instanceof Node.Unit u && "16.".equals(u.num())).findFirst().orElseThrow();
        assertEquals("PRIJST:", p16.text());
        assertEquals(4, p16.children().size());
    }

    @Test
    void resolutionHasPrefacePreambleAndCrossHeadings() {
        DocumentTree t = tree(TestTexts.RESOLUTION, "nl");
        assertEquals("statement", t.rootElement());
        assertEquals("resolution", t.name());
        assertEquals("2013/2606(RSP)", t.metadata().docNumber());
        assertEquals("(2013/2606(RSP))", t.main().numberLine());
        assertTrue(t.main().title().startsWith("Resolutie van het Europees Parlement over een EU-strategie"));
        long citations = t.main().preamble().stream().filter(n -> n instanceof Node.Unit u && u.kind() == Node.UnitKind.CITATION).count();
        List<String> recitals = t.main().preamble().stream().filter(n -> n instanceof Node.Unit u && u.kind() == Node.UnitKind.RECITAL)
                .map(n -> ((Node.Unit) n).num()).toList();
        assertEquals(21, citations);
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L"), recitals);
        List<Node> nodes = all(t.main());
        List<String> headings = nodes.stream().filter(n -> n instanceof Node.Container c && c.kind() == Node.ContainerKind.CROSS_HEADING)
                .map(n -> NoteRefs.strip(((Node.Container) n).heading())).toList();
        assertEquals(List.of("‘Cyberresilience’", "Industriële en technologische hulpmiddelen", "Cybercriminaliteit",
                "Cyberverdediging", "Internationaal beleid", "Implementatie"), headings);
        long paragraphs = nodes.stream().filter(n -> n instanceof Node.Unit u && u.kind() == Node.UnitKind.PARAGRAPH).count();
        assertEquals(52, paragraphs);
    }

    @Test
    void strategyHasNumberedSectionsListsAndABox() {
        DocumentTree t = tree(TestTexts.STRATEGY, "nl");
        List<Node> nodes = all(t.main());
        List<String> nums = nodes.stream().filter(n -> n instanceof Node.Container c && !c.num().isEmpty())
                .map(n -> ((Node.Container) n).num()).toList();
        assertEquals("1", nums.get(0));
        assertTrue(nums.containsAll(List.of("2.1.1", "2.1.2", "4.3.2", "4.6.2")), nums.toString());
        Node.Container s211 = (Node.Container) nodes.stream()
                .filter(n -> n instanceof Node.Container c && c.num().equals("2.1.1")).findFirst().orElseThrow();
        assertEquals(Node.ContainerKind.LEVEL, s211.kind());
        assertEquals("Maatschappelijke en Economische Groei", s211.heading());
        assertTrue(nodes.stream().anyMatch(n -> n instanceof Node.Box));
        assertNotNull(nodes.stream().filter(n -> n instanceof Node.ListBlock l && l.items().size() == 6
                && l.items().get(0).num().equals("1.")).findFirst().orElse(null), "the six numbered principles form one list");
        assertEquals(List.of(), t.unclassified());
    }
}
