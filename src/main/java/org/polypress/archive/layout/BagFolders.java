package org.polypress.archive.layout;

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
 * The layout of the archive in the output folder, {@code output/archive/NAME/vN/} (versions
 * numbered from 1), for the readers that link the bags (the catalogue) as for the archive that
 * writes them. A package of its own, depending on nothing of Polypress: the editions read the layout
 * without depending on the archive, which depends on the pipeline that renders them.
 */
public final class BagFolders {
    /** The archive's folder in the output folder. */
    public static final String DIR = "archive";
    private static final Pattern VERSION = Pattern.compile("v([1-9][0-9]{0,8})");

    private BagFolders() {
    }

    /** {@code output/archive/NAME}. */
    public static Path of(Path outputDir, String name) {
        return outputDir.resolve(DIR).resolve(name);
    }

    /** {@code vN}. */
    public static String version(int n) {
        return "v" + n;
    }

    /** Whether a folder's name is a version's, {@code vN}. */
    public static boolean isVersion(String folderName) {
        return VERSION.matcher(folderName).matches();
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
}
