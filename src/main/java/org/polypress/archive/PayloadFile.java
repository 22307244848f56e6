package org.polypress.archive;

import java.util.Locale;
import java.util.Objects;

/**
 * One payload file of a bag as PREMIS describes it.
 *
 * @param path         its path in the bag ("data/xml/NAME.xml")
 * @param size         bytes
 * @param sha256       lower-case hex SHA-256, as in manifest-sha256.txt
 * @param format       format name ("Akoma Ntoso", "PDF/A", or the input's media type)
 * @param formatVersion format version, empty if none is stated
 * @param original     true for the input as dropped (every other file derives from it)
 * @param originalName the input's file name as dropped (empty for the editions)
 */
record PayloadFile(String path, long size, String sha256, String format, String formatVersion, boolean original,
                   String originalName) {
    PayloadFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The format of an edition, told by its file name ending (the editions Polypress writes). */
    static String[] editionFormat(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".xml")) {
            return new String[] {"Akoma Ntoso", "3.0"};
        } else if (p.endsWith(".pdf")) {
            return new String[] {"PDF/A", "2b"};
        } else if (p.endsWith(".html")) {
            return new String[] {"HTML", "5"};
        } else if (p.endsWith(".css")) {
            return new String[] {"CSS", ""};
        } else if (p.endsWith(".json")) {
            return new String[] {"JSON", ""};
        }
        return new String[] {"application/octet-stream", ""};
    }
}
