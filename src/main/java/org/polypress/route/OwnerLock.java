package org.polypress.route;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operating-system lock on a file, held until {@link #close()} or the end of the process (the
 * operating system releases it if the process dies, so a crash never leaves it held).
 */
final class OwnerLock implements AutoCloseable {
    /**
     * Files locked by this JVM. A second channel on a locked file is never opened: on Linux,
     * closing any channel of a file drops every lock the process holds on it.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OwnerLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or another watcher in this one) holds it. */
    static Optional<OwnerLock> tryAcquire(Path lockFile) throws IOException {
        Path file = lockFile.toAbsolutePath().normalize();
        if (!HELD.add(file)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new OwnerLock(file, channel, lock));
            }
            channel.close();
            HELD.remove(file);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(file);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // released with the channel, or at the latest with the process
        } finally {
            HELD.remove(file);
        }
    }
}
