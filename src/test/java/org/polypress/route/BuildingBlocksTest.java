package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unit tests of the route's small parts: names, output layout, atomic writes, progress line. */
class BuildingBlocksTest {
    @TempDir
    Path tmp;

    @Test
    void idleWaitEndsWithAnErrorWhenScansStopWhileNothingIsInProgress() {
        // No scan ever begins (the poller's thread is gone): --once must not wait forever.
        IdleDetector stopped = new IdleDetector(() -> 0, () -> false, java.time.Duration.ofMillis(50));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> stopped.awaitIdle(java.time.Duration.ofMinutes(1)));
        assertTrue(e.getMessage().contains("scanner stopped"), e.getMessage());
    }

    @Test
    void idleWaitKeepsWaitingWhileADocumentIsInProgress() throws Exception {
        // The poller runs a document itself when the queue is full: no scans then, and no error.
        IdleDetector busy = new IdleDetector(() -> 1, () -> false, java.time.Duration.ofMillis(50));
        assertFalse(busy.awaitIdle(java.time.Duration.ofMillis(300)));
        assertEquals(java.time.Duration.ofSeconds(30), WatchedFolder.stallLimit(java.time.Duration.ofMillis(500)));
        assertEquals(java.time.Duration.ofSeconds(40), WatchedFolder.stallLimit(java.time.Duration.ofSeconds(2)));
    }

    @Test
    void documentNameDropsOnlyTheLastExtension() {
        assertEquals(Optional.of("report"), DocumentName.of("report.txt"));
        assertEquals(Optional.of("report.v2"), DocumentName.of("report.v2.pdf"));
        assertEquals(Optional.of("README"), DocumentName.of("README"));
        assertEquals(Optional.of("with spaces"), DocumentName.of("with spaces.docx"));
        assertEquals(Optional.of("δοκιμή"), DocumentName.of("δοκιμή.txt"));
    }

    @Test
    void documentNameRefusesPathsAndOddNames() {
        for (String bad : new String[] {"../x.txt", "a/b.txt", "a\\b.txt", ".hidden", "..", "", " ", "a\nb.txt"}) {
            assertTrue(DocumentName.problem(bad).isPresent(), bad);
            assertEquals(Optional.empty(), DocumentName.of(bad), bad);
        }
    }

    @Test
    void editionPathsStayInsideTheOutputFolderAndOffReservedEntries() throws Exception {
        OutputLayout layout = new OutputLayout(tmp);
        assertEquals(tmp.resolve("html/a.html"), layout.edition("html/a.html"));
        assertEquals(tmp.resolve("a.pdf"), layout.edition("./a.pdf"));
        for (String bad : new String[] {"/etc/passwd", "../x", "html/../../x", "failed/a.json", ".state/published.keys",
                "status.json", "", ".", "x/.polypress-1.tmp", "archive/a/v1/bagit.txt"}) {
            assertThrows(OutputLayout.InvalidEditionPath.class, () -> layout.edition(bad), bad);
        }
        assertEquals(tmp.resolve("failed/doc.json"), layout.failureReport("doc"));
    }

    @Test
    void atomicWritesReplaceWholeFilesAndLeaveNoTemporaries() throws Exception {
        Path a = tmp.resolve("x/a.txt");
        Path b = tmp.resolve("y/b.txt");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(a, "one".getBytes(StandardCharsets.UTF_8));
        files.put(b, "two".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeAll(files, true);
        AtomicFiles.write(a, "uno".getBytes(StandardCharsets.UTF_8), false);
        assertEquals("uno", Files.readString(a));
        assertEquals("two", Files.readString(b));
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(List.of(), s.filter(AtomicFiles::isTemporary).toList());
        }
    }

    @Test
    void failedWriteLeavesNoTemporaryAndKeepsTheOldVersion() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("d"));
        Path ok = dir.resolve("ok.txt");
        Files.writeString(ok, "old");
        Path blocked = dir.resolve("blocked");
        Files.createDirectories(blocked.resolve("occupied")); // a folder where a file should replace it
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(blocked.resolve("occupied"), "x".getBytes(StandardCharsets.UTF_8));
        files.put(ok, "new".getBytes(StandardCharsets.UTF_8));
        Files.writeString(blocked.resolve("occupied/inner"), "makes the folder non-empty");
        assertThrows(java.io.IOException.class, () -> AtomicFiles.writeAll(files, false));
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(List.of(), s.filter(AtomicFiles::isTemporary).toList());
        }
        assertEquals("old", Files.readString(ok), "nothing was renamed into place after the first failure");
    }

    @Test
    void leftoverRemovalOnlyTouchesOurTemporaries() throws Exception {
        Path ours = Files.createDirectories(tmp.resolve("a/b")).resolve(".polypress-123.tmp");
        Files.writeString(ours, "x");
        Path theirs = tmp.resolve("a/.other.tmp");
        Files.writeString(theirs, "y");
        assertEquals(List.of(ours), AtomicFiles.removeLeftovers(tmp));
        assertFalse(Files.exists(ours));
        assertTrue(Files.exists(theirs));
    }

    @Test
    void leftoverRemovalTakesAStagedBagFolderWithAllItHolds() throws Exception {
        Path staged = Files.createDirectories(tmp.resolve("archive/a/.polypress-4f2a.tmp/bag/data/xml"));
        Files.writeString(staged.resolve("a.xml"), "<x/>");
        Path bag = Files.createDirectories(tmp.resolve("archive/a/v1/data"));
        Files.writeString(bag.resolve("kept.txt"), "a published version");
        assertEquals(List.of(tmp.resolve("archive/a/.polypress-4f2a.tmp")), AtomicFiles.removeLeftovers(tmp));
        assertFalse(Files.exists(tmp.resolve("archive/a/.polypress-4f2a.tmp")));
        assertTrue(Files.exists(bag.resolve("kept.txt")));
    }

    @Test
    void progressLineOverwritesItselfAndClearsWhenIdle() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        line.show(new RunCounts(3, 1, 0, 0, 2));
        line.show(new RunCounts(4, 1, 0, 0, 1));
        line.show(new RunCounts(5, 1, 0, 0, 0));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\r[4 done: 3 published, 1 failed, 0 skipped | 2 in progress]"), out);
        assertTrue(out.contains("\r[5 done: 4 published, 1 failed, 0 skipped | 1 in progress]"), out);
        assertTrue(out.endsWith("\r"), "cleared when nothing is in progress");
        assertFalse(out.contains("\n"));
    }
}
