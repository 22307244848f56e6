package org.polypress.route;

import java.io.File;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.strategy.MarkerFileExclusiveReadLockStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read lock of the input folder: a file is taken once its length and time stamp have stayed the
 * same for {@code quiet} (the {@code read-lock.check-interval} setting), as with Camel's
 * {@code readLock=changed}, but without sleeping. Camel's strategy waits out the interval for each
 * file in turn on the poller thread, so a drop of 300 files took 300 intervals before the last
 * one started. Here each scan only observes: a file that is new or has changed since the last scan
 * is remembered and skipped (Camel tries it again at the next scan), and a file seen unchanged for
 * at least {@code quiet} is taken. A burst therefore waits one interval in all.
 *
 * <p>Like {@code changed}, this never trusts an old time stamp on its own (a copy that preserves the
 * source's time stamp is still growing, so its length changes), and it keeps Camel's marker file
 * while the file is being processed. A file that keeps changing for longer than {@code patience}
 * is logged once as still being written.
 *
 * <p>A file whose name is too long for its marker ({@code NAME.camelLock} beyond
 * {@link DocumentName#NAME_MAX_BYTES}) is taken without one once stable: the marker cannot be made
 * (Camel would fail on it at every scan and the file would never get an outcome), and such a name
 * is refused by the {@link InputReader} anyway, which reads nothing of the file.
 *
 * <p>A file whose own path is not the path Camel made of it (Camel turns a backslash in a name into
 * a folder separator, {@code back\slash.txt} into {@code back/slash.txt}) is taken at once, without
 * a marker: Camel would look for the marker in a folder that does not exist and skip the file
 * silently at every scan. Such a name is refused by its name alone.
 */
final class StableFileReadLock extends MarkerFileExclusiveReadLockStrategy {
    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    /** Observations kept at most; older ones are dropped (files deleted before they were taken). */
    static final int MAX_OBSERVED = 100_000;
    /** The ending Camel gives the marker file of {@code NAME}. */
    static final String MARKER_ENDING = ".camelLock";

    private final long quietNanos;
    private final long patienceNanos;
    private final LongSupplier clock;
    private final Map<String, Observation> observed = new ConcurrentHashMap<>();

    private record Observation(long length, long modified, long stableSince, long firstSeen, boolean reported) {
    }

    StableFileReadLock(Duration quiet, Duration patience) {
        this(quiet, patience, System::nanoTime);
    }

    StableFileReadLock(Duration quiet, Duration patience, LongSupplier nanoClock) {
        this.quietNanos = quiet.toNanos();
        this.patienceNanos = patience.toNanos();
        this.clock = nanoClock;
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
                                            Exchange exchange) throws Exception {
        File f = file.getFile();
        if (!f.getAbsolutePath().equals(file.getAbsoluteFilePath())) {
            return true; // a name Camel cannot carry: refused by its name alone, nothing is read
        }
        String key = f.getAbsolutePath();
        long length = f.length();
        long modified = f.lastModified();
        long now = clock.getAsLong();
        Observation before = observed.get(key);
        if (before == null || before.length() != length || before.modified() != modified) {
            long firstSeen = before == null ? now : before.firstSeen();
            boolean reported = before != null && before.reported();
            if (!reported && now - firstSeen > patienceNanos) {
                LOG.info("still being written after {} s, waiting: {}", (now - firstSeen) / 1_000_000_000L,
                        LogText.name(f.getName()));
                reported = true;
            }
            remember(key, new Observation(length, modified, now, firstSeen, reported));
            return false;
        }
        if (now - before.stableSince() < quietNanos) {
            return false;
        }
        boolean markerFits = DocumentName.utf8Length(f.getName() + MARKER_ENDING) <= DocumentName.NAME_MAX_BYTES;
        if (markerFits && !super.acquireExclusiveReadLock(operations, file, exchange)) {
            return false;
        }
        observed.remove(key);
        return true;
    }

    private void remember(String key, Observation observation) {
        if (observed.size() >= MAX_OBSERVED) {
            observed.clear(); // files vanished before they were taken; the rest are observed again
        }
        observed.put(key, observation);
    }
}
