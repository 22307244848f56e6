package org.polypress.structure;

import java.time.LocalDate;
import java.util.List;
import org.polypress.clean.Footnote;

/**
 * The structured document: cover page, the main part and its annexes, footnotes, metadata.
 * {@code rootElement} is the Akoma Ntoso document type ("doc", "statement"), {@code name} its
 * {@code @name} ("outcomeOfProceedings", "resolution", "document"; an act's kind: "regulation", "law").
 * {@code act} is what identifies a legislative act (null for other documents).
 */
public record DocumentTree(String rootElement, String name, List<Node> cover, Part main, List<Part> annexes,
                           List<Footnote> notes, Metadata metadata, List<String> unclassified, Act act,
                           List<String> warnings) {
    public DocumentTree {
        cover = List.copyOf(cover);
        annexes = List.copyOf(annexes);
        notes = List.copyOf(notes);
        unclassified = List.copyOf(unclassified);
        warnings = List.copyOf(warnings);
    }

    /** A tree whose structure rules all ran. */
    public DocumentTree(String rootElement, String name, List<Node> cover, Part main, List<Part> annexes,
                        List<Footnote> notes, Metadata metadata, List<String> unclassified, Act act) {
        this(rootElement, name, cover, main, annexes, notes, metadata, unclassified, act, List.of());
    }

    /**
     * A document part: the main document or an annex. {@code label} is the printed part label
     * ("BIJLAGE"), {@code title} the long title, {@code numberLine} a printed document or
     * procedure number line ("(2013/2606(RSP))"), {@code frontMatter} other lines before the
     * preamble (a journal masthead), {@code toc} the entries of a printed table of contents
     * (navigation, kept apart from the text), {@code shortTitle} the short title printed over the long
     * one (a resolution's subject over "European Parliament resolution of ..."), or null.
     */
    public record Part(String label, String title, String numberLine, List<String> frontMatter, List<String> afterTitle,
                       List<String> toc, List<Node> preamble, List<Node> body, List<Node> conclusions,
                       AnnexedAct annexedAct, String shortTitle) {
        public Part {
            toc = List.copyOf(toc);
            frontMatter = List.copyOf(frontMatter);
            afterTitle = List.copyOf(afterTitle);
            preamble = List.copyOf(preamble);
            body = List.copyOf(body);
            conclusions = List.copyOf(conclusions);
        }

        public Part(String label, String title, String numberLine, List<String> frontMatter, List<String> afterTitle,
                    List<String> toc, List<Node> preamble, List<Node> body, List<Node> conclusions) {
            this(label, title, numberLine, frontMatter, afterTitle, toc, preamble, body, conclusions, null, null);
        }

        public Part(String label, String title, String numberLine, List<String> frontMatter, List<String> afterTitle,
                    List<String> toc, List<Node> preamble, List<Node> body, List<Node> conclusions, AnnexedAct annexedAct) {
            this(label, title, numberLine, frontMatter, afterTitle, toc, preamble, body, conclusions, annexedAct, null);
        }

        /** A new part with the given printed table of contents. */
        public Part withToc(List<String> entries) {
            return new Part(label, title, numberLine, frontMatter, afterTitle, entries, preamble, body, conclusions, annexedAct, shortTitle);
        }

        /** A new part with the given title. */
        public Part withTitle(String value) {
            return new Part(label, value, numberLine, frontMatter, afterTitle, toc, preamble, body, conclusions, annexedAct, shortTitle);
        }

        /** A new part with the given short title. */
        public Part withShortTitle(String value) {
            return new Part(label, title, numberLine, frontMatter, afterTitle, toc, preamble, body, conclusions, annexedAct, value);
        }
    }

    /**
     * What an annexed act's title prints of its identity ("USTAWA" "z dnia 6 września 2001 r." "o
     * dostępie do informacji publicznej"): its name as printed, the date as printed (null when the
     * title has none) and that date.
     */
    public record AnnexedAct(String type, String datePrinted, LocalDate date) {
    }

    /** What the document says about itself, or what was detected. */
    public record Metadata(String title, String docNumber, LocalDate date, boolean dateFromText, String language,
                           String iso6392b, String country, String author, String docType) {
    }

    /**
     * A legislative act's identity as printed: {@code type} the act's name ("COMMISSION DELEGATED
     * REGULATION", "ΝΟΜΟΣ", "OBWIESZCZENIE"), {@code numberPrinted} its number as the title prints it
     * ("(EU) 2024/1772", "ΥΠ’ ΑΡΙΘΜ. 4534"; null when the title has none), {@code datePrinted} the
     * title's date ("13 March 2024"; null when none), {@code eli} the European Legislation Identifier
     * the journal prints for it (null when it prints none), {@code missing} what could not be found in
     * the text ("number", "date"), for the report.
     */
    public record Act(String type, String numberPrinted, String datePrinted, String eli, List<String> missing) {
        public Act {
            missing = List.copyOf(missing);
        }
    }
}
