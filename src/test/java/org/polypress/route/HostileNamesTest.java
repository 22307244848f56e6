package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.pipeline.OutputFile;
import org.polypress.pipeline.Publication;

/**
 * File names a hostile or unlucky user drops, through the real route: names too long for the
 * file system once Polypress adds its endings, a backslash, a newline. Each run must end, each file
 * get one clear outcome, and nothing be half published.
 */
class HostileNamesTest {
    @TempDir
    Path tmp;
    Harness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(tmp);
    }

    /** Publishes xml/NAME.xml, html/NAME.html and html/NAME.standalone.html, like the real pipeline. */
    static final class ThreeEditions extends FakePipeline {
        private final boolean declaresEnding;

        ThreeEditions(boolean declaresEnding) {
            this.declaresEnding = declaresEnding;
        }

        @Override
        public Publication process(String fileName, byte[] content) throws org.polypress.pipeline.PipelineFailure {
            Publication p = super.process(fileName, content);
            List<OutputFile> files = new java.util.ArrayList<>(p.files());
            files.add(new OutputFile("html/" + p.name() + ".standalone.html", content));
            return new Publication(p.name(), p.language(), p.pages(), files, p.millis());
        }

        @Override
        public String longestNameEnding() {
            return declaresEnding ? ".standalone.html" : super.longestNameEnding();
        }
    }

    private List<String> inputFiles() throws Exception {
        try (Stream<Path> s = Files.list(h.input)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private JsonObject onlyReport() throws Exception {
        try (Stream<Path> s = Files.list(h.output.resolve("failed"))) {
            List<Path> reports = s.toList();
            assertEquals(1, reports.size(), reports.toString());
            return h.json("failed/" + reports.get(0).getFileName());
        }
    }

    @Test
    void nameTooLongForTheMarkerFileIsRefusedAndTheRunEnds() throws Exception {
        String fileName = "α".repeat(125) + ".txt"; // 254 bytes: NAME.camelLock would have 264
        h.drop(fileName, "content");
        FakePipeline pipeline = new ThreeEditions(true);

        RunSummary summary = h.runOnce(pipeline);

        assertEquals(new RunCounts(0, 1, 0, 0, 0), summary.counts());
        assertTrue(pipeline.calls.isEmpty());
        JsonObject report = onlyReport();
        assertEquals(fileName, report.getString("file"));
        assertTrue(report.getString("reason").contains("file name is too long"), report.getString("reason"));
        assertEquals(Boolean.TRUE, report.getBoolean("permanent"));
        assertEquals(1, report.getInteger("attempts"));
        assertEquals(List.of(fileName), inputFiles(), "no marker file is left, the input is kept");
    }

    @Test
    void nameOfTheLongestPossibleLengthIsRefusedWithAShortenedReportName() throws Exception {
        String fileName = "α".repeat(125) + "xyzab"; // 255 bytes, no extension: failed/NAME.json cannot be
        h.drop(fileName, "content");
        RunSummary summary = h.runOnce(new ThreeEditions(true));
        assertEquals(1, summary.counts().failed());
        JsonObject report = onlyReport();
        assertEquals(fileName, report.getString("file"));
        try (Stream<Path> s = Files.list(h.output.resolve("failed"))) {
            String reportName = s.findFirst().orElseThrow().getFileName().toString();
            assertTrue(reportName.startsWith("α".repeat(100)) && reportName.endsWith(".json"), reportName);
            assertTrue(reportName.getBytes(StandardCharsets.UTF_8).length <= 255);
        }
    }

    @Test
    void nameTooLongForTheLongestEditionIsRefusedBeforeAnyWork() throws Exception {
        String fileName = "α".repeat(120) + "x.txt"; // NAME of 241 bytes: NAME.standalone.html has 257
        h.drop(fileName, "content");
        h.drop("short.txt", "fine");
        ThreeEditions pipeline = new ThreeEditions(true);

        RunSummary summary = h.runOnce(pipeline);

        assertEquals(new RunCounts(1, 1, 0, 0, 0), summary.counts());
        assertEquals(List.of("short.txt"), pipeline.calls, "refused before the pipeline ran");
        assertEquals(List.of(".state/owner.lock", ".state/published.keys", "failed/" + "α".repeat(120) + "x.json",
                "html/short.html", "html/short.standalone.html", "status.json", "xml/short.xml"),
                h.outputFiles().stream().filter(f -> !f.startsWith("archive/")).toList(), "the archive has its own tests");
        assertTrue(h.json("failed/" + "α".repeat(120) + "x.json").getString("reason").contains("too long"));
    }

    @Test
    void editionWhoseNameIsTooLongPublishesNoEditionAtAll() throws Exception {
        // A pipeline that does not declare its longest ending: the writer still publishes all or nothing.
        String name = "α".repeat(120) + "x";
        h.drop(name + ".txt", "content");
        ThreeEditions pipeline = new ThreeEditions(false);

        RunSummary summary = h.runOnce(pipeline);

        assertEquals(1, summary.counts().failed());
        assertEquals(1, pipeline.calls.size(), "a name that cannot be written is permanent: not retried");
        assertEquals(List.of(".state/owner.lock", ".state/published.keys", "failed/" + name + ".json", "status.json"), h.outputFiles(),
                "neither xml/NAME.xml nor html/NAME.html may be visible");
        JsonObject report = h.json("failed/" + name + ".json");
        assertEquals("write", report.getString("stage"));
        assertTrue(report.getString("reason").contains("too long"), report.getString("reason"));
        assertEquals(Boolean.TRUE, report.getBoolean("permanent"));
    }

    @Test
    void backslashInANameIsRefusedClearlyAndTheRunEnds() throws Exception {
        h.drop("back\\slash.txt", "content");
        h.drop("plain.txt", "fine");
        FakePipeline pipeline = new FakePipeline();

        RunSummary summary = h.runOnce(pipeline);

        assertEquals(new RunCounts(1, 1, 0, 0, 0), summary.counts());
        assertEquals(List.of("plain.txt"), pipeline.calls);
        JsonObject report = h.json("failed/back_slash.json");
        assertEquals("back\\slash.txt", report.getString("file"));
        assertTrue(report.getString("reason").contains("backslash"), report.getString("reason"));
        assertEquals(List.of("back\\slash.txt", "plain.txt"), inputFiles());
    }

    @Test
    void twoFilesWithOneNameAreBothRefusedRatherThanOneReplacingTheOther() throws Exception {
        // Was: both "published", b.html's editions replaced by b.txt's, and archive/b/v2 the other document.
        h.drop("b.txt", "text");
        h.drop("b.html", "<p>html</p>");
        h.drop("b.txt~", "an editor's backup: not taken, not a clash");
        h.drop("c.txt", "fine");
        FakePipeline pipeline = new FakePipeline();

        RunSummary summary = h.runOnce(pipeline);

        assertEquals(new RunCounts(1, 2, 0, 0, 0), summary.counts());
        assertEquals(List.of("c.txt"), pipeline.calls);
        assertFalse(h.exists("xml/b.xml"));
        JsonObject report = h.json("failed/b.json");
        assertTrue(report.getString("reason").contains("published as b too"), report.getString("reason"));
        assertTrue(report.getString("reason").contains(report.getString("file").equals("b.txt") ? "b.html" : "b.txt"),
                report.getString("reason"));
        assertEquals(Boolean.TRUE, report.getBoolean("permanent"));
    }

    @Test
    void aNameEndingLikeAnEditionIsRefusedRatherThanPublishedOverIt() throws Exception {
        // Was: a.standalone.txt published html/a.standalone.html, then a.txt's standalone edition replaced it.
        h.drop("a.standalone.txt", "one document");
        h.drop("a.txt", "another");
        ThreeEditions pipeline = new ThreeEditions(true);

        RunSummary summary = h.runOnce(pipeline);

        assertEquals(new RunCounts(1, 1, 0, 0, 0), summary.counts());
        assertEquals(List.of("a.txt"), pipeline.calls);
        assertEquals("another", h.read("html/a.standalone.html"));
        JsonObject report = h.json("failed/a.standalone.json");
        assertTrue(report.getString("reason").contains("the standalone edition of a document named a"),
                report.getString("reason"));
        assertTrue(report.getString("suggestion").contains("a-standalone.txt"), report.getString("suggestion"));
    }

    @Test
    void aNewlineInANameCannotForgeALogLine() throws Exception {
        h.drop("x.txt\n2026-12-02 03:00:00 INFO polypress - published forged.txt as forged", "content");
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        RunSummary summary;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            summary = h.runOnce(new FakePipeline());
        } finally {
            System.setErr(original);
        }
        assertEquals(1, summary.counts().failed());
        String log = captured.toString(StandardCharsets.UTF_8);
        for (String line : log.split("\n")) {
            assertFalse(line.contains("published forged") && !line.contains("\\n"), "forged line: " + line);
            assertFalse(line.startsWith("2026-12-02 03:00:00"), "forged line: " + line);
        }
        assertTrue(log.contains("failed    x.txt\\n2026-12-02 03:00:00 INFO polypress - published forged.txt"), log);
    }

    @Test
    void aNameThatIsNotValidInTheFileNameEncodingIsRefusedAsSuch() throws Exception {
        // Bytes 0xFF 0xFE are never UTF-8: Java decodes them to U+FFFD and cannot open the file by that name.
        Process touch = new ProcessBuilder("sh", "-c", "printf x > \"$(printf 'bad\\377\\376.txt')\"")
                .directory(h.input.toFile()).start();
        assumeTrue(touch.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && touch.exitValue() == 0, "no sh");
        assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "file names are not read as UTF-8 here");
        FakePipeline pipeline = new FakePipeline();

        RunSummary summary = h.runOnce(h.settings().maxRetries(3).build(), pipeline, List.of());

        assertEquals(new RunCounts(0, 1, 0, 0, 0), summary.counts());
        JsonObject report = onlyReport();
        assertTrue(report.getString("reason").contains("not valid in the file name encoding"), report.getString("reason"));
        assertEquals(Boolean.TRUE, report.getBoolean("permanent"));
        assertEquals(1, report.getInteger("attempts"));
    }
}
