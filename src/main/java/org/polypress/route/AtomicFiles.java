package org.polypress.route;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.polypress.cluster.Writers;

/**
 * Writes files so that readers only ever see a complete old version or a complete new one: the
 * content goes to a hidden temporary file in the target's own folder, is forced to disk, then
 * renamed over the target in one atomic step. Temporaries left by a crash are recognisable by
 * name and removed by {@link #removeLeftovers(Path)} on start-up.
 */
final class AtomicFiles {
    static final String TEMP_PREFIX = ".polypress-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final byte[] PROBE = "polypress write check\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private AtomicFiles() {
    }

    /** Writes one file atomically; {@code durable} also forces content and folder entry to disk. */
    static void write(Path target, byte[] content, boolean durable) throws IOException {
        writeAll(Map.of(target, content), durable);
    }

    /**
     * Writes several files: all contents are staged (and forced to disk) before the first rename,
     * so the renames that make them visible follow each other immediately. On failure no temporary
     * file is left behind; targets already renamed stay (each is complete).
     */
    static void writeAll(Map<Path, byte[]> files, boolean durable) throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path target = e.getKey();
                Files.createDirectories(target.getParent());
                Path temp = target.resolveSibling(Writers.temporaryName(TEMP_PREFIX, TEMP_SUFFIX));
                staged.put(temp, target);
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ByteBuffer buf = ByteBuffer.wrap(e.getValue());
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                    if (durable) {
                        ch.force(true);
                    }
                }
            }
            Set<Path> folders = new LinkedHashSet<>();
            for (Map.Entry<Path, Path> e : new ArrayList<>(staged.entrySet())) {
                moveAtomically(e.getKey(), e.getValue());
                staged.remove(e.getKey());
                folders.add(e.getValue().getParent());
            }
            if (durable) {
                for (Path folder : folders) {
                    syncFolder(folder);
                }
            }
        } finally {
            for (Path temp : staged.keySet()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Renames in one step, replacing the target (POSIX rename semantics). */
    static void moveAtomically(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Moves a file to another folder, atomically when both are on the same file system, otherwise
     * by copying to a temporary name beside the target, renaming, and deleting the source.
     */
    static void moveFile(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            moveAtomically(source, target);
        } catch (AtomicMoveNotSupportedException crossDevice) {
            Path temp = target.resolveSibling(Writers.temporaryName(TEMP_PREFIX, TEMP_SUFFIX));
            try {
                Files.copy(source, temp, StandardCopyOption.COPY_ATTRIBUTES);
                moveAtomically(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            Files.delete(source);
        }
    }

    /**
     * Proves that files can be written into {@code folder}: writes a temporary with a few bytes, renames
     * it and removes it (a leftover of a crash here is removed at the next start like any temporary).
     */
    static void probe(Path folder) throws IOException {
        Path temp = folder.resolve(Writers.temporaryName(TEMP_PREFIX, TEMP_SUFFIX));
        Path renamed = folder.resolve(Writers.temporaryName(TEMP_PREFIX, TEMP_SUFFIX));
        try {
            Files.write(temp, PROBE, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            moveAtomically(temp, renamed);
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(renamed);
        }
    }

    /** True for the temporaries this class creates. */
    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
    }

    /**
     * Deletes temporaries under {@code root} (not following links): files, and folders named like
     * them (an archival bag being staged, see {@code org.polypress.archive.ArchiveFolder}) with all
     * they hold. Returns the temporaries removed.
     */
    static List<Path> removeLeftovers(Path root) throws IOException {
        return removeLeftovers(root, temporary -> true);
    }

    /** The temporaries under {@code root} that {@code leftover} says nobody is writing (see {@link Writers}). */
    static List<Path> removeLeftovers(Path root, Predicate<Path> leftover) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return removed;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && isTemporary(dir) && leftover.test(dir)) {
                    deleteTree(dir);
                    removed.add(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && isTemporary(file) && leftover.test(file)) {
                    Files.deleteIfExists(file);
                    removed.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        return removed;
    }

    private static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void syncFolder(Path folder) {
        // Makes the renames durable on POSIX file systems; not supported everywhere, hence best effort.
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the content itself is already on disk
        }
    }
}
