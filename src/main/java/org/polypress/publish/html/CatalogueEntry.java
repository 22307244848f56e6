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
 */
public record CatalogueEntry(String name, String work, String title, String language, String number, String date) {
    public CatalogueEntry {
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
}
