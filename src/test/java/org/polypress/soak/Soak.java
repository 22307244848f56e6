package org.polypress.soak;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.polypress.ingest.TestFiles;
import org.polypress.pipeline.RecordJson;

/**
 * The soak test of the watched folder (not a unit test: it takes a minute or two). It starts the
 * packaged jar watching a fresh folder, drops 300 files of mixed sizes and kinds (about one in five
 * broken) at once, kills the process with SIGKILL when about a third have an outcome, starts it
 * again with {@code --once}, and then checks that every file ended published or failed exactly
 * once, that nothing half-written is visible, that the idempotent repository is intact and that
 * the run totals add up. Prints its figures and writes {@code results.json}; exits 1 on any breach.
 *
 * <pre>mvn -B -Psoak verify -DskipTests</pre>
 * (arguments: work folder, path of polypress.jar)
 */
public final class Soak {
    private static final int FILES = 300;
    private static final Pattern PUBLISHED = Pattern.compile(" published (.+?) as .+? \\((\\w+), (\\d+) pages\\)");
    private static final Pattern DONE = Pattern.compile("done: (\\d+) published, (\\d+) failed");
    private static final String[] GOOD_TEXTS = {
        "samples/000_b5f54f10a9c989d5.txt", "samples/002_c02cd129ca6bf4b1.txt", "samples/004_1ae4719cd1b32968.txt",
        "dev/en_eu-reg-2024-1772_commission-delegated.txt", "dev/el_fek-a-77-2018_law-4534.txt",
        "dev/fr_fr-anssi-nis2-brochure-2024.txt", "dev/pl_dzu-2015-poz-2058_obwieszczenie.txt",
        "dev/ro_oug-internationalizare_draft-2017.txt", "dev/en_de-ai-strategy-2018.txt"};

    private final Path work;
    private final Path jar;
    private final Path in;
    private final Path out;
    private final List<String> problems = new ArrayList<>();
    private final List<Process> started = new ArrayList<>();

    private Soak(Path work, Path jar) {
        this.work = work;
        this.jar = jar;
        this.in = work.resolve("in");
        this.out = work.resolve("out");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Soak WORK_DIR POLYPRESS_JAR");
            System.exit(2);
        }
        System.exit(new Soak(Path.of(args[0]), Path.of(args[1])).run());
    }

    private int run() throws Exception {
        try {
            return soak();
        } finally {
            for (Process p : started) {
                p.destroyForcibly();
            }
        }
    }

    private int soak() throws Exception {
        deleteTree(work);
        Files.createDirectories(in);
        Map<String, Boolean> expectPublished = new TreeMap<>();
        Map<String, byte[]> files = files(expectPublished);

        long start = System.nanoTime();
        Process first = start("first.log", false);
        waitFor(() -> {
            if (!first.isAlive()) {
                throw new IllegalStateException("polypress exited at start: " + Files.readString(work.resolve("first.log")));
            }
            return Files.readString(out.resolve("status.json")).matches("(?s).*\"state\": \"(running|idle)\".*");
        }, 60_000);
        for (Map.Entry<String, byte[]> file : files.entrySet()) { // dropped at once: write aside, rename in
            Path temporary = in.resolve(file.getKey() + ".part");
            Files.write(temporary, file.getValue());
            Files.move(temporary, in.resolve(file.getKey()), StandardCopyOption.ATOMIC_MOVE);
        }
        long dropped = System.nanoTime();
        waitFor(() -> outcomes() >= FILES / 3, 600_000);
        int beforeKill = outcomes();
        first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, documents in flight are cut off
        long killed = System.nanoTime();

        Process second = start("second.log", true);
        if (!second.waitFor(20, TimeUnit.MINUTES)) {
            second.destroyForcibly();
            problems.add("the --once run did not finish within 20 minutes");
        }
        long end = System.nanoTime();
        int exitCode = second.exitValue();

        Tally tally = check(expectPublished, exitCode);
        double seconds = (end - start) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("files", FILES);
        figures.put("expectedPublished", expectPublished.values().stream().filter(b -> b).count());
        figures.put("published", tally.published);
        figures.put("failed", tally.failed);
        figures.put("outcomesBeforeKill", beforeKill);
        figures.put("republishedAfterKill", tally.republished);
        figures.put("pagesPublished", tally.pages);
        figures.put("secondRunExitCode", exitCode);
        figures.put("secondsTotal", round(seconds));
        figures.put("secondsUntilKill", round((killed - dropped) / 1e9));
        figures.put("documentsPerMinute", round(FILES / seconds * 60));
        figures.put("pagesPerMinute", round(tally.pages / seconds * 60));
        figures.put("cores", Runtime.getRuntime().availableProcessors());
        figures.put("java", System.getProperty("java.version"));
        figures.put("problems", problems);
        Files.writeString(work.resolve("results.json"), RecordJson.write(figures));

        System.out.println("== soak: " + FILES + " files dropped at once, SIGKILL after " + beforeKill
                + " outcomes, restarted with --once");
        figures.forEach((k, v) -> System.out.printf(Locale.ROOT, "   %-22s %s%n", k, v));
        if (!problems.isEmpty()) {
            System.out.println("SOAK FAILED:");
            problems.forEach(p -> System.out.println(" - " + p));
            return 1;
        }
        System.out.println("SOAK PASSED: every file accounted for exactly once");
        return 0;
    }

    /** The 300 files: texts of every sample and several dev documents in whole or in part, DOCX, HTML, bad ones. */
    private Map<String, byte[]> files(Map<String, Boolean> expectPublished) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] realPdf = TestFiles.resource("ro_oug-internationalizare_draft-2017.pdf");
        for (int i = 0; i < FILES; i++) {
            String text = read(GOOD_TEXTS[i % GOOD_TEXTS.length]);
            String name;
            byte[] content;
            boolean good = true;
            switch (i % 10) {
                case 0, 1, 2, 3 -> { // whole documents, 2 to 30 pages
                    name = String.format("doc %03d.txt", i);
                    content = text.getBytes(StandardCharsets.UTF_8);
                }
                case 4 -> { // the first lines only: a short note
                    name = String.format("short-%03d.txt", i);
                    content = firstLines(text, 40 + i % 60).getBytes(StandardCharsets.UTF_8);
                }
                case 5 -> { // a long one: the document four times over
                    name = String.format("long-%03d.txt", i);
                    content = text.repeat(i % 20 == 5 ? 4 : 2).getBytes(StandardCharsets.UTF_8);
                }
                case 6 -> {
                    name = String.format("word-%03d.docx", i);
                    content = TestFiles.docx(TestFiles.docxDocument(paragraphs(text, 60)));
                }
                case 7 -> {
                    name = String.format("web-%03d.html", i);
                    content = html(paragraphs(text, 60)).getBytes(StandardCharsets.UTF_8);
                }
                case 8 -> { // UTF-16 with a byte order mark
                    name = String.format("utf16-%03d.txt", i);
                    content = ("\uFEFF" + firstLines(text, 200)).getBytes(StandardCharsets.UTF_16LE);
                }
                default -> { // broken, in turn: empty, binary, cut PDF, scan, unsupported
                    good = false;
                    int kind = (i / 10) % 5;
                    name = String.format("bad-%03d.%s", i, new String[] {"txt", "txt", "pdf", "pdf", "png"}[kind]);
                    content = switch (kind) {
                        case 0 -> new byte[0];
                        case 1 -> TestFiles.noise(4096 + i * 13, i);
                        case 2 -> Arrays.copyOf(realPdf, realPdf.length / 2);
                        case 3 -> TestFiles.imageOnlyPdf(1);
                        default -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
                    };
                }
            }
            files.put(name, content);
            expectPublished.put(stem(name), good);
        }
        return files;
    }

    private Tally check(Map<String, Boolean> expectPublished, int exitCode) throws IOException {
        Tally t = new Tally();
        for (Map.Entry<String, Boolean> e : expectPublished.entrySet()) {
            String name = e.getKey();
            boolean report = Files.exists(out.resolve("report/" + name + ".json"));
            boolean failed = Files.exists(out.resolve("failed/" + name + ".json"));
            if (report == failed) {
                problems.add(name + ": " + (report ? "both published and failed" : "no outcome at all"));
            } else if (report != e.getValue()) {
                problems.add(name + ": expected " + (e.getValue() ? "published" : "failed") + " but "
                        + (report ? "published" : "failed: " + Files.readString(out.resolve("failed/" + name + ".json"))));
            }
            if (report) {
                t.published++;
                for (String edition : List.of("xml/" + name + ".xml", "html/" + name + ".html", "pdf/" + name + ".pdf")) {
                    if (!Files.isRegularFile(out.resolve(edition)) || Files.size(out.resolve(edition)) == 0) {
                        problems.add(name + ": published without " + edition);
                    }
                }
            } else if (failed) {
                t.failed++;
                for (String edition : List.of("xml/" + name + ".xml", "pdf/" + name + ".pdf")) {
                    if (Files.exists(out.resolve(edition))) {
                        problems.add(name + ": failed but " + edition + " exists");
                    }
                }
            }
        }
        try (Stream<Path> all = Files.walk(out)) {
            all.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".polypress-") || n.endsWith(".tmp"))
                    .forEach(n -> problems.add("temporary file left in the output: " + n));
        }
        List<String> keys = Files.readAllLines(out.resolve(".state/published.keys"));
        if (keys.stream().distinct().count() != keys.size()) {
            problems.add("the idempotent repository holds duplicate keys");
        }
        if (keys.size() != t.published) {
            problems.add("the idempotent repository holds " + keys.size() + " keys for " + t.published + " publications");
        }
        for (String key : keys) {
            if (!key.matches("[0-9a-f]{64}/.+")) {
                problems.add("corrupt repository line: " + key);
            }
        }

        // Exactly once: a name published in both runs was cut off by the kill after its files were
        // renamed into place but before its key was stored; the second run rewrote the same files.
        Map<String, Integer> publishedIn = new HashMap<>();
        for (String log : List.of("first.log", "second.log")) {
            Matcher m = PUBLISHED.matcher(Files.readString(work.resolve(log)));
            while (m.find()) {
                publishedIn.merge(stem(m.group(1)), 1, Integer::sum);
                t.pages += Integer.parseInt(m.group(3));
            }
        }
        t.republished = (int) publishedIn.values().stream().filter(n -> n > 1).count();
        if (publishedIn.values().stream().anyMatch(n -> n > 2) || t.republished > 2) {
            problems.add("documents published more than once: " + publishedIn);
        }
        Matcher done = DONE.matcher(Files.readString(work.resolve("second.log")));
        if (!done.find()) {
            problems.add("the --once run printed no summary line");
        } else if (Integer.parseInt(done.group(2)) != t.failed) {
            problems.add("summary says " + done.group(2) + " failed, the output holds " + t.failed);
        }
        if (exitCode != (t.failed > 0 ? 1 : 0)) {
            problems.add("--once exit code " + exitCode + " with " + t.failed + " failed");
        }
        if (publishedIn.size() != t.published) {
            problems.add(publishedIn.size() + " documents logged as published, " + t.published + " reports");
        }
        return t;
    }

    private static final class Tally {
        int published;
        int failed;
        int republished;
        long pages;
    }

    private Process start(String log, boolean once) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--input", in.toString(), "--output", out.toString(), "--progress", "off"));
        if (once) {
            cmd.add("--once");
        }
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve(log).toFile()).start();
        started.add(process);
        return process;
    }

    private int outcomes() throws IOException {
        return count(out.resolve("report")) + count(out.resolve("failed"));
    }

    private static int count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return (int) s.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean ok() throws IOException;
    }

    private static void waitFor(Check check, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (IOException notYet) {
                // the file is not there yet
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("soak: timed out after " + timeoutMs + " ms");
            }
            Thread.sleep(100);
        }
    }

    private static String read(String resource) {
        try (InputStream stream = Soak.class.getResourceAsStream("/" + resource)) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + resource, e);
        }
    }

    private static String firstLines(String text, int lines) {
        int at = 0;
        for (int i = 0; i < lines && at >= 0; i++) {
            at = text.indexOf('\n', at + 1);
        }
        return at < 0 ? text : text.substring(0, at + 1);
    }

    private static String[] paragraphs(String text, int max) {
        return Arrays.stream(text.split("\\n\\s*\\n|\\n(?=\\S)")).map(String::strip).filter(p -> !p.isEmpty())
                .limit(max).toArray(String[]::new);
    }

    private static String html(String[] paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Soak</title>"
                + "</head><body>");
        for (String p : paragraphs) {
            html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return html.append("</body></html>").toString();
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
