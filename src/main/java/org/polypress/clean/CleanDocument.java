package org.polypress.clean;

import java.util.List;

/**
 * The cleaning stage's result: blocks in reading order, footnotes (referenced from block text),
 * and what was done, for the report.
 */
public record CleanDocument(List<Block> blocks, List<Footnote> notes, Stats stats) {
    public CleanDocument {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    /**
     * Facts of the cleaning, reported per document; {@code charactersRemoved}: the characters the
     * glyph normaliser removed, by code point ("U+200B"), with their counts; {@code furnitureLines}
     * and {@code hyphenDecisions}: the changes one by one (the first {@link Repairs#LIMIT} of each);
     * {@code wordsRepaired}: letters of words that upstream tools broke, put back, by kind
     * ({@link BrokenWords}), {@code repairedWords} the first such words, "NOMOΣ → ΝΟΜΟΣ".
     */
    public record Stats(int pages, String pageEvidence, int furnitureRemoved, List<String> furnitureExamples,
                        int glyphsNormalised, boolean doubleSpaced, int hyphensJoined, int hyphensKept,
                        List<String> hyphensUndecided, int boxes, List<String> warnings,
                        java.util.Map<String, Integer> charactersRemoved,
                        List<Repairs.FurnitureLine> furnitureLines, List<Repairs.HyphenDecision> hyphenDecisions,
                        java.util.Map<String, Integer> wordsRepaired, List<String> repairedWords) {
        public Stats {
            wordsRepaired = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(wordsRepaired));
            repairedWords = List.copyOf(repairedWords);
            charactersRemoved = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(charactersRemoved));
            furnitureLines = List.copyOf(furnitureLines);
            hyphenDecisions = List.copyOf(hyphenDecisions);
            furnitureExamples = List.copyOf(furnitureExamples);
            hyphensUndecided = List.copyOf(hyphensUndecided);
            warnings = List.copyOf(warnings);
        }
    }
}
