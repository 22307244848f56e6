package org.polypress.publish.html;

import java.util.Objects;

/**
 * What the catalogue shows of one published XML file, read from its Akoma Ntoso metadata.
 *
 * @param name     the file name without {@code .xml}; the editions are {@code html/NAME.html},
 *                 {@code pdf/NAME.pdf} and {@code xml/NAME.xml}
 * @param work     FRBRWork/FRBRthis, shared by the language versions of one work (empty if absent)
 * @param title    FRBRWork/FRBRname, else the first docTitle, else the name
 * @param language BCP-47 tag from FRBRExpression/FRBRlanguage ("nl")
 * @param number   FRBRWork/FRBRnumber (empty if absent)
 * @param date     FRBRWork/FRBRdate/@date (empty if absent)
 * @param type     the document's type as printed (its first docType, "RESULTAAT BESPREKINGEN"), else the
 *                 document element's name ("outcomeOfProceedings") unless that is the generic "document"
 */
public record CatalogueEntry(String name, String work, String title, String language, String number, String date,
                             String type) {
    /** An entry whose type is not known. */
    public CatalogueEntry(String name, String work, String title, String language, String number, String date) {
        this(name, work, title, language, number, date, "");
    }

    public CatalogueEntry {
        type = Objects.requireNonNullElse(type, "");
        Objects.requireNonNull(name, "name");
        work = Objects.requireNonNullElse(work, "");
        title = Objects.requireNonNullElse(title, name);
        language = Objects.requireNonNullElse(language, "und");
        number = Objects.requireNonNullElse(number, "");
        date = Objects.requireNonNullElse(date, "");
    }

    /** The key that puts language versions of one work on one row: the work IRI, else the file. */
    public String groupKey() {
        return work.isEmpty() ? "file:" + name : work;
    }

    /**
     * The id of the work's row: "w-" and the group key with every character that is not an ASCII
     * letter, digit or hyphen written as "_" (the HTML edition links the same id, see html/bar.xsl).
     */
    public String rowId() {
        return "w-" + groupKey().replaceAll("[^A-Za-z0-9\\-]", "_");
    }

    /** The year of the date ("2024"), or "" when the date does not start with one. */
    public String year() {
        return date.matches("\\d{4}.*") ? date.substring(0, 4) : "";
    }
}
