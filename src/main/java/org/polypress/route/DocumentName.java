package org.polypress.route;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.polypress.ingest.FileNames;

/**
 * Derives the publication NAME from a dropped file's name: {@code NAME.ext} gives {@code NAME},
 * whatever the extension ({@code report.v2.txt} gives {@code report.v2}; a name without extension
 * is kept whole). Names that could address anything but a plain file in the output folders are refused,
 * and so are names too long for the files they would be published as.
 */
final class DocumentName {
    /**
     * Bytes a file name may have: NAME_MAX of the file systems Polypress runs on (ext4, XFS, Btrfs,
     * tmpfs, APFS: 255 bytes; NTFS: 255 UTF-16 units, never more than the UTF-8 bytes). Java cannot
     * ask the file system, so this is the common limit rather than the folder's own.
     */
    static final int NAME_MAX_BYTES = 255;
    /** What a shortened report name ends with: an ellipsis and 8 hex digits of the full name's hash. */
    private static final int SHORTENED_TAIL_BYTES = "…".getBytes(StandardCharsets.UTF_8).length + 1 + 8;

    private DocumentName() {
    }

    /** The NAME, or empty when the file name is unusable (see {@link #problem(String)}). */
    static Optional<String> of(String fileName) {
        if (problem(fileName).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(FileNames.stem(fileName));
    }

    /** Why a file name cannot be published, in plain words; empty when it can. */
    static Optional<String> problem(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Optional.of("the file name is empty");
        }
        if (fileName.indexOf('/') >= 0) {
            return Optional.of("the file name contains a path separator");
        }
        if (fileName.indexOf('\\') >= 0) {
            return Optional.of("the file name contains a backslash, which Windows and the folder watcher (Camel) "
                    + "read as a folder separator");
        }
        if (fileName.equals(".") || fileName.equals("..") || fileName.startsWith(".")) {
            return Optional.of("the file name starts with a dot");
        }
        if (fileName.indexOf('\0') >= 0 || fileName.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("the file name contains control characters");
        }
        return Optional.empty();
    }

    /**
     * The endings the HTML edition puts between NAME and {@code .html}: a NAME ending in one
     * ({@code a.standalone}) would have its page {@code html/a.standalone.html} named like the
     * standalone edition of {@code a}, and the two documents would replace each other's files.
     */
    private static final List<String> EDITION_INFIXES = List.of(".standalone", ".fragment", ".parallel");

    /** Why a usable NAME would be published over another document's edition, or empty. */
    static Optional<String> editionProblem(String name) {
        for (String infix : EDITION_INFIXES) {
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(infix) && name.length() > infix.length()) {
                String other = name.substring(0, name.length() - infix.length());
                return Optional.of("the name ends in " + infix + ", so its HTML page would have the name of the "
                        + infix.substring(1) + " edition of a document named " + other);
            }
        }
        return Optional.empty();
    }

    /**
     * Why a usable NAME is too long for the output files named after it, or empty: the longest of
     * them ({@code NAME + longestEnding}) must fit in {@link #NAME_MAX_BYTES}.
     */
    static Optional<String> lengthProblem(String name, String longestEnding) {
        int bytes = utf8Length(name + longestEnding);
        if (bytes <= NAME_MAX_BYTES) {
            return Optional.empty();
        }
        return Optional.of("the file name is too long: its editions (the longest is NAME" + longestEnding + ") would have "
                + "file names of " + bytes + " bytes, and a file name may have at most " + NAME_MAX_BYTES + " bytes");
    }

    /**
     * The name of the failure report {@code failed/NAME.json} for any dropped file name: the NAME
     * when usable, otherwise the file name with separators and control characters replaced by
     * {@code _} and its extension dropped; shortened to fit the file system when too long (cut at a character boundary,
     * followed by {@code …} and 8 hex digits of the full name's SHA-256, so distinct names stay distinct).
     */
    static String reportName(String fileName, String reportEnding) {
        String name = of(fileName).orElseGet(() -> FileNames.stem(safe(fileName)));
        int room = NAME_MAX_BYTES - utf8Length(reportEnding);
        if (utf8Length(name) <= room) {
            return name;
        }
        String hash = HexFormat.of().formatHex(InputReader.sha256Bytes(name.getBytes(StandardCharsets.UTF_8)), 0, 4);
        int keep = room - SHORTENED_TAIL_BYTES;
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int len = utf8Length(new String(Character.toChars(cp)));
            if (used + len > keep) {
                break;
            }
            cut.appendCodePoint(cp);
            used += len;
            i += Character.charCount(cp);
        }
        return cut + "…-" + hash;
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A usable report name for a file whose own name was refused. */
    private static String safe(String fileName) {
        String cleaned = fileName == null || fileName.isBlank() ? "_" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return cleaned.startsWith(".") ? "_" + cleaned.substring(1) : cleaned;
    }
}
