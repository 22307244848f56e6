package org.polypress.structure;

import java.util.List;

/**
 * A node of the document tree. Text fields hold clean text with footnote references
 * ({@link org.polypress.clean.NoteRefs}).
 */
public sealed interface Node permits Node.Container, Node.Unit, Node.Prose, Node.ListBlock, Node.Box, Node.Quotation {

    /** Hierarchical containers, from the largest. */
    enum ContainerKind { PART, TITLE, CHAPTER, SECTION, SUBSECTION, LEVEL, ARTICLE, CROSS_HEADING }

    /** Numbered or bulleted units. */
    enum UnitKind { PARAGRAPH, POINT, ITEM, CITATION, RECITAL }

    /**
     * Roles of running text: a paragraph, a formula ("De Raad van de Europese Unie,", "Done at
     * Brussels, 13 March 2024."), and in an act's conclusions a signatory's role ("For the
     * Commission", "The President") and name ("Ursula VON DER LEYEN").
     */
    /**
     * What a prose block is: text, a formula, a signature's role or its signatory's name on a line of
     * its own, or the name printed on its role's line ("Marszałek Sejmu: M. Kuchciński").
     */
    enum Role { P, FORMULA, SIGNATURE_ROLE, SIGNATURE_PERSON, SIGNATURE_PERSON_AFTER_ROLE }

    /** A heading-bearing container: "Hoofdstuk I" + title, "2.1 Internationale belangen", a run-in heading. */
    record Container(ContainerKind kind, String num, String heading, List<Node> children) implements Node {
        public Container {
            children = List.copyOf(children);
        }
    }

    /** A numbered (or bulleted: num is the glyph) unit with its lead text and sub-units. */
    record Unit(UnitKind kind, String num, String text, List<Node> children) implements Node {
        public Unit {
            children = List.copyOf(children);
        }
    }

    /** A paragraph of running text, or a formula ("De Raad van de Europese Unie,"). */
    record Prose(String text, Role role) implements Node {
    }

    /** A list of items inside running text. */
    record ListBlock(List<Unit> items) implements Node {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /** A framed callout. */
    record Box(List<Prose> paragraphs) implements Node {
        public Box {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A quoted provision, as printed, one paragraph per block: the text an amending provision
     * inserts or substitutes ("‘Article 2", "Definitions", ...,"... sense.’;"). It belongs to the
     * provision that introduces it: a unit's child, or the block after the running text that does.
     */
    record Quotation(List<String> paragraphs) implements Node {
        public Quotation {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
