package org.polypress.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.polypress.archive.layout.BagFolders;

/**
 * Where the bags live: {@code output/archive/NAME/vN/}, versions numbered from 1, a new version
 * beside the old ones, never over them. A bag is staged in a hidden folder of the document's
 * archive folder, named like every other temporary of Polypress ({@code .polypress-WRITER-UUID.tmp}, so
 * that the route's start-up removes one left by a crash), and renamed into place.
 */
public final class ArchiveFolder {
    /** The archive's folder in the output folder. */
    public static final String DIR = BagFolders.DIR;
    /** As {@code org.polypress.route.AtomicFiles} names its temporaries. */
    static final String TEMP_PREFIX = ".polypress-";
    static final String TEMP_SUFFIX = ".tmp";

    private ArchiveFolder() {
    }

    /** {@code output/archive/NAME}. */
    public static Path of(Path outputDir, String name) {
        return BagFolders.of(outputDir, name);
    }

    /** {@code vN}. */
    public static String version(int n) {
        return BagFolders.version(n);
    }

    /** The version numbers present in a document's archive folder, ascending. */
    public static List<Integer> versions(Path documentFolder) throws IOException {
        return BagFolders.versions(documentFolder);
    }

    /** The latest version of a document's bag, if any. */
    public static OptionalInt latest(Path outputDir, String name) {
        return BagFolders.latest(outputDir, name);
    }

    /** A fresh staging folder's path inside a document's archive folder (not created). */
    static Path stagingPath(Path documentFolder) {
        return documentFolder.resolve(org.polypress.cluster.Writers.temporaryName(TEMP_PREFIX, TEMP_SUFFIX));
    }
}
