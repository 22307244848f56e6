package org.polypress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real main in a child JVM: killed with SIGKILL mid-batch and restarted; stopped with SIGTERM. */
class ChildProcessTest {
    private static final int FILES = 16;

    @TempDir
    Path tmp;
    Path in;
    Path out;

    @BeforeEach
    void setUp() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        out = tmp.resolve("out");
        for (int i = 0; i < FILES; i++) {
            Files.writeString(in.resolve(String.format("doc-%02d.txt", i)), "document number " + i);
        }
    }

    private Process start(String log, long delayMs, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpolypress.test.delayMs=" + delayMs,
                "-cp", System.getProperty("java.class.path"),
                PolypressMain.class.getName(),
                "--input", in.toString(), "--output", out.toString(), "--workers", "2",
                "--poll-delay", "50ms", "--read-lock-check-interval", "20ms", "--read-lock-timeout", "1s",
                "--progress", "off", "--set", "pipeline.class=" + ScriptedTestPipeline.class.getName()));
        cmd.addAll(List.of(extra));
        File logFile = tmp.resolve(log).toFile();
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile).start();
    }

    private long published() throws IOException {
        Path xml = out.resolve("xml");
        if (!Files.isDirectory(xml)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(xml)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xml")).count();
        }
    }

    private void waitFor(String what, long timeoutMs, Check check) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!check.ok()) {
            assertTrue(System.currentTimeMillis() < deadline, "timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    @FunctionalInterface
    interface Check {
        boolean ok() throws Exception;
    }

    @Test
    void killedMidBatchAndRestartedEveryFileEndsPublishedExactlyOnce() throws Exception {
        Process first = start("first.log", 250);
        waitFor("a few publications", 20_000, () -> published() >= 4);
        first.destroyForcibly();
        assertTrue(first.waitFor(10, TimeUnit.SECONDS));
        long beforeRestart = published();
        assertTrue(beforeRestart < FILES, "killed before the batch was complete (" + beforeRestart + ")");
        // Also what a crash in the middle of an atomic write leaves behind:
        Files.writeString(out.resolve("xml/.polypress-crashed.tmp"), "half");

        Process second = start("second.log", 0, "--once");
        assertTrue(second.waitFor(30, TimeUnit.SECONDS), "--once did not finish");
        String log = Files.readString(tmp.resolve("second.log"), StandardCharsets.UTF_8);
        assertEquals(0, second.exitValue(), log);

        for (int i = 0; i < FILES; i++) {
            String name = String.format("doc-%02d", i);
            assertEquals("document number " + i, Files.readString(out.resolve("xml/" + name + ".xml")), name);
        }
        try (Stream<Path> s = Files.walk(out)) {
            List<Path> temps = s.filter(p -> p.getFileName().toString().startsWith(".polypress-")).toList();
            assertEquals(List.of(), temps, "no temporary file may remain");
        }
        try (Stream<Path> s = Files.list(out.resolve("failed"))) {
            assertEquals(0, s.count(), "nothing failed");
        }
        List<String> keys = Files.readAllLines(out.resolve(".state/published.keys"));
        assertEquals(FILES, keys.size(), "each document recorded once: " + keys);
        assertEquals(FILES, new HashSet<>(keys).size());

        Matcher m = Pattern.compile("done: (\\d+) published, 0 failed, (\\d+) skipped").matcher(log);
        assertTrue(m.find(), log);
        int republished = Integer.parseInt(m.group(1));
        int skipped = Integer.parseInt(m.group(2));
        assertEquals(FILES, republished + skipped, log);
        assertTrue(skipped >= 1 && republished >= 1, "work was split across the two runs: " + m.group());
        System.out.printf("crash test: %d outputs before SIGKILL; restart published %d, skipped %d%n",
                beforeRestart, republished, skipped);
    }

    @Test
    void sigtermLetsTheDocumentsInProgressFinish() throws Exception {
        Process watcher = start("watch.log", 1500);
        Path status = out.resolve("status.json");
        // All 16 files are handed over at once (2 running, 14 queued); signal before any is done.
        Pattern working = Pattern.compile("(?s).*\"published\": 0,.*\"inProgress\": (1[0-9]|[2-9]).*");
        waitFor("documents in progress", 20_000,
                () -> Files.exists(status) && working.matcher(Files.readString(status)).matches());
        // "inProgress" counts the documents handed over, queued ones included: give both workers
        // the moment they need to take theirs (each takes 1.5 s, so none is done yet).
        Thread.sleep(400);
        assertTrue(working.matcher(Files.readString(status)).matches(), "still none published");
        long signalled = System.nanoTime();
        watcher.destroy(); // SIGTERM
        assertTrue(watcher.waitFor(20, TimeUnit.SECONDS));
        long stopMillis = (System.nanoTime() - signalled) / 1_000_000;
        String log = Files.readString(tmp.resolve("watch.log"), StandardCharsets.UTF_8);
        assertEquals(143, watcher.exitValue(), log); // 128 + SIGTERM, after the shutdown hook ran
        // Queued documents are not started once the signal came; they are abandoned, to be done next time.
        assertTrue(Pattern.compile("stopped: 2 published, 0 failed, 0 skipped(, \\d+ abandoned)? in").matcher(log).find(), log);
        assertTrue(stopMillis < 5000, "stopping took " + stopMillis + " ms");
        assertEquals(2, published(), "the two documents in progress were finished, no queued one was started");
        assertTrue(Files.readString(status).contains("\"state\": \"stopped\""));
        try (Stream<Path> s = Files.walk(out)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".polypress-")));
        }
        System.out.printf("sigterm test: stopped %d ms after the signal%n", stopMillis);
    }
}
