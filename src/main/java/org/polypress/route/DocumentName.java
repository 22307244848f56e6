package org.polypress.route;

import java.util.Optional;

/**
 * Derives the publication NAME from a dropped file's name: {@code NAME.ext} gives {@code NAME},
 * whatever the extension ({@code report.v2.txt} gives {@code report.v2}; a name without extension
 * is kept whole). Names that could address anything but a plain file in the output folders are refused.
 */
final class DocumentName {
    private DocumentName() {
    }

    /** The NAME, or empty when the file name is unusable (see {@link #problem(String)}). */
    static Optional<String> of(String fileName) {
        if (problem(fileName).isPresent()) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        return Optional.of(dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    /** Why a file name cannot be published, in plain words; empty when it can. */
    static Optional<String> problem(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Optional.of("the file name is empty");
        }
        if (fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0) {
            return Optional.of("the file name contains a path separator");
        }
        if (fileName.equals(".") || fileName.equals("..") || fileName.startsWith(".")) {
            return Optional.of("the file name starts with a dot");
        }
        if (fileName.indexOf('\0') >= 0 || fileName.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("the file name contains control characters");
        }
        return Optional.empty();
    }
}
