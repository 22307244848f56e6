package org.polypress.cluster;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Which process wrote a temporary file, and whether it still runs: on shared storage a temporary
 * is either being written by a live process or left by one that died, and only the second may be
 * removed. Every temporary name carries the writing JVM's {@link #ID} ({@code .polypress-ID-UUID.tmp});
 * on several machines each process holds an operating-system lock on
 * {@code output/.state/writers/ID.lock} while it runs (released by the system when it dies, also
 * over NFSv4), so a temporary whose writer's lock can be taken is a leftover.
 */
public final class Writers implements AutoCloseable {
    /** This JVM's writer id: 8 hex digits, random (process ids repeat across machines). */
    public static final String ID = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
    static final String FOLDER = "writers";
    private static final int ID_LENGTH = 8;

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private Writers(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** A temporary's name for this JVM: {@code prefix + ID + "-" + UUID + suffix}. */
    public static String temporaryName(String prefix, String suffix) {
        return prefix + ID + "-" + UUID.randomUUID() + suffix;
    }

    /** The writer id in a temporary's name, if it has one. */
    public static Optional<String> writerOf(String name, String prefix) {
        if (!name.startsWith(prefix) || name.length() < prefix.length() + ID_LENGTH + 1
                || name.charAt(prefix.length() + ID_LENGTH) != '-') {
            return Optional.empty();
        }
        String id = name.substring(prefix.length(), prefix.length() + ID_LENGTH);
        return id.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? Optional.of(id) : Optional.empty();
    }

    /** Registers this JVM as a live writer under {@code stateDir/writers/}, until {@link #close()}. */
    public static Writers register(Path stateDir) throws IOException {
        Path folder = Files.createDirectories(stateDir.resolve(FOLDER));
        FileChannel channel = FileChannel.open(folder.resolve(ID + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        return new Writers(folder, channel, channel.lock());
    }

    /** Whether the writer of this id still runs; a writer that never registered or died is not. */
    public boolean alive(String id) {
        if (id.equals(ID)) {
            return true;
        }
        Path file = folder.resolve(id + ".lock");
        try (FileChannel other = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock taken = other.tryLock();
            if (taken == null) {
                return true; // held by its process
            }
            taken.release();
            return false;
        } catch (NoSuchFileException e) {
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held in this JVM
        } catch (IOException e) {
            return true; // cannot tell: keep its files
        }
    }

    /** Removes the lock file of a writer found dead (after its temporaries were removed). */
    public void forget(String id) {
        if (!id.equals(ID)) {
            try {
                Files.deleteIfExists(folder.resolve(id + ".lock"));
            } catch (IOException e) {
                // tried again at the next sweep
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            Files.deleteIfExists(folder.resolve(ID + ".lock"));
        } catch (IOException e) {
            // the system releases the lock with the process anyway
        }
    }
}
