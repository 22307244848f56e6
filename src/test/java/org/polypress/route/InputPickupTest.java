package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.config.Settings;

/** Which files the consumer takes, and when: read locks, exclusions, names, links. */
class InputPickupTest {
    @TempDir
    Path tmp;
    Harness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(tmp);
    }

    /** Appends {@code chunks} blocks every {@code pauseMs}; optionally resets the time stamp to an old value each time. */
    private static byte[] writeSlowly(Path file, int chunks, long pauseMs, boolean keepOldTimestamp) throws Exception {
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        StringBuilder all = new StringBuilder();
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int i = 0; i < chunks; i++) {
                String block = "block " + i + " " + "x".repeat(200) + "\n";
                out.write(block.getBytes(StandardCharsets.UTF_8));
                out.flush();
                all.append(block);
                if (keepOldTimestamp) {
                    Files.setLastModifiedTime(file, old);
                }
                Thread.sleep(pauseMs);
            }
        }
        if (keepOldTimestamp) {
            Files.setLastModifiedTime(file, old);
        }
        return all.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void assertReadWhole(boolean keepOldTimestamp) throws Exception {
        FakePipeline pipeline = new FakePipeline();
        Settings settings = h.settings()
                .readLockCheckInterval(Duration.ofMillis(300))
                .readLockTimeout(Duration.ofSeconds(10))
                .build();
        try (WatchedFolder folder = new WatchedFolder(settings, pipeline, List.of())) {
            folder.start();
            Path file = h.input.resolve("slow.txt");
            // 30 blocks, one every 100 ms: the writer is busy for 3 s, far longer than a poll.
            CompletableFuture<byte[]> writer = CompletableFuture.supplyAsync(() -> {
                try {
                    return writeSlowly(file, 30, 100, keepOldTimestamp);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            byte[] full = writer.get();
            assertTrue(folder.awaitIdle(Duration.ofSeconds(20)));
            assertEquals(1, pipeline.callsFor("slow.txt"), "read exactly once");
            assertArrayEquals(full, pipeline.received.get("slow.txt"), "the pipeline got the complete file");
            assertArrayEquals(full, Files.readAllBytes(h.output.resolve("xml/slow.xml")));
            assertEquals(1, folder.stop().counts().published());
        }
    }

    @Test
    void slowWriterIsNotPickedUpUntilComplete() throws Exception {
        assertReadWhole(false);
    }

    @Test
    void copyKeepingAnOldTimestampIsNotPickedUpHalfWritten() throws Exception {
        // A readLockMinAge-based lock would take this file at once (its time stamp is years old).
        assertReadWhole(true);
    }

    @Test
    void idleIsNotReportedWhileAFileIsStillBeingWritten() throws Exception {
        // The writer outlasts the read-lock timeout several times: scans give up on the file and
        // retry it; none of them may count as idle, or --once would exit before the file is done.
        FakePipeline pipeline = new FakePipeline();
        Settings settings = h.settings()
                .readLockCheckInterval(Duration.ofMillis(150))
                .readLockTimeout(Duration.ofMillis(400))
                .build();
        try (WatchedFolder folder = new WatchedFolder(settings, pipeline, List.of())) {
            folder.start();
            Path file = h.input.resolve("long.txt");
            CompletableFuture<byte[]> writer = CompletableFuture.supplyAsync(() -> {
                try {
                    return writeSlowly(file, 20, 100, false);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            while (!Files.exists(file)) {
                Thread.sleep(5);
            }
            assertTrue(folder.awaitIdle(Duration.ofSeconds(20)));
            assertTrue(writer.isDone(), "idle reported while the file was still being written");
            assertArrayEquals(writer.get(), pipeline.received.get("long.txt"));
        }
    }

    @Test
    void temporaryNameIsPickedUpOnlyAfterRename() throws Exception {
        FakePipeline pipeline = new FakePipeline();
        try (WatchedFolder folder = new WatchedFolder(h.settings().build(), pipeline, List.of())) {
            folder.start();
            Path temp = h.drop("doc.txt.tmp", "complete content");
            assertTrue(folder.awaitIdle(Duration.ofSeconds(10)));
            assertTrue(folder.awaitIdle(Duration.ofSeconds(10)), "two idle scans with the .tmp file present");
            assertTrue(pipeline.calls.isEmpty(), "a .tmp file is never read");

            Files.move(temp, h.input.resolve("doc.txt"));
            assertTrue(folder.awaitIdle(Duration.ofSeconds(10)));
            assertEquals(List.of("doc.txt"), pipeline.calls);
            assertEquals("complete content", h.read("xml/doc.xml"));
        }
    }

    @Test
    void hiddenAndTemporaryFilesAreIgnored() throws Exception {
        for (String ignored : List.of(".hidden.txt", ".~lock.doc.odt#", "a.part", "b.crdownload", "c.txt~",
                ".d.txt.swp", "e.swp", "f.TMP", "g.tmp", "h.Part", "....txt")) {
            h.drop(ignored, "ignore me");
        }
        Files.createDirectories(h.input.resolve("sub"));
        Files.writeString(h.input.resolve("sub/nested.txt"), "not recursive");
        h.drop("ok.txt", "take me");
        FakePipeline pipeline = new FakePipeline();
        RunSummary summary = h.runOnce(pipeline);
        assertEquals(List.of("ok.txt"), pipeline.calls);
        assertEquals(new RunCounts(1, 0, 0, 0, 0), summary.counts());
        assertEquals(12, summary.ignored(), "11 hidden or temporary names and one sub-folder, said in the summary");
        assertTrue(summary.describe().startsWith("1 published, 0 failed, 0 skipped, 12 ignored in "),
                summary.describe());
    }

    @Test
    void namesWithSpacesUnicodeAndGreatLengthAreKeptExactly() throws Exception {
        Harness spaced = new Harness(tmp.resolve("folder with spaces é"));
        String longName = "n".repeat(200);
        List<String> names = List.of("with spaces.txt", "Ünïcødé δοκιμή 文書.txt", longName + ".txt", "no-extension");
        for (String name : names) {
            spaced.drop(name, "content of " + name);
        }
        FakePipeline pipeline = new FakePipeline();
        RunSummary summary = spaced.runOnce(pipeline);
        assertEquals(4, summary.counts().published());
        assertEquals("content of with spaces.txt", spaced.read("xml/with spaces.xml"));
        assertEquals("content of Ünïcødé δοκιμή 文書.txt", spaced.read("xml/Ünïcødé δοκιμή 文書.xml"));
        assertEquals("content of " + longName + ".txt", spaced.read("xml/" + longName + ".xml"));
        assertEquals("content of no-extension", spaced.read("xml/no-extension.xml"));
    }

    @Test
    void symbolicLinkLeadingOutOfTheInputFolderIsNotFollowed() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("elsewhere")).resolve("secret.txt");
        Files.writeString(outside, "secret");
        Path link = Files.createSymbolicLink(h.input.resolve("link.txt"), outside);
        Path inside = h.drop("real.txt", "inside");
        Files.createSymbolicLink(h.input.resolve("alias.txt"), inside);

        FakePipeline pipeline = new FakePipeline();
        RunSummary summary = h.runOnce(pipeline);

        assertFalse(pipeline.calls.contains("link.txt"), "the link's target must not be read");
        assertEquals(new RunCounts(2, 1, 0, 0, 0), summary.counts(), "real.txt and alias.txt publish");
        JsonObject report = h.json("failed/link.json");
        assertEquals("read", report.getString("stage"));
        assertTrue(report.getString("reason").contains("symbolic link"), report.getString("reason"));
        assertEquals(Boolean.TRUE, report.getBoolean("permanent"));
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertFalse(h.exists("xml/link.xml"));
    }

    @Test
    void emptyAndOversizedFilesFailClearlyWithoutReachingThePipeline() throws Exception {
        h.drop("empty.txt", "");
        h.drop("big.txt", "x".repeat(2048));
        h.drop("small.txt", "x".repeat(100));
        FakePipeline pipeline = new FakePipeline();
        RunSummary summary = h.runOnce(h.settings().maxInputBytes(1024).build(), pipeline, List.of());
        assertEquals(List.of("small.txt"), pipeline.calls);
        assertEquals(new RunCounts(1, 2, 0, 0, 0), summary.counts());
        assertTrue(h.json("failed/empty.json").getString("reason").contains("empty"));
        JsonObject big = h.json("failed/big.json");
        assertTrue(big.getString("reason").contains("2048 bytes"), big.getString("reason"));
        assertTrue(big.getString("suggestion").contains("input.max-size"));
    }
}
