package org.polypress.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.polypress.ingest.LayoutEvidence;
import org.polypress.profile.LanguageProfile;
import org.polypress.profile.Profiles;

/**
 * The cleaning stage: raw extracted text in, clean blocks and footnotes out. Composes the steps
 * in order: glyphs, letter-spaced capitals, pages, furniture, footnotes, note calls without notes, bullets put back before
 * their items, lines to blocks, the
 * type each block is printed in (from a PDF's layout evidence). Stateless and thread-safe;
 * each call builds its own per-document state (the document's vocabulary).
 */
public final class Cleaner {
    private final GlyphNormalizer glyphs = new GlyphNormalizer();
    private final PageSplitter splitter = new PageSplitter();
    /** Signing software stamps in English whatever the document's language (see {@link FurnitureWords#of}). */
    private static final LanguageProfile ENGLISH = new Profiles().forLanguage("en");
    private final FurnitureRemover furniture = new FurnitureRemover();

    public CleanDocument clean(String rawText, LanguageProfile profile) {
        return clean(rawText, profile, LayoutEvidence.NONE);
    }

    /**
     * @param layout what the PDF's layout says about the text ({@link LayoutEvidence#NONE} for text
     *               input): raised footnote markers, lines in larger or bolder type
     */
    public CleanDocument clean(String rawText, LanguageProfile profile, LayoutEvidence layout) {
        GlyphNormalizer.Result g = glyphs.normalize(rawText, layout.present());
        BrokenWords broken = BrokenWords.of(profile);
        BrokenWords.Result repaired = broken.apply(g.text());
        LetterSpacing.Result spaced = LetterSpacing.apply(repaired.text());
        PageSplitter.Result split = splitter.split(spaced.text());
        LayoutColumns.Result columns = LayoutColumns.apply(split.pages());
        FurnitureWords furnitureWords = FurnitureWords.of(profile, ENGLISH);
        FurnitureRemover.Result f = furniture.remove(columns.pages(), furnitureWords);
        Set<String> conjunctions = new HashSet<>();
        for (String c : profile.list("conjunctions")) {
            conjunctions.add(c.toLowerCase(Locale.ROOT));
        }
        Dehyphenator joiner = new Dehyphenator(spaced.text(), conjunctions, WordList.forLanguage(profile.code()));
        FootnoteExtractor.Result notes = new FootnoteExtractor(joiner, layout)
                .extract(joiner.restore(f.pages()), joiner.restore(columns.pages()));
        UnprintedNoteCalls.Result calls = UnprintedNoteCalls.of(profile).find(notes.pages(), notes.notes());
        LanguageProfile words = profile.withEnglishOriginals();
        java.util.function.UnaryOperator<String> asCleaned = s -> broken.apply(glyphs.normalize(s, layout.present()).text()).text();
        LineStarts starts = new LineStarts(structureWords(words),
                labelPattern(words, List.of("chapter", "part", "title", "section", "article")),
                articleWithText(words), labels(profile), leadWords(words), profile.annexReference()).withQuotes(profile.quotes());
        BlockBuilder.Result blocks = new BlockBuilder(joiner, actingFormula(profile), starts, actName(profile), !layout.present()).withTitleLead(profile.longLeadPattern("resolution")).build(BulletColumns.apply(furniture.coverFirst(InterleavedLabels.apply(CellBreaks.apply(SuperscriptDigits.apply(calls.pages(), layout), layout, asCleaned)), furnitureWords)));
        List<String> warnings = new ArrayList<>();
        if (!columns.split().isEmpty()) {
            warnings.add("two columns side by side (pdftotext -layout) on " + columns.split().size()
                    + (columns.split().size() == 1 ? " page" : " pages") + ", read column by column at the gutter: "
                    + columns.split());
        }
        warnings.addAll(notes.warnings());
        for (String j : spaced.joined()) {
            warnings.add("letter-spaced capitals joined: " + j);
        }
        warnings.addAll(calls.warnings());
        for (String m : blocks.movedLabels()) {
            warnings.add("a label set apart from its item was moved back to it (the label column read after the text): " + m);
        }
        if (blocks.leads().marked() > 0) {
            warnings.add(blocks.leads().marked() + " sentences set apart as leads of their passages (text input: after a blank line,"
                    + " running into the passage; " + blocks.leads().proven() + " of them wrap short of the body's measure, a wider face;"
                    + " the others are one line)");
        }
        CleanDocument.Stats stats = new CleanDocument.Stats(split.pages().size(), split.evidence(), f.removed(),
                f.examples(), g.changed(), blocks.doubleSpaced(), joiner.joinedCount(), joiner.keptCount(),
                joiner.undecided(), blocks.boxes(), warnings, g.removed(), f.lines(), joiner.decisions(),
                repaired.repairs(), repaired.examples());
        List<Block> typed = new TypeMarker(layout, asCleaned, starts).mark(blocks.blocks());
        return new CleanDocument(typed, calls.notes(), stats);
    }

    /** "Art. 1. 1. Każda", "ART. 1 În cadrul": an article number, then text starting with a capital or digit. */
    static Pattern articleWithText(LanguageProfile profile) {
        String v = profile.get("article");
        return v.isEmpty() ? null : Pattern.compile("^(?iu:" + v + ")\\s*(?:[IVXLC]+|\\d+[a-z]?)\\.?\\s+(?=[\\p{Lu}\\d])");
    }

    /** Cover-page labels followed by a colon: "van:", "Betreft:", "Subject:". */
    static Pattern labels(LanguageProfile profile) {
        String v = profile.get("addressing");
        return v.isEmpty() ? null
                : Pattern.compile("^(?:" + v + ")\\s*:", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Citation lead words, the recitals formula, the closing formula and a gazette's order to publish
     * open a block: "Having regard to", "– gezien", "Whereas:", "Done at Brussels, 13 March 2024.",
     * "Παραγγέλλομε τη δημοσίευση του παρόντος ...".
     */
    static Pattern leadWords(LanguageProfile profile) {
        List<String> alts = new ArrayList<>();
        for (String key : List.of("citation.lead", "formula.recitals", "formula.done", "formula.closing")) {
            if (!profile.get(key).isEmpty()) {
                alts.add(profile.get(key));
            }
        }
        return alts.isEmpty() ? null : Pattern.compile("^(?:[–—-]\\s*)?(?:" + String.join("|", alts) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The acting-entity and enacting formulas ("THE EUROPEAN COMMISSION,", "HAS ADOPTED THIS
     * REGULATION:") are lines of their own: each starts and ends its block.
     */
    static Pattern actingFormula(LanguageProfile profile) {
        List<String> alts = new ArrayList<>();
        for (String key : List.of("formula.acting", "formula.enacting")) {
            if (!profile.get(key).isEmpty()) {
                alts.add(profile.get(key));
            }
        }
        return alts.isEmpty() ? null : Pattern.compile("^(?:" + String.join("|", alts) + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The name of a kind of act alone on its line, possibly with its issuer in a few words
     * ("USTAWA", "Ordonanţă de Urgenţă a Guvernului"): the profile's document types.
     */
    static Pattern actName(LanguageProfile profile) {
        String v = profile.get("doctype");
        return v.isEmpty() ? null
                : Pattern.compile("^(?:" + v + ")(?:\\s+\\p{L}+){0,3}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Structure words that open a block: chapter, part, title, section, article, annex words. */
    static Pattern structureWords(LanguageProfile profile) {
        return labelPattern(profile, List.of("chapter", "part", "title", "section", "article", "annex"));
    }

    private static Pattern labelPattern(LanguageProfile profile, List<String> keys) {
        List<String> words = new ArrayList<>();
        for (String key : keys) {
            words.addAll(profile.alternatives(key));
        }
        if (words.isEmpty()) {
            return null;
        }
        // A structure word alone, or followed by a number: "Hoofdstuk I", "ANNEX", "Article 5", "Άρθρο πρώτο".
        return Pattern.compile("^(?:" + String.join("|", words) + ")(?:\\s+" + profile.unitNumber() + "\\.?)?\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
