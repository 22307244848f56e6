package org.polypress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.config.SettingDescriptor;
import org.polypress.config.SettingsLoader;

class PolypressMainTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PolypressMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpExplainsEveryOption() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"--once", "--input DIR", "--output DIR", "--config FILE", "--set KEY=VALUE",
            "--verify [DIR]"}) {
            assertTrue(help.contains(option), option);
        }
        for (SettingDescriptor d : SettingsLoader.descriptors()) {
            assertTrue(help.contains(d.option() + "  ["), "help lacks " + d.option());
        }
        assertTrue(help.contains("failed/NAME.json"));
        assertTrue(help.contains("....txt") && help.contains("sub-folders") && help.contains("\"ignored\""), help);
    }

    @Test
    void verifyChecksEveryBagPrintsOneLineEachAndExitsOneWhenAnyIsInvalid() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path outDir = tmp.resolve("out");
        Files.writeString(in.resolve("a.txt"), "alpha");
        Files.writeString(in.resolve("b.txt"), "beta");
        assertEquals(0, run("--once", "--input", in.toString(), "--output", outDir.toString(),
                "--read-lock-check-interval", "20ms", "--poll-delay", "50ms", "--progress", "off",
                "--set", "pipeline.class=" + ScriptedTestPipeline.class.getName()));
        out.reset();
        assertEquals(0, run("--verify", outDir.toString()));
        assertEquals(String.join(System.lineSeparator(), "valid    archive/a/v1", "valid    archive/b/v1",
                "2 bags under " + outDir + ": 2 valid, 0 invalid", ""), out.toString(StandardCharsets.UTF_8));

        Files.writeString(outDir.resolve("archive/b/v1/data/input/b.txt"), "betA");
        out.reset();
        assertEquals(1, run("--output", outDir.toString(), "--verify"), "the output folder by default");
        String lines = out.toString(StandardCharsets.UTF_8);
        assertTrue(lines.startsWith("valid    archive/a/v1" + System.lineSeparator()
                + "INVALID  archive/b/v1: CorruptChecksumException: "), lines);
        assertTrue(lines.endsWith("2 bags under " + outDir + ": 1 valid, 1 invalid" + System.lineSeparator()), lines);
        assertEquals(1, run("--verify", tmp.resolve("nowhere").toString()));

        // A bag that lost its bagit.txt is still one of the archive's versions: listed, and invalid.
        Files.writeString(outDir.resolve("archive/b/v1/data/input/b.txt"), "beta");
        Files.delete(outDir.resolve("archive/a/v1/bagit.txt"));
        out.reset();
        assertEquals(1, run("--verify", outDir.toString()));
        assertEquals(String.join(System.lineSeparator(), "INVALID  archive/a/v1: bagit.txt is missing",
                "valid    archive/b/v1", "2 bags under " + outDir + ": 1 valid, 1 invalid", ""),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, run("--bogus"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --bogus"));
        assertEquals(2, run("--workers", "several"));
        assertEquals(2, run("--once", "--set", "pipeline.class=org.example.Missing"));
        assertEquals(2, run("--config", tmp.resolve("missing.properties").toString()));
    }

    @Test
    void aMistypedArchiveSettingIsBadUsageInOneLine() {
        assertEquals(2, run("--once", "--archive", "maybe", "--input", tmp.toString(), "--output",
                tmp.resolve("out").toString(), "--set", "pipeline.class=" + ScriptedTestPipeline.class.getName()));
        assertEquals("polypress: setting archive=maybe: expected on or off (or true/false, yes/no)\n",
                err.toString(StandardCharsets.UTF_8).replaceAll("Try --help.*\n", ""));
    }

    @Test
    void aSiteBaseWithoutItsHostIsRefusedAtStartSayingWhy() {
        // Was: "cannot create the document pipeline: IllegalArgumentException" and exit 1, after
        // the seconds the pipeline takes to build.
        assertEquals(2, run("--once", "--site-base", "/docs/"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("setting site.base=/docs/: expected an absolute URL with its host, such as "
                + "https://www.example.org/docs/"), message);
        assertTrue(message.contains("leave it empty for relative links"), message);
    }

    @Test
    void onceExitsZeroWhenAllPublishedAndOneWhenAnyFailed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path outDir = tmp.resolve("out");
        Files.writeString(in.resolve("a.txt"), "fine");
        String[] args = {"--once", "--input", in.toString(), "--output", outDir.toString(),
                "--read-lock-check-interval", "20ms", "--poll-delay", "50ms", "--progress", "off",
                "--set", "pipeline.class=" + ScriptedTestPipeline.class.getName()};
        assertEquals(0, run(args));
        assertEquals("fine", Files.readString(outDir.resolve("xml/a.xml")));

        assertEquals(0, run(args), "unchanged inputs are skipped, which is success");

        Files.writeString(in.resolve("b.txt"), "FAIL here");
        assertEquals(1, run(args));
        assertTrue(Files.exists(outDir.resolve("failed/b.json")));
    }

    @Test
    void onceOverAnEmptyFolderExitsZeroPromptly() throws Exception {
        long start = System.nanoTime();
        Path in = Files.createDirectories(tmp.resolve("in"));
        assertEquals(0, run("--once", "--input", in.toString(), "--output", tmp.resolve("out").toString(),
                "--progress", "off", "--set", "pipeline.class=" + ScriptedTestPipeline.class.getName()));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5000);
    }

    @Test
    void aMissingInputFolderExitsWithTwoAndOneLineUnlessItIsToBeCreated() {
        Path in = tmp.resolve("typo");
        String[] args = {"--once", "--input", in.toString(), "--output", tmp.resolve("out").toString(),
                "--progress", "off", "--set", "pipeline.class=" + ScriptedTestPipeline.class.getName()};
        assertEquals(2, run(args));
        assertEquals("polypress: no such input folder: " + in.toAbsolutePath()
                + " (create it, or set input.create=true)\n", err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(in));

        String[] creating = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--input-create", "true")).toArray(String[]::new);
        assertEquals(0, run(creating));
        assertTrue(Files.isDirectory(in), "created on request");
    }

    @Test
    void aStartRefusedForItsOutputFolderLeavesNoStatusOfAnEarlierRun() throws Exception {
        // Issue 14: a run that starts on a full disk left the previous run's "stopped, 0 failed".
        // The command line checks the folders before building the pipeline, and returned there
        // leaving it (WatchedFolder.start removed it, but was never reached). A .state that is a
        // file refuses the start as a full disk does (tried on a full tmpfs: "No space left on device").
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(outDir.resolve("status.json"), "{\"state\": \"stopped\", \"counts\": {\"failed\": 0}}");
        Files.writeString(outDir.resolve(".state"), "in the way");
        assertEquals(2, run("--once", "--input", in.toString(), "--output", outDir.toString(), "--progress", "off",
                "--set", "pipeline.class=" + ScriptedTestPipeline.class.getName()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("polypress: the output folder " + outDir
                + " cannot be used: "), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(outDir.resolve("status.json")), "the earlier run's status.json is gone");
    }

    @Test
    void anOutputFolderThatIsAFileExitsWithTwoAndOneLineBeforeAnyWork() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "fine");
        Path outFile = Files.writeString(tmp.resolve("out"), "not a folder");
        assertEquals(2, run("--once", "--input", in.toString(), "--output", outFile.toString(), "--progress", "off",
                "--set", "pipeline.class=" + ScriptedTestPipeline.class.getName()));
        assertEquals("polypress: the output folder " + outFile + " is a file, not a folder\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
