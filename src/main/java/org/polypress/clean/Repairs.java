package org.polypress.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the cleaning stage changed, one entry per change, for the report a person reads
 * ({@code report/NAME.html}): the furniture lines removed and the line-end hyphens decided.
 */
public final class Repairs {

    /**
     * Entries kept per kind. The report is read by a person, who checks a few hundred spots at
     * most; a document with more (an 18,000-page text removes a running head from every page)
     * is told by its counts, and the report says how many entries were left out.
     */
    public static final int LIMIT = 1000;

    private Repairs() {
    }

    /** A line removed as page furniture: its page (1-based) and its text as printed. */
    public record FurnitureLine(int page, String text) {
        public FurnitureLine {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Why a line-end hyphen was joined or kept (see {@link Dehyphenator}). */
    public enum Why {
        /** A digit after the hyphen ("COVID-" + "19"): never a word break. */
        DIGIT,
        /** A conjunction after the hyphen ("netwerk- en"): a suspended compound. */
        SUSPENDED,
        /** A capital after it, an acronym or a single letter before it ("EU-", "e-"). */
        REAL_HYPHEN,
        /** The document writes the word elsewhere only hyphenated, or only joined. */
        DOCUMENT,
        /** The document's other compounds on the same first part are written so. */
        COMPOUNDS,
        /** The language's word list knows the joined word, or both parts and not it. */
        WORD_LIST,
        /** No evidence: joined by default (listed as undecided). */
        DEFAULT
    }

    /**
     * One line-end hyphen: the two parts as printed across the line end ("veiligheids-", "beleid"),
     * whether the hyphen was kept, and why.
     */
    public record HyphenDecision(String first, String second, boolean kept, Why why) {
        public HyphenDecision {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
            Objects.requireNonNull(why, "why");
        }

        /** The word as the edition has it: "EU-cyberveiligheid", "veiligheidsbeleid", "netwerk- en". */
        public String result() {
            return why == Why.SUSPENDED ? first + "- " + second : kept ? first + "-" + second : first + second;
        }
    }

    /** Appends to a list up to {@link #LIMIT} entries. */
    static <T> void add(List<T> list, T entry) {
        if (list.size() < LIMIT) {
            list.add(entry);
        }
    }

    /** A list that {@link #add} fills. */
    static <T> List<T> list() {
        return new ArrayList<>();
    }
}
