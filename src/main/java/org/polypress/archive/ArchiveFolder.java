package org.polypress.archive;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the bags live: {@code output/archive/NAME/vN/}, versions numbered from 1, a new version
 * beside the old ones, never over them. A bag is staged in a hidden folder of the document's
 * archive folder, named like every other temporary of Polypress ({@code .polypress-WRITER-UUID.tmp}, so
 * that the route's start-up removes one left by a crash), and renamed into place.
 */
public final class ArchiveFolder {
    /** The archive's folder in the output folder. */
    public static final String DIR = "archive";
    /** As {@code org.polypress.route.AtomicFiles} names its temporaries. */
    static final String TEMP_PREFIX = ".polypress-";
    static final String TEMP_SUFFIX = ".tmp";
    private static final Pattern VERSION = Pattern.compile("v([1-9][0-9]{0,8})");

    private ArchiveFolder() {
    }

    /** {@code output/archive/NAME}. */
    public static Path of(Path outputDir, String name) {
        return outputDir.resolve(DIR).resolve(name);
    }

    /** {@code vN}. */
    public static String version(int n) {
        return "v" + n;
    }

    /** The version numbers present in a document's archive folder, ascending. */
    public static List<Integer> versions(Path documentFolder) throws IOException {
        List<Integer> out = new ArrayList<>();
        if (!Files.isDirectory(documentFolder)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(documentFolder, Files::isDirectory)) {
            for (Path p : entries) {
                Matcher m = VERSION.matcher(p.getFileName().toString());
                if (m.matches()) {
                    out.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The latest version of a document's bag, if any. */
    public static OptionalInt latest(Path outputDir, String name) {
        try {
            List<Integer> v = versions(of(outputDir, name));
            return v.isEmpty() ? OptionalInt.empty() : OptionalInt.of(v.get(v.size() - 1));
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /** A fresh staging folder's path inside a document's archive folder (not created). */
    static Path stagingPath(Path documentFolder) {
        return documentFolder.resolve(org.polypress.cluster.Writers.temporaryName(TEMP_PREFIX, TEMP_SUFFIX));
    }
}
