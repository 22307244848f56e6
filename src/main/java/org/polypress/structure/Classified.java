package org.polypress.structure;

import org.polypress.clean.Block;

/**
 * A block and what it is. {@code num} is the printed label ("16.", "A.", "Hoofdstuk I", "•");
 * {@code text} the block's text without that label; {@code depth} the nesting depth of a numbered
 * heading ("2.1.3" = 3). {@code ARTICLE_TEXT} is an article label with its text on the same line
 * ("Art. 1. 1. Każda informacja ..."): {@code num} is the label, {@code text} the rest.
 * {@code QUOTED} is a block of a quoted provision ({@link Quotations}), its text whole;
 * {@code depth} 1 where a quotation opens.
 */
public record Classified(Kind kind, String num, String text, int depth, Block block) {
    public enum Kind {
        ANNEX, WORD_HEADING, ARTICLE_TEXT, NUM_HEADING, HEADING, PARAGRAPH, POINT, BULLET, CITATION, RECITAL,
        PAREN_NUMBERED, FORMULA, RECITALS_INTRO, ENACTING, BOX, QUOTED, PROSE
    }

    public String plain() {
        return org.polypress.clean.NoteRefs.strip(text);
    }
}
