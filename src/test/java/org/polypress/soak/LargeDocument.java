package org.polypress.soak;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polypress.pipeline.RecordJson;

/**
 * The large-document check of the watched folder (not a unit test: it takes a few minutes): a
 * 50 MB text file, the council sample's pages repeated to about 19,000 printed pages, dropped into
 * a fresh folder and published by the packaged jar with {@code --once} in a JVM capped at
 * {@value #HEAP} of heap; then a text file that is a single line of 5 MB, with {@value #LINE_HEAP}.
 * Each must publish all editions; the figures (time, pages, the live heap at its highest from the
 * GC log) are printed and written to {@code results.json} in each case's folder. Exits 1 when a
 * document is not published.
 *
 * <pre>mvn -B -Psoak verify -DskipTests</pre>
 * (arguments: work folder, path of polypress.jar)
 */
public final class LargeDocument {
    /** The heap the JVM gets: fixed, whatever the page count; FOP itself keeps some bookkeeping per page until the PDF is complete. */
    static final String HEAP = "5g";
    /** The heap for the single 5 MB line: a long paragraph is set in pieces, so 1 GB is plenty. */
    static final String LINE_HEAP = "1g";
    private static final long LINE_SIZE = 5L * 1024 * 1024;
    private static final long SIZE = 50L * 1024 * 1024;
    private static final String SAMPLE = "samples/000_b5f54f10a9c989d5.txt";
    private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");
    private static final Pattern UPTIME = Pattern.compile("^\\[(\\d+(?:\\.\\d+)?)s\\]");

    private LargeDocument() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LargeDocument WORK_DIR POLYPRESS_JAR");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0]), Path.of(args[1])));
    }

    private static int run(Path work, Path jar) throws Exception {
        Soak.deleteTree(work);
        byte[] sample;
        try (InputStream s = LargeDocument.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (s == null) {
                throw new IllegalStateException("missing test resource " + SAMPLE);
            }
            sample = s.readAllBytes();
        }
        int failures = 0;
        failures += check(work.resolve("large"), jar, "large", HEAP, "50 MB of text", o -> {
            for (long written = 0; written + sample.length <= SIZE; written += sample.length) {
                o.write(sample);
            }
        });
        failures += check(work.resolve("line"), jar, "line", LINE_HEAP, "one line of 5 MB", o -> {
            // Words of the sample in a fixed pseudo-random order, no line break at all.
            String[] words = new String(sample, StandardCharsets.UTF_8).split("\\s+");
            Random random = new Random(7);
            long written = 0;
            while (written < LINE_SIZE) {
                byte[] word = (words[random.nextInt(words.length)] + " ").getBytes(StandardCharsets.UTF_8);
                o.write(word);
                written += word.length;
            }
        });
        return failures == 0 ? 0 : 1;
    }

    /** Writes one input into a fresh folder, publishes it with --once in a capped heap: 0 if published, else 1. */
    private static int check(Path work, Path jar, String name, String heap, String what, Writer writer) throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Path out = work.resolve("out");
        Path input = in.resolve(name + ".txt");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(input))) {
            writer.write(o);
        }
        Path gcLog = work.resolve("gc.log");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(),
                "--input", in.toString(), "--output", out.toString(), "--once", "--progress", "off");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve("run.log").toFile()).start();
        List<String> problems = new ArrayList<>();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            problems.add("not finished within 30 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("inputMegabytes", Files.size(input) >> 20);
        figures.put("heapLimit", heap);
        figures.put("exitCode", process.isAlive() ? "running" : process.exitValue());
        figures.put("seconds", Math.round(seconds * 10) / 10.0);
        figures.put("liveHeapPeakMb", peakAfterGc(gcLog));
        Path report = out.resolve("report/" + name + ".json");
        if (Files.exists(report)) {
            String json = Files.readString(report);
            figures.put("pdfPages", number(json, "pdfPages"));
            figures.put("sourcePages", number(json, "count"));
            figures.put("stageMillis", json.replaceAll("(?s).*\"stages\": (\\{[^}]*}).*", "$1").replaceAll("\\s+", " "));
        } else {
            problems.add("not published: " + tail(work.resolve("run.log")));
        }
        for (String edition : List.of("xml/%s.xml", "html/%s.html", "html/%s.standalone.html",
                "html/%s.fragment.html", "pdf/%s.pdf")) {
            Path file = out.resolve(edition.formatted(name));
            if (!Files.isRegularFile(file)) {
                problems.add("missing " + edition.formatted(name));
            } else {
                figures.put(edition.formatted(name) + " MB", Files.size(file) >> 20);
            }
        }
        figures.put("problems", problems);
        Files.writeString(work.resolve("results.json"), RecordJson.write(figures));
        System.out.println("== large document: " + what + ", --once, -Xmx" + heap);
        figures.forEach((k, v) -> System.out.printf(Locale.ROOT, "   %-28s %s%n", k, v));
        if (!problems.isEmpty()) {
            System.out.println("LARGE DOCUMENT FAILED: " + what);
            return 1;
        }
        System.out.println("LARGE DOCUMENT PASSED: " + what + " published within a " + heap + " heap");
        return 0;
    }

    /** Writes an input file's content. */
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * The live heap at its highest, in MB, from the GC log: the occupancy after each full
     * (compacting) collection, except one followed within 5 s by another (the JVM's first full
     * collection keeps softly reachable caches; the next, its last resort, clears them); after a
     * remark pause when there was no full collection.
     */
    private static long peakAfterGc(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        List<String> lines = Files.readAllLines(gcLog);
        String kind = lines.stream().anyMatch(l -> l.contains("Pause Full")) ? "Pause Full" : "Pause Remark";
        List<double[]> pauses = new ArrayList<>(); // {seconds, MB after}
        for (String line : lines) {
            Matcher time = UPTIME.matcher(line);
            Matcher after = AFTER_GC.matcher(line);
            if (line.contains(kind) && time.find() && after.find()) {
                pauses.add(new double[] {Double.parseDouble(time.group(1)), Long.parseLong(after.group(1))});
            }
        }
        long peak = 0;
        for (int i = 0; i < pauses.size(); i++) {
            boolean superseded = i + 1 < pauses.size() && pauses.get(i + 1)[0] - pauses.get(i)[0] < 5;
            if (!superseded) {
                peak = Math.max(peak, (long) pauses.get(i)[1]);
            }
        }
        return peak;
    }

    private static Object number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": (\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : "?";
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
