package org.polypress.ingest;

import java.util.Locale;
import org.apache.commons.io.FilenameUtils;

/**
 * The one reading of a dropped file's name, for the publication NAME and the format: {@code NAME.ext}
 * is split at its last dot ({@code report.v2.txt} is {@code report.v2} and {@code txt}); a name
 * without a dot, or whose only dot opens it ({@code .profile}), has no extension and is kept whole.
 * Folders in the name ({@code /} or {@code \}) are not part of it, as commons-io reads them.
 */
public final class FileNames {
    private FileNames() {
    }

    /** NAME of NAME.ext, kept exactly (a name without extension stays whole). */
    public static String stem(String fileName) {
        int dot = FilenameUtils.indexOfExtension(fileName);
        return dot > 0 && dot > FilenameUtils.indexOfLastSeparator(fileName) + 1 ? fileName.substring(0, dot) : fileName;
    }

    /** Lower-case extension without the dot ("" when none); folders in the name are ignored. */
    public static String extension(String fileName) {
        String name = FilenameUtils.getName(fileName);
        String stem = stem(name);
        return stem.length() == name.length() ? "" : name.substring(stem.length() + 1).toLowerCase(Locale.ROOT);
    }
}
