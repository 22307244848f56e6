package org.polypress.archive;

import static org.polypress.archive.ReportFacts.note;

import java.util.List;
import org.polypress.pipeline.Stage;

/**
 * The PREMIS events of a publication, one per part of the pipeline, with the pipeline stages each
 * covers, what it does, the programs that ran it (agent names as in {@link Software}) and which
 * of the report's counts it states.
 */
enum PremisEvent {
    EXTRACTION("extraction", List.of(Stage.EXTRACT),
            "text and page breaks extracted from the input; its media type, character set and language detected",
            List.of(Software.POLYPRESS, Software.TIKA, Software.PDFBOX)) {
        @Override
        List<String> notes(ReportFacts r) {
            return r.notes(note("media type", "mediaType"), note("character set", "charset"),
                    note("pages", "pages", "count"), note("page boundaries", "pages", "boundaries"),
                    note("language", "language", "code"), note("language confidence", "language", "confidence"),
                    note("language profile", "language", "profile"));
        }
    },
    CLEANING("cleaning",
            List.of(Stage.CLEAN),
            "page furniture removed, footnotes separated and linked to their markers, line-end hyphens resolved, "
                    + "lines joined into paragraphs; the text itself is kept",
            List.of(Software.POLYPRESS)) {
        @Override
        List<String> notes(ReportFacts r) {
            return r.notes(note("furniture lines removed", "furniture", "linesRemoved"),
                    note("footnotes found", "footnotes", "found"), note("notes linked", "footnotes", "linked"),
                    note("notes unlinked", "footnotes", "unlinked"), note("hyphens joined", "hyphenation", "joined"),
                    note("hyphens kept", "hyphenation", "kept"), note("hyphens undecided", "hyphenation", "undecided"),
                    note("glyphs repaired", "layout", "glyphsNormalised"), note("blocks", "layout", "blocks"));
        }
    },
    STRUCTURING("structuring", List.of(Stage.STRUCTURE, Stage.AKN),
            "blocks recognised as the parts of the document (title, preamble, articles, annexes) and written as "
                    + "Akoma Ntoso 3.0",
            List.of(Software.POLYPRESS)) {
        @Override
        List<String> notes(ReportFacts r) {
            return r.notes(note("document type", "document", "type"), note("document number", "document", "number"),
                    note("document date", "document", "date"), note("annexes", "document", "annexes"),
                    note("unclassified blocks", "unclassified"));
        }
    },
    VALIDATION("validation", List.of(Stage.VALIDATE),
            "the Akoma Ntoso validated against the OASIS Akoma Ntoso 3.0 schema",
            List.of(Software.POLYPRESS, Software.JAVA)) {
        @Override
        List<String> notes(ReportFacts r) {
            return List.of("valid against the Akoma Ntoso 3.0 schema");
        }
    },
    RENDERING("rendering", List.of(Stage.FO, Stage.PDF, Stage.HTML),
            "the PDF/A-2b edition rendered from the Akoma Ntoso, and the HTML edition",
            List.of(Software.POLYPRESS, Software.SAXON, Software.FOP)) {
        @Override
        List<String> notes(ReportFacts r) {
            return r.notes(note("PDF pages", "pdfPages"));
        }
    };

    private final String type;
    private final List<Stage> stages;
    private final String detail;
    private final List<String> agents;

    PremisEvent(String type, List<Stage> stages, String detail, List<String> agents) {
        this.type = type;
        this.stages = stages;
        this.detail = detail;
        this.agents = agents;
    }

    /** The eventType written ("extraction"). */
    String type() {
        return type;
    }

    List<Stage> stages() {
        return stages;
    }

    String detail() {
        return detail;
    }

    /** Names of the programs that ran it. */
    List<String> agents() {
        return agents;
    }

    /** The report's counts this event states. */
    abstract List<String> notes(ReportFacts report);
}
