package org.polypress.pipeline;

import java.util.List;
import java.util.Map;
import org.polypress.clean.Repairs;

/**
 * The shape of {@code report/NAME.json}: what was read, how it was cleaned and structured, and how
 * long each stage took, in this key order ({@link RecordJson} writes the components in order).
 *
 * @param input        the input's file name
 * @param outcome      {@code published}
 * @param mediaType    the detected media type
 * @param charset      the text's encoding, when it had to be decided
 * @param language     the detected language and the profile used
 * @param pages        how many pages, and what told where they end
 * @param furniture    the page furniture removed
 * @param footnotes    the notes found and linked
 * @param hyphenation  the line-end hyphens joined, kept and undecided
 * @param layout       facts of the layout the cleaner repaired
 * @param document     the document's facts as the structure stage found them
 * @param unclassified blocks the structure stage could not place
 * @param warnings     warnings of extraction, cleaning and the PDF edition, in that order
 * @param pdfPages     pages of the PDF edition
 * @param millis       milliseconds, in all and by stage
 */
public record Report(String input, String outcome, String mediaType, String charset, Language language, Pages pages,
                     Furniture furniture, Footnotes footnotes, Hyphenation hyphenation, Layout layout,
                     Document document, List<String> unclassified, List<String> warnings, int pdfPages,
                     Millis millis) {

    /** The same report with what the editions add: their warnings, the PDF's pages and the times. */
    Report withEditions(List<String> allWarnings, int pdfPageCount, Millis times) {
        return new Report(input, outcome, mediaType, charset, language, pages, furniture, footnotes, hyphenation,
                layout, document, unclassified, allWarnings, pdfPageCount, times);
    }

    /** {@code iso639-2b} is the profile's bibliographic code. */
    public record Language(String code, double confidence, String profile,
                           @RecordJson.Key("iso639-2b") String iso6392b) {
    }

    /** {@code boundaries}: the evidence the page ends were found by. */
    public record Pages(int count, String boundaries) {
    }

    public record Furniture(int linesRemoved, List<String> examples, List<Repairs.FurnitureLine> lines) {
    }

    public record Footnotes(int found, long linked, long unlinked, List<Note> notes) {
    }

    /** {@code inSource}: the note's body was printed in the source (not only its call). */
    public record Note(int id, String marker, int page, boolean linked, boolean inSource) {
    }

    public record Hyphenation(int joined, int kept, List<String> undecided, List<Hyphen> decisions) {
    }

    /** A line-end hyphen: as printed, the next line's start, the result, whether kept, and why. */
    public record Hyphen(String printed, String next, String result, boolean kept, String why) {
    }

    /**
     * Layout facts, the characters removed, and the letters of words upstream tools broke that were
     * put back ({@code wordsRepaired} by kind, {@code repairedWords} the first of them).
     */
    public record Layout(boolean doubleSpaced, int glyphsNormalised, int boxes, int blocks,
                         Map<String, Integer> charactersRemoved, Map<String, Integer> wordsRepaired,
                         List<String> repairedWords) {
    }

    /** {@code type}: root element and name ({@code act/regulation}). */
    /**
     * The document as structured: its AKN type, title, number, date, the work's country and IRI and
     * what identified the work ("none": the text states neither number nor date, and the work is
     * numbered by a fingerprint of its text, see {@code WorkIdentity}), and its annexes.
     */
    public record Document(String type, String title, String number, String date, boolean dateFromText,
                           String country, String work, String workIdentifiedBy, int annexes,
                           @RecordJson.Key(omitNull = true) Act act) {
    }

    /**
     * A legislative act: its AKN kind ("regulation"), its name as printed, its work IRI, the ELI the
     * journal prints (null if none) and what its identity lacks ("number", "date").
     */
    public record Act(String kind, String type, String work, String eli, List<String> missing) {
    }

    public record Millis(long total, Map<String, Double> stages) {
    }
}
