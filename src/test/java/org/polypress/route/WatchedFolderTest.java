package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.archive.BagChecker;
import org.polypress.config.ProcessedPolicy;
import org.polypress.pipeline.DocumentPipeline;
import org.polypress.pipeline.OutputFile;
import org.polypress.pipeline.Publication;
import org.polypress.pipeline.PipelineFailure;
import org.polypress.pipeline.Stage;

/** The watched folder end to end through the real Camel route, with fake pipelines. */
class WatchedFolderTest {
    @TempDir
    Path tmp;
    Harness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(tmp);
    }

    @Test
    void publishesEveryFileOnceAndRecordsItsKey() throws Exception {
        h.drop("a.txt", "alpha");
        h.drop("b.txt", "beta");
        h.drop("report.v2.txt", "gamma");
        FakePipeline pipeline = new FakePipeline();

        RunSummary summary = h.runOnce(pipeline);

        assertEquals(new RunCounts(3, 0, 0, 0, 0), summary.counts());
        assertEquals(0, summary.exitCode());
        assertEquals("alpha", h.read("xml/a.xml"));
        assertEquals("<p>beta</p>", h.read("html/b.html"));
        assertEquals("gamma", h.read("xml/report.v2.xml"), "NAME.ext -> NAME, only the last extension goes");
        assertEquals(3, pipeline.calls.size());
        assertEquals(3, h.publishedKeys().size());
        assertTrue(h.publishedKeys().contains(InputReader.sha256("alpha".getBytes(StandardCharsets.UTF_8)) + "/a.txt"));
        assertTrue(Files.exists(h.input.resolve("a.txt")), "inputs are kept by default");
    }

    @Test
    void sameContentIsNotRepublishedAfterRestartButChangedOrRenamedContentIs() throws Exception {
        h.drop("a.txt", "alpha");
        FakePipeline first = new FakePipeline();
        assertEquals(1, h.runOnce(first).counts().published());

        // Second Camel context over the same folders: the repository in output/.state persisted.
        // Re-drop identical content with a new time stamp, as a user copying it again would.
        Files.setLastModifiedTime(h.input.resolve("a.txt"), FileTime.from(Instant.now().plusSeconds(5)));
        FakePipeline second = new FakePipeline();
        RunSummary again = h.runOnce(second);
        assertEquals(new RunCounts(0, 0, 1, 0, 0), again.counts());
        assertEquals(0, again.exitCode());
        assertTrue(second.calls.isEmpty(), "unchanged content must not reach the pipeline");

        h.drop("a.txt", "alpha, revised");
        h.drop("copy-of-a.txt", "alpha");
        FakePipeline third = new FakePipeline();
        RunSummary changed = h.runOnce(third);
        assertEquals(2, changed.counts().published());
        assertEquals("alpha, revised", h.read("xml/a.xml"));
        assertEquals("alpha", h.read("xml/copy-of-a.xml"), "same content under another name is its own document");
        assertEquals(3, h.publishedKeys().size());
    }

    @Test
    void permanentFailureWritesReportKeepsInputAndWritesNoEditions() throws Exception {
        Path input = h.drop("broken.txt", "garbage");
        FakePipeline pipeline = new FakePipeline((f, c, a) -> {
            throw new PipelineFailure(Stage.EXTRACT, true, "The text cannot be decoded.", "Save it as UTF-8.");
        });

        RunSummary summary = h.runOnce(pipeline);

        assertEquals(new RunCounts(0, 1, 0, 0, 0), summary.counts());
        assertEquals(1, summary.exitCode());
        assertEquals(1, pipeline.calls.size(), "permanent failures are not retried");
        JsonObject report = h.json("failed/broken.json");
        assertEquals("broken.txt", report.getString("file"));
        assertEquals("extract", report.getString("stage"));
        assertEquals("The text cannot be decoded.", report.getString("reason"));
        assertEquals("Save it as UTF-8.", report.getString("suggestion"));
        assertEquals(Boolean.TRUE, report.getBoolean("permanent"));
        assertEquals(InputReader.sha256("garbage".getBytes(StandardCharsets.UTF_8)), report.getString("sha256"));
        assertEquals(input.toString(), report.getString("input"));
        assertNotNull(Instant.parse(report.getString("time")));
        assertTrue(Files.exists(input), "failed input stays in place");
        assertEquals(1, report.getInteger("attempts"));
        assertEquals(List.of(".state/owner.lock", ".state/published.keys", "failed/broken.json", "status.json"), h.outputFiles());
        assertTrue(h.publishedKeys().isEmpty(), "a failure is not recorded as published");
    }

    @Test
    void failedDocumentIsRetriedOnRestartAndSuccessClearsTheReport() throws Exception {
        h.drop("doc.txt", "v1");
        assertEquals(1, h.runOnce(new FakePipeline((f, c, a) -> {
            throw new PipelineFailure(Stage.STRUCTURE, true, "No body found.", "Check the input.");
        })).exitCode());
        assertTrue(h.exists("failed/doc.json"));

        // Same content, fixed pipeline, next start: retried because the key was never stored.
        FakePipeline fixed = new FakePipeline();
        RunSummary summary = h.runOnce(fixed);
        assertEquals(1, summary.counts().published());
        assertEquals(List.of("doc.txt"), fixed.calls);
        assertFalse(h.exists("failed/doc.json"), "a successful publication removes the failure report");
        assertEquals("v1", h.read("xml/doc.xml"));
    }

    @Test
    void fixedRedropPublishesAndClearsReportWithinOneRun() throws Exception {
        FakePipeline pipeline = new FakePipeline((f, c, a) -> {
            if (new String(c, StandardCharsets.UTF_8).contains("bad")) {
                throw new PipelineFailure(Stage.AKN, true, "Invalid structure.", "Fix the headings.");
            }
        });
        try (WatchedFolder folder = new WatchedFolder(h.settings().build(), pipeline, List.of())) {
            folder.start();
            h.drop("doc.txt", "bad text");
            assertTrue(folder.awaitIdle(java.time.Duration.ofSeconds(20)));
            assertTrue(h.exists("failed/doc.json"));
            assertFalse(h.exists("xml/doc.xml"));

            h.drop("doc.txt", "good text, fixed");
            assertTrue(folder.awaitIdle(java.time.Duration.ofSeconds(20)));
            assertFalse(h.exists("failed/doc.json"));
            assertEquals("good text, fixed", h.read("xml/doc.xml"));
            assertEquals(new RunCounts(1, 1, 0, 0, 0), folder.stop().counts());
        }
    }

    @Test
    void laterFailureLeavesEditionsOfTheEarlierGoodVersion() throws Exception {
        h.drop("doc.txt", "good");
        h.runOnce(new FakePipeline());
        h.drop("doc.txt", "worse");
        h.runOnce(new FakePipeline((f, c, a) -> {
            throw new PipelineFailure(Stage.PDF, true, "Layout overflow.", "Shorten the table.");
        }));
        assertEquals("good", h.read("xml/doc.xml"));
        assertEquals("pdf", h.json("failed/doc.json").getString("stage"));
    }

    @Test
    void transientFailureIsRetriedThenSucceeds() throws Exception {
        h.drop("flaky.txt", "content");
        FakePipeline pipeline = new FakePipeline((f, c, attempt) -> {
            if (attempt <= 2) {
                throw new PipelineFailure(Stage.PDF, false, "Font cache locked.", null);
            }
        });
        RunSummary summary = h.runOnce(h.settings().maxRetries(2).build(), pipeline, List.of());
        assertEquals(new RunCounts(1, 0, 0, 0, 0), summary.counts());
        assertEquals(3, pipeline.callsFor("flaky.txt"), "two failures, then the third attempt succeeds");
        assertFalse(h.exists("failed/flaky.json"));
    }

    @Test
    void transientFailureGivesUpAfterMaxRetries() throws Exception {
        h.drop("flaky.txt", "content");
        FakePipeline pipeline = new FakePipeline((f, c, attempt) -> {
            throw new PipelineFailure(Stage.PDF, false, "Disk busy.", null);
        });
        RunSummary summary = h.runOnce(h.settings().maxRetries(2).build(), pipeline, List.of());
        assertEquals(1, summary.counts().failed());
        assertEquals(3, pipeline.callsFor("flaky.txt"));
        JsonObject report = h.json("failed/flaky.json");
        assertEquals(Boolean.FALSE, report.getBoolean("permanent"));
        assertEquals(3, report.getInteger("attempts"));
        assertTrue(report.getString("suggestion").contains("temporary"));
    }

    @Test
    void unexpectedExceptionBecomesAFailureAndTheRouteCarriesOn() throws Exception {
        h.drop("boom.txt", "x");
        h.drop("fine.txt", "y");
        FakePipeline pipeline = new FakePipeline((f, c, a) -> {
            if (f.equals("boom.txt")) {
                throw new IllegalStateException("null table cell");
            }
        });
        RunSummary summary = h.runOnce(pipeline);
        assertEquals(new RunCounts(1, 1, 0, 0, 0), summary.counts());
        assertEquals(1, pipeline.callsFor("boom.txt"), "bugs are not retried");
        JsonObject report = h.json("failed/boom.json");
        assertEquals("pipeline", report.getString("stage"));
        assertTrue(report.getString("reason").contains("null table cell"), report.getString("reason"));
        assertTrue(report.getString("error").startsWith("java.lang.IllegalStateException"));
        assertEquals("y", h.read("xml/fine.xml"));
    }

    @Test
    void errorInsideThePipelineBecomesAFailureInsteadOfALostDocument() throws Exception {
        h.drop("deep.txt", "x");
        h.drop("fine.txt", "y");
        FakePipeline pipeline = new FakePipeline((f, c, a) -> {
            if (f.equals("deep.txt")) {
                throw new StackOverflowError();
            }
        });
        RunSummary summary = h.runOnce(pipeline);
        assertEquals(new RunCounts(1, 1, 0, 0, 0), summary.counts());
        JsonObject report = h.json("failed/deep.json");
        assertTrue(report.getString("reason").contains("StackOverflowError"), report.getString("reason"));
        assertEquals("y", h.read("xml/fine.xml"));
    }

    @Test
    void outputPathsOutsideTheOutputFolderAreRefused() throws Exception {
        h.drop("evil.txt", "x");
        org.polypress.pipeline.DocumentPipeline escaping = (f, c) -> new org.polypress.pipeline.Publication("evil",
                "en", 1, List.of(new org.polypress.pipeline.OutputFile("failed/other.json", c)), 1);
        RunSummary summary = h.runOnce(escaping);
        assertEquals(1, summary.counts().failed());
        assertEquals("write", h.json("failed/evil.json").getString("stage"));
        assertFalse(h.exists("failed/other.json"));
    }

    @Test
    void moveModeMovesPublishedAndUnchangedInputsButKeepsFailedOnes() throws Exception {
        h.drop("good.txt", "fine");
        h.drop("bad.txt", "broken");
        FakePipeline pipeline = new FakePipeline((f, c, a) -> {
            if (f.equals("bad.txt")) {
                throw new PipelineFailure(Stage.CLEAN, true, "Nothing left after cleaning.", "Check the input.");
            }
        });
        var settings = h.settings().processed(ProcessedPolicy.MOVE).build();
        RunSummary summary = h.runOnce(settings, pipeline, List.of());
        assertEquals(new RunCounts(1, 1, 0, 0, 0), summary.counts());
        Path done = h.input.resolve("done");
        assertEquals("fine", Files.readString(done.resolve("good.txt")));
        assertFalse(Files.exists(h.input.resolve("good.txt")));
        assertTrue(Files.exists(h.input.resolve("bad.txt")), "failed inputs stay where they were dropped");

        h.drop("good.txt", "fine"); // dropped again, unchanged: skipped and moved as well
        RunSummary again = h.runOnce(settings, new FakePipeline(), List.of());
        assertEquals(1, again.counts().skipped());
        assertFalse(Files.exists(h.input.resolve("good.txt")));
    }

    @Test
    void listenersHearOfEachPublicationAfterItsFilesAreInPlace() throws Exception {
        h.drop("a.txt", "alpha");
        List<String> seen = new CopyOnWriteArrayList<>();
        PublicationListener listener = (p, out) -> {
            assertTrue(Files.exists(out.resolve("xml/" + p.name() + ".xml")));
            seen.add(p.name());
        };
        PublicationListener broken = (p, out) -> {
            throw new IllegalStateException("catalogue down");
        };
        RunSummary summary = h.runOnce(h.settings().build(), new FakePipeline(), List.of(broken, listener));
        assertEquals(1, summary.counts().published(), "a failing listener does not fail the publication");
        assertEquals(List.of("a"), seen);
    }

    @Test
    void statusFileDescribesTheRun() throws Exception {
        h.drop("a.txt", "alpha");
        h.drop("b.txt", "beta");
        h.runOnce(new FakePipeline((f, c, a) -> {
            if (f.equals("b.txt")) {
                throw new PipelineFailure(Stage.HTML, true, "Stylesheet error.", "Report it.");
            }
        }));
        JsonObject status = h.json("status.json");
        assertEquals("stopped", status.getString("state"));
        JsonObject counts = (JsonObject) status.get("counts");
        assertEquals(1, counts.getInteger("published"));
        assertEquals(1, counts.getInteger("failed"));
        assertEquals(0, counts.getInteger("inProgress"));
        JsonArray recent = (JsonArray) status.get("recent");
        assertEquals(2, recent.size());
        List<String> outcomes = recent.stream().map(o -> ((JsonObject) o).getString("file") + ":"
                + ((JsonObject) o).getString("outcome")).sorted().toList();
        assertEquals(List.of("a.txt:published", "b.txt:failed"), outcomes);
        assertEquals(h.output.toString(), status.getString("output"));
        assertNull(h.json("status.json").get("error"));
    }

    @Test
    void statusReportsRunningAndIdleWhileWatching() throws Exception {
        FakePipeline pipeline = new FakePipeline((f, c, a) -> FakePipeline.sleep(600));
        try (WatchedFolder folder = new WatchedFolder(h.settings().build(), pipeline, List.of())) {
            folder.start();
            assertTrue(folder.awaitIdle(java.time.Duration.ofSeconds(10)));
            assertEquals("idle", h.json("status.json").getString("state"));
            h.drop("slow.txt", "x");
            long deadline = System.currentTimeMillis() + 5000;
            while (pipeline.running.get() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            JsonObject during = h.json("status.json");
            assertEquals("running", during.getString("state"));
            assertEquals(1, ((JsonObject) during.get("counts")).getInteger("inProgress"));
            assertTrue(folder.awaitIdle(java.time.Duration.ofSeconds(10)));
            assertEquals("idle", h.json("status.json").getString("state"));
        }
    }

    @Test
    void stopAfterTheShutdownTimeoutAbandonsDocumentsWithoutOutputAndTheNextStartDoesThem() throws Exception {
        h.drop("stuck.txt", "takes forever");
        FakePipeline stuck = new FakePipeline((f, c, a) -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PipelineFailure(Stage.PDF, false, "interrupted", null, e);
            }
        });
        var settings = h.settings().shutdownTimeout(java.time.Duration.ofSeconds(1)).build();
        RunSummary summary;
        long stopMillis;
        try (WatchedFolder folder = new WatchedFolder(settings, stuck, List.of())) {
            folder.start();
            long deadline = System.currentTimeMillis() + 5000;
            while (stuck.running.get() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            long t0 = System.nanoTime();
            summary = folder.stop();
            stopMillis = (System.nanoTime() - t0) / 1_000_000;
        }
        assertTrue(stopMillis < 8000, "stop took " + stopMillis + " ms");
        assertEquals(0, summary.counts().published());
        assertEquals(0, summary.counts().failed(), "an interrupted document is not reported as failed");
        assertFalse(h.exists("failed/stuck.json"));
        assertFalse(h.exists("xml/stuck.xml"));
        assertTrue(h.publishedKeys().isEmpty());

        RunSummary next = h.runOnce(new FakePipeline());
        assertEquals(1, next.counts().published(), "processed at the next start");
        assertEquals("takes forever", h.read("xml/stuck.xml"));
    }

    @Test
    void eachPublicationIsArchivedAndChangedContentAddsAVersionBesideTheOld() throws Exception {
        byte[] first = "alpha\r\n\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(h.input.resolve("a.txt"), first);
        h.runOnce(new FakePipeline());
        Path v1 = h.output.resolve("archive/a/v1");
        assertTrue(new BagChecker().check(v1).valid());
        assertArrayEquals(first, Files.readAllBytes(v1.resolve("data/input/a.txt")));
        assertArrayEquals(first, Files.readAllBytes(v1.resolve("data/xml/a.xml")));
        byte[] bagInfo = Files.readAllBytes(v1.resolve("bag-info.txt"));

        h.drop("a.txt", "alpha, revised");
        h.runOnce(new FakePipeline());
        Path v2 = h.output.resolve("archive/a/v2");
        assertTrue(new BagChecker().check(v2).valid());
        assertEquals("alpha, revised", Files.readString(v2.resolve("data/input/a.txt")));
        assertArrayEquals(first, Files.readAllBytes(v1.resolve("data/input/a.txt")), "v1 stays as it was");
        assertArrayEquals(bagInfo, Files.readAllBytes(v1.resolve("bag-info.txt")));
        assertTrue(new BagChecker().check(v1).valid());
    }

    @Test
    void archiveOffWritesNoBags() throws Exception {
        h.drop("a.txt", "alpha");
        h.runOnce(h.settings().set("archive", "off").build(), new FakePipeline(), List.of());
        assertEquals("alpha", h.read("xml/a.xml"));
        assertFalse(Files.exists(h.output.resolve("archive")));
    }

    @Test
    void aBagThatCannotBeMadeFailsTheDocumentAndNoEditionIsWritten() throws Exception {
        h.drop("a.txt", "alpha");
        // An edition on the input's own path in the bag: the bag would lose the input.
        DocumentPipeline clash = (fileName, content) -> new Publication("a", "nl", 1, List.of(
                new OutputFile("xml/a.xml", content), new OutputFile("input/a.txt", content)), 1);
        RunSummary summary = h.runOnce(clash);
        assertEquals(1, summary.counts().failed());
        assertFalse(h.exists("xml/a.xml"), "no edition without its bag");
        assertTrue(h.read("failed/a.json").contains("archival package"), h.read("failed/a.json"));
        try (Stream<Path> left = Files.walk(h.output.resolve("archive"))) {
            assertEquals(List.of(h.output.resolve("archive"), h.output.resolve("archive/a")), left.sorted().toList());
        }
    }

    @Test
    void leftoverTemporariesAreRemovedOnStart() throws Exception {
        Files.createDirectories(h.output.resolve("xml"));
        Path leftover = h.output.resolve("xml/.polypress-0d1e.tmp");
        Files.writeString(leftover, "half");
        Path unrelated = h.output.resolve("xml/keep.tmp");
        Files.writeString(unrelated, "not ours");
        h.runOnce(new FakePipeline());
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(unrelated), "only our own temporaries are removed");
    }
}
