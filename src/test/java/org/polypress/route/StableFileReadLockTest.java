package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read lock observes files across scans: taken only after staying unchanged for the quiet time. */
class StableFileReadLockTest {
    private static final long MS = 1_000_000L;

    @TempDir
    Path dir;
    private final AtomicLong now = new AtomicLong(1_000 * MS);
    /** Observation across scans alone, as on a file system without a status-change time. */
    private final StableFileReadLock lock = new StableFileReadLock(Duration.ofSeconds(1), Duration.ofSeconds(30),
            now::get, System::currentTimeMillis, f -> Long.MAX_VALUE);

    {
        lock.setMarkerFiler(false);
    }

    private boolean scan(Path file) throws Exception {
        return scan(lock, file);
    }

    private static boolean scan(StableFileReadLock lock, Path file) throws Exception {
        GenericFile<File> generic = new GenericFile<>();
        generic.setFile(file.toFile());
        generic.setAbsoluteFilePath(file.toString());
        return lock.acquireExclusiveReadLock(null, generic, new DefaultExchange(new DefaultCamelContext()));
    }

    @Test
    void fileIsTakenOnlyAfterStayingUnchangedForTheQuietTime() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "first part");
        assertFalse(scan(file), "first sight: only observed");
        now.addAndGet(500 * MS);
        assertFalse(scan(file), "unchanged, but not for long enough");
        now.addAndGet(600 * MS);
        assertTrue(scan(file), "unchanged for 1.1 s");
    }

    @Test
    void growthOrANewTimeStampStartsTheWaitAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("b.txt"), "first part");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0)); // a copy keeping an ancient time stamp
        assertFalse(scan(file));
        now.addAndGet(2_000 * MS);
        Files.writeString(file, "first part, second part");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        assertFalse(scan(file), "grew since the last scan: not taken, however old its time stamp");
        now.addAndGet(500 * MS);
        Files.setLastModifiedTime(file, FileTime.fromMillis(5_000));
        assertFalse(scan(file), "time stamp changed");
        now.addAndGet(1_000 * MS);
        assertTrue(scan(file));
    }

    @Test
    void fileUnchangedSinceLongBeforeTheFirstScanIsTakenAtOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("c.txt"), "dropped yesterday");
        long changed = StableFileReadLock.changeTime(file.toFile());
        StableFileReadLock later = new StableFileReadLock(Duration.ofSeconds(1), Duration.ofSeconds(30),
                now::get, () -> changed + 1_500, StableFileReadLock::changeTime);
        later.setMarkerFiler(false);
        assertTrue(changed < Long.MAX_VALUE, "a POSIX file system gives the status-change time");
        assertTrue(scan(later, file), "its status-change time is 1.5 s old: unchanged for longer than the quiet time");
    }

    @Test
    void anOldTimeStampOnAFileJustWrittenIsNotEnough() throws Exception {
        Path file = Files.writeString(dir.resolve("d.txt"), "a copy in progress");
        Files.setLastModifiedTime(file, FileTime.fromMillis(0)); // the copy sets the source's time stamp early
        long changed = StableFileReadLock.changeTime(file.toFile());
        StableFileReadLock later = new StableFileReadLock(Duration.ofSeconds(1), Duration.ofSeconds(30),
                now::get, () -> changed + 200, StableFileReadLock::changeTime);
        later.setMarkerFiler(false);
        assertFalse(scan(later, file), "setting the time stamp moved the status-change time: only observed");
    }

    @Test
    void manyFilesWaitTheQuietTimeOnceInAll() throws Exception {
        Path[] files = new Path[300];
        for (int i = 0; i < files.length; i++) {
            files[i] = Files.writeString(dir.resolve("f" + i + ".txt"), "content " + i);
            assertFalse(scan(files[i]));
        }
        now.addAndGet(1_001 * MS);
        for (Path file : files) {
            assertTrue(scan(file), "every file of the burst is ready after one quiet time");
        }
    }
}
