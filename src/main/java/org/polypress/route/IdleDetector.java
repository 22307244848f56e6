package org.polypress.route;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Poll strategy of the input folder that recognises when everything dropped so far is done: a
 * scan that started while no document was in progress, took no file, and left no file unhandled
 * (a file still being written, whose read lock timed out, is not taken but is not done either).
 * After an idle scan every file present has an outcome. {@code --once} waits for that; tests too.
 */
final class IdleDetector implements PollingConsumerPollStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(IdleDetector.class);
    /** Consecutive failed scans after which {@link #awaitIdle} gives up. */
    static final int MAX_FAILED_SCANS = 3;

    private final IntSupplier inProgress;
    private final BooleanSupplier unhandledFiles;
    private final Path folder;
    private final long stallNanos;
    private long lastScanStart = System.nanoTime();
    private long scansStarted;
    private boolean quietAtBegin;
    private long lastIdleScan = -1;
    private int failedScans;
    private Exception lastScanError;

    /**
     * @param stall how long scans may stop while no document is in progress before
     *              {@link #awaitIdle} reports the scanner as stopped (the poller scans every poll
     *              delay; it pauses only to run a document itself when the queue is full)
     */
    IdleDetector(IntSupplier inProgress, BooleanSupplier unhandledFiles, Duration stall) {
        this(inProgress, unhandledFiles, null, stall);
    }

    /** @param folder the folder scanned, named when a failed scan finds it gone ({@code null}: not checked) */
    IdleDetector(IntSupplier inProgress, BooleanSupplier unhandledFiles, Path folder, Duration stall) {
        this.inProgress = inProgress;
        this.unhandledFiles = unhandledFiles;
        this.folder = folder;
        this.stallNanos = stall.toNanos();
    }

    @Override
    public synchronized boolean begin(Consumer consumer, Endpoint endpoint) {
        scansStarted++;
        lastScanStart = System.nanoTime();
        quietAtBegin = inProgress.getAsInt() == 0;
        return true;
    }

    @Override
    public synchronized void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        failedScans = 0;
        if (polledMessages == 0 && quietAtBegin && inProgress.getAsInt() == 0 && !unhandled()) {
            lastIdleScan = scansStarted;
            notifyAll();
        }
    }

    @Override
    public synchronized boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        failedScans++;
        lastScanError = cause;
        if (failedScans == 1) { // once per streak of failed scans, not at every poll
            LOG.warn("cannot scan the input folder: {}", LogText.name(String.valueOf(cause)));
        }
        notifyAll();
        return false;
    }

    private boolean unhandled() {
        try {
            return unhandledFiles.getAsBoolean();
        } catch (UncheckedIOException e) {
            LOG.debug("cannot list the input folder: {}", e.toString());
            return true;
        }
    }

    /**
     * Blocks until a scan that began after this call was idle.
     *
     * @return {@code true} when idle; {@code false} when the timeout passed first
     * @throws IllegalStateException when the folder disappeared, or could not be scanned several times in a row,
     *         or was not scanned at all for the stall time while no document was in progress (the
     *         scanner's thread ended, e.g. on running out of memory: waiting longer is pointless)
     */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long after = scansStarted;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lastIdleScan <= after) {
            if (failedScans > 0 && folder != null && !Files.isDirectory(folder)) {
                throw new IllegalStateException("the input folder disappeared: " + folder, lastScanError);
            }
            if (failedScans >= MAX_FAILED_SCANS) {
                throw new IllegalStateException("the input folder cannot be scanned: " + lastScanError, lastScanError);
            }
            long now = System.nanoTime();
            if (now - lastScanStart > stallNanos && inProgress.getAsInt() == 0) {
                throw new IllegalStateException("the input folder has not been scanned for "
                        + (now - lastScanStart) / 1_000_000_000 + " s although no document is in progress: "
                        + "its scanner stopped (after running out of memory?); restart Polypress");
            }
            long left = deadline - now;
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, Math.min(left / 1_000_000, 1_000)));
        }
        return true;
    }
}
