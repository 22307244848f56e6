package org.polypress.publish.parallel;

import java.util.Objects;
import java.util.Set;

/**
 * One block of a language version as the side-by-side page aligns it: a heading (with its unit's
 * number) or a paragraph, the eId of the unit it belongs to, its text without notes, and its
 * anchors (see {@link Anchors}).
 *
 * @param heading true for a heading, false for a paragraph
 * @param unit    the eId of the nearest unit around it ("art_1__para_2", "hcontainer_4"), "" if none
 * @param num     the unit's number as printed ("1.", "(a)"), "" if none or not the unit's first block
 * @param text    the text, spaces normalised
 */
public record Block(boolean heading, String unit, String num, String text, Set<String> anchors) {
    public Block {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(num, "num");
        Objects.requireNonNull(text, "text");
        anchors = Set.copyOf(anchors);
    }

    /** The block of a version, its anchors read from its number and text. */
    static Block of(boolean heading, String unit, String num, String text) {
        return new Block(heading, unit, num, text, Anchors.of(num + " " + text));
    }
}
