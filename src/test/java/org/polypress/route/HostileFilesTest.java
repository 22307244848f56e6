package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is not a document, or not where it should be, through the real route: named pipes, loops
 * of links, dangling links, unreadable files, and folders that are missing, vanish or cannot be
 * written. Each is named for what it is, permanent (not retried), and the run ends.
 */
class HostileFilesTest {
    @TempDir
    Path tmp;
    Harness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(tmp);
    }

    private JsonObject refused(String name, String expectedWords) throws Exception {
        JsonObject report = h.json("failed/" + name + ".json");
        assertEquals("read", report.getString("stage"));
        assertTrue(report.getString("reason").contains(expectedWords), report.getString("reason"));
        assertEquals(Boolean.TRUE, report.getBoolean("permanent"), report.getString("reason"));
        assertEquals(1, report.getInteger("attempts"), "not retried: " + report.getString("reason"));
        assertFalse(report.getString("suggestion").contains("disk full"), report.getString("suggestion"));
        return report;
    }

    @Test
    void aNamedPipeIsRefusedAsWhatItIs() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", h.input.resolve("pipe.txt").toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        h.drop("fine.txt", "fine");
        FakePipeline pipeline = new FakePipeline();

        RunSummary summary = h.runOnce(pipeline);

        assertEquals(new RunCounts(1, 1, 0, 0, 0), summary.counts());
        assertEquals(List.of("fine.txt"), pipeline.calls);
        JsonObject report = refused("pipe", "named pipe (FIFO)");
        assertFalse(report.getString("reason").contains("empty"), report.getString("reason"));
    }

    @Test
    void aLoopOfLinksAndADanglingLinkAreRefusedAsWhatTheyAre() throws Exception {
        Files.createSymbolicLink(h.input.resolve("loop-a.txt"), Path.of("loop-b.txt"));
        Files.createSymbolicLink(h.input.resolve("loop-b.txt"), Path.of("loop-a.txt"));
        Files.createSymbolicLink(h.input.resolve("self.txt"), Path.of("self.txt"));
        Files.createSymbolicLink(h.input.resolve("dangling.txt"), Path.of("gone.txt"));
        FakePipeline pipeline = new FakePipeline();

        RunSummary summary = h.runOnce(h.settings().maxRetries(3).build(), pipeline, List.of());

        assertEquals(new RunCounts(0, 4, 0, 0, 0), summary.counts());
        assertTrue(pipeline.calls.isEmpty());
        refused("loop-a", "loop of links");
        refused("loop-b", "loop of links");
        refused("self", "loop of links");
        JsonObject dangling = refused("dangling", "dangling link");
        assertTrue(dangling.getString("reason").contains("gone.txt"), dangling.getString("reason"));
    }

    @Test
    void anUnreadableFileIsRefusedAsPermissionDenied() throws Exception {
        Path locked = h.drop("locked.txt", "secret");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(locked), "running as root: permissions are not enforced");
        RunSummary summary = h.runOnce(new FakePipeline());
        assertEquals(1, summary.counts().failed());
        refused("locked", "permission denied");
    }

    @Test
    void aMissingInputFolderIsRefusedAtStartUnlessItIsToBeCreated() throws Exception {
        Path missing = tmp.resolve("no-such-folder");
        try (WatchedFolder folder = new WatchedFolder(h.settings().inputDir(missing).build(), new FakePipeline(),
                List.of())) {
            StartupProblem e = assertThrows(StartupProblem.class, folder::start);
            assertEquals("no such input folder: " + missing + " (create it, or set input.create=true)", e.getMessage());
        }
        assertFalse(Files.exists(missing), "not created");
        assertFalse(Files.exists(h.output.resolve("status.json")), "nothing was started");

        try (WatchedFolder folder = new WatchedFolder(h.settings().inputDir(missing).set("input.create", "true")
                .build(), new FakePipeline(), List.of())) {
            folder.start();
            assertTrue(folder.awaitIdle(Duration.ofSeconds(10)));
        }
        assertTrue(Files.isDirectory(missing));
    }

    @Test
    void anOutputFolderThatIsAFileIsRefusedAtStartBeforeAnyDocumentRuns() throws Exception {
        Files.writeString(h.output, "a file where the output folder should be");
        h.drop("a.txt", "alpha");
        FakePipeline pipeline = new FakePipeline();
        try (WatchedFolder folder = new WatchedFolder(h.settings().build(), pipeline, List.of())) {
            StartupProblem e = assertThrows(StartupProblem.class, folder::start);
            assertEquals("the output folder " + h.output + " is a file, not a folder", e.getMessage());
        }
        assertTrue(pipeline.calls.isEmpty());
    }

    @Test
    void anOutputFolderWhoseStateFolderIsAFileIsRefusedAtStart() throws Exception {
        Files.createDirectories(h.output);
        Files.writeString(h.output.resolve(".state"), "in the way");
        try (WatchedFolder folder = new WatchedFolder(h.settings().build(), new FakePipeline(), List.of())) {
            StartupProblem e = assertThrows(StartupProblem.class, folder::start);
            assertTrue(e.getMessage().startsWith("the output folder " + h.output + " cannot be used: "), e.getMessage());
            assertTrue(e.getMessage().endsWith(".state is a file, not a folder"), e.getMessage());
        }
    }

    @Test
    void aReadOnlyOutputFolderIsRefusedAtStart() throws Exception {
        Files.createDirectories(h.output);
        Files.setPosixFilePermissions(h.output, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(h.output), "running as root: permissions are not enforced");
            try (WatchedFolder folder = new WatchedFolder(h.settings().build(), new FakePipeline(), List.of())) {
                StartupProblem e = assertThrows(StartupProblem.class, folder::start);
                assertTrue(e.getMessage().contains("cannot be written: permission denied"), e.getMessage());
            }
        } finally {
            Files.setPosixFilePermissions(h.output, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void thePreviousRunsStatusIsNeverLeftAsIfCurrent() throws Exception {
        // A start that cannot write its own status.json (here: .state is in the way; on a full disk
        // the write fails) must not leave the previous run's "stopped, 0 failed" for readers.
        Files.createDirectories(h.output);
        Files.writeString(h.output.resolve("status.json"), "{\"state\": \"stopped\", \"counts\": {\"failed\": 0}}");
        Files.writeString(h.output.resolve(".state"), "in the way");
        try (WatchedFolder folder = new WatchedFolder(h.settings().build(), new FakePipeline(), List.of())) {
            assertThrows(StartupProblem.class, folder::start);
        }
        assertFalse(Files.exists(h.output.resolve("status.json")));
    }

    @Test
    void theInputFolderDisappearingEndsTheRunWithAReason() throws Exception {
        h.drop("slow.txt", "x");
        FakePipeline pipeline = new FakePipeline((f, c, a) -> FakePipeline.sleep(300));
        try (WatchedFolder folder = new WatchedFolder(h.settings().build(), pipeline, List.of())) {
            folder.start();
            assertTrue(folder.awaitIdle(Duration.ofSeconds(10)));
            Files.delete(h.input.resolve("slow.txt"));
            Files.delete(h.input);
            long t0 = System.nanoTime();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> folder.awaitIdle(Duration.ofSeconds(60)));
            assertEquals("the input folder disappeared: " + h.input, e.getMessage());
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "promptly");
        }
    }
}
