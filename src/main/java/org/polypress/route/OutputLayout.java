package org.polypress.route;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where things live in the output folder: editions at the relative paths the pipeline chooses,
 * {@code failed/NAME.json} for failure reports, {@code status.json}, {@code .state/} for the
 * record of what has been published, and {@code archive/} for the archival packages. Editions may
 * not overwrite the reserved entries.
 */
record OutputLayout(Path root) {
    static final String STATE_DIR = ".state";
    static final String FAILED_DIR = "failed";
    static final String STATUS_FILE = "status.json";
    static final String PUBLISHED_KEYS = "published.keys";
    /** The archival packages (written by the archive, never as editions). */
    static final String ARCHIVE_DIR = org.polypress.archive.ArchiveFolder.DIR;
    /** {@code failed/NAME.json} */
    static final String REPORT_ENDING = ".json";

    OutputLayout {
        root = root.toAbsolutePath().normalize();
    }

    Path stateDir() {
        return root.resolve(STATE_DIR);
    }

    Path failedDir() {
        return root.resolve(FAILED_DIR);
    }

    /** The persistent idempotent repository: one "sha256/fileName" line per published input. */
    Path publishedKeys() {
        return stateDir().resolve(PUBLISHED_KEYS);
    }

    Path statusFile() {
        return root.resolve(STATUS_FILE);
    }

    Path failureReport(String name) {
        return failedDir().resolve(name + REPORT_ENDING);
    }

    /**
     * Resolves an edition's relative path, or explains why it is not acceptable: it must stay inside
     * the output folder and keep clear of {@code .state/}, {@code failed/}, {@code archive/} and
     * {@code status.json}.
     */
    Path edition(String relativePath) throws InvalidEditionPath {
        Path rel;
        try {
            rel = Path.of(relativePath);
        } catch (InvalidPathException e) {
            throw new InvalidEditionPath(relativePath, "not a valid path");
        }
        if (rel.isAbsolute() || relativePath.isBlank()) {
            throw new InvalidEditionPath(relativePath, "must be relative to the output folder");
        }
        Path target = root.resolve(rel).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new InvalidEditionPath(relativePath, "leaves the output folder");
        }
        Path first = root.relativize(target).getName(0);
        Optional<String> reserved = switch (first.toString()) {
            case STATE_DIR, FAILED_DIR, STATUS_FILE, ARCHIVE_DIR -> Optional.of(first.toString());
            default -> Optional.empty();
        };
        if (reserved.isPresent()) {
            throw new InvalidEditionPath(relativePath, "would overwrite the reserved " + reserved.get());
        }
        if (AtomicFiles.isTemporary(target)) {
            throw new InvalidEditionPath(relativePath, "uses the temporary-file naming pattern");
        }
        return target;
    }

    /** An edition path the pipeline returned cannot be written. */
    static final class InvalidEditionPath extends Exception {
        InvalidEditionPath(String path, String why) {
            super("output path '" + path + "' " + why);
        }
    }
}
