package org.polypress.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.polypress.ingest.ExtractionLimits;
import org.polypress.pipeline.RecordJson;
import org.polypress.profile.Labels;
import org.polypress.pipeline.PolypressPipeline;
import org.polypress.pipeline.Publication;
import org.polypress.pipeline.Stage;
import org.polypress.pipeline.StageRun;
import org.polypress.profile.LanguageProfile;
import org.polypress.profile.Profiles;
import org.polypress.publish.pdf.PdfRenderer;

/**
 * The Polypress benchmark (not a test). Run with {@code mvn -B -Pbench verify}; prints a table and
 * writes {@code target/bench/results.json}. Measures, warm (after warm-up runs in this JVM),
 * as medians of several runs:
 * <ol>
 *   <li>time per stage for each sample and dev-corpus document, and the share of extraction plus
 *       cleaning in the whole;</li>
 *   <li>PDF inputs: a few pages cut from dev-corpus PDFs, fed as the PDF (extraction reads PDFBox's
 *       text positions and the cleaner uses that layout evidence) and, beside each, as pdftotext's text
 *       of the same pages: what the layout evidence costs;</li>
 *   <li>scaling: one document's pages concatenated 1x, 4x, 16x, 64x (about 1,000 pages), time and
 *       peak heap, and the 64x/1x time ratio (target: at most 80);</li>
 *   <li>overhead: FOP alone on the same XSL-FO versus the whole pipeline;</li>
 *   <li>with the packaged jar, by the launcher {@code target/polypress} and by {@code java -jar}: cold
 *       start of {@code --once} on the three samples against their warm work, with the start-up's
 *       parts, and throughput of the Camel route with the default worker count on a batch of 100
 *       documents.</li>
 * </ol>
 */
public final class Benchmark {
    private static final String[] DOCUMENTS = {
        "samples/000_b5f54f10a9c989d5.txt", "samples/002_c02cd129ca6bf4b1.txt", "samples/004_1ae4719cd1b32968.txt",
        "dev/el_fek-a-63-2018_law-transposing-dir-2015-1794.txt", "dev/en_de-ai-strategy-2018.txt",
        "dev/en_eu-reg-2024-1772_commission-delegated.txt", "dev/fr_fr-anssi-nis2-brochure-2024.txt",
        "dev/pl_dzu-2015-poz-2058_obwieszczenie.txt", "dev/ro_oug-internationalizare_draft-2017.txt"};
    /**
     * Pages cut from dev-corpus PDFs (see {@code bench/PROVENANCE.md}), each stored as {@code NAME.pdf}
     * and as {@code NAME.txt}, pdftotext's default output of the same pages.
     */
    private static final String[] PDF_DOCUMENTS = {
        "bench/el_fek-a-63-2018_law-transposing-dir-2015-1794.p1-3",
        "bench/en_ep-ta-9-2023-0282_resolution-covid-lessons.p10-13",
        "bench/ro_oug-internationalizare_draft-2017.p1-1"};
    /** The pipeline's stages as its timer measures them (the PDF stage: XSL-FO streamed into FOP), then the rest. */
    private static final Stage[] PIPELINE_STAGES = {Stage.EXTRACT, Stage.CLEAN, Stage.STRUCTURE, Stage.AKN,
        Stage.VALIDATE, Stage.HTML, Stage.PDF};
    private static final String[] STAGES = {"extract", "clean", "structure", "akn", "validate", "html", "pdf", "other"};

    private final Profiles profiles = new Profiles();
    private final Processor saxon = new Processor(false);
    private final PdfRenderer pdf;
    private final PolypressPipeline pipeline =
            new PolypressPipeline(Optional.empty(), ExtractionLimits.defaults(), Clock.systemUTC());
    private final int runs;
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    Benchmark(int runs) throws Exception {
        this.runs = runs;
        URI base = Benchmark.class.getResource("/xslt/akn-html.xsl").toURI().resolve(".");
        pdf = new PdfRenderer(saxon, base);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Path jar = Path.of(args.length > 1 ? args[1] : "target/polypress.jar");
        int runs = Integer.getInteger("bench.runs", 5);
        Files.createDirectories(out);
        Benchmark b = new Benchmark(runs);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "maxHeapMb", Runtime.getRuntime().maxMemory() >> 20));
        results.put("runs", runs);
        Map<String, Object> stages = b.stages();
        results.put("stages", stages);
        if ("stages".equals(System.getProperty("bench.only"))) {
            // -Dbench.only=stages: the stage table alone (a minute), to compare a change back to back
            Files.writeString(out.resolve("results.json"), RecordJson.write(results));
            return;
        }
        if (!"route".equals(System.getProperty("bench.only"))) { // -Dbench.only=route: stages, cold start, batch
            results.put("pdfInputs", b.pdfInputs());
            results.put("scaling", b.scaling());
            results.put("catalogue", CatalogueBenchmark.run(out.resolve("catalogue")));
        }
        if (Files.isRegularFile(jar)) {
            results.put("route", b.route(jar, out, warmWorkOfSamples(stages)));
        } else {
            System.out.println("(no " + jar + ": run `mvn -Pbench verify` to include cold start and route throughput)");
        }
        Files.writeString(out.resolve("results.json"), RecordJson.write(results));
        System.out.println("\nwritten " + out.resolve("results.json"));
    }

    /** The warm time of the three samples together (the sum of their rows' totals), in ms. */
    @SuppressWarnings("unchecked")
    private static double warmWorkOfSamples(Map<String, Object> stages) {
        double sum = 0;
        for (String doc : Arrays.copyOf(DOCUMENTS, 3)) {
            Map<String, Object> row = (Map<String, Object>) stages.get(doc.substring(doc.indexOf('/') + 1));
            sum += (Double) row.get("total");
        }
        return sum;
    }

    /** Per-stage medians per document, and the share of everything but FOP in the total. */
    private Map<String, Object> stages() throws Exception {
        System.out.println("== Stage times, warm, median of " + runs + " runs (ms, wall); xFOP: the document's CPU time"
                + " over FOP alone's on its XSL-FO (median of the runs' ratios), xFOPwall the same in wall time");
        header();
        Map<String, Object> out = new LinkedHashMap<>();
        for (String doc : DOCUMENTS) {
            out.put(doc.substring(doc.indexOf('/') + 1), row(doc));
        }
        return out;
    }

    /**
     * The same pages fed as the PDF and as pdftotext's text of them, measured alike: the PDF row's
     * extract includes reading the text positions, its clean uses the layout evidence they give.
     */
    private Map<String, Object> pdfInputs() throws Exception {
        System.out.println("\n== PDF inputs beside the same pages as text (pdftotext), warm, median of " + runs
                + " runs (ms)");
        header();
        Map<String, Object> out = new LinkedHashMap<>();
        for (String doc : PDF_DOCUMENTS) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("pdf", row(doc + ".pdf"));
            pair.put("txt", row(doc + ".txt"));
            out.put(doc.substring(doc.indexOf('/') + 1), pair);
        }
        return out;
    }

    private static void header() {
        System.out.printf(Locale.ROOT, "%-58s %4s %5s", "document", "in", "pages");
        for (String s : STAGES) {
            System.out.printf(Locale.ROOT, " %8s", s);
        }
        System.out.printf(Locale.ROOT, " %8s %8s %8s %8s %8s %8s%n", "total", "fopOnly", "xFOP", "nonFOP%", "xFOPwall",
                "ext+cl%");
    }

    /** One document: 2 warm-up runs, then the median of each stage over the runs; prints its row. */
    private Map<String, Object> row(String doc) throws Exception {
        byte[] bytes = resource(doc);
        String name = doc.substring(doc.indexOf('/') + 1);
        for (int i = 0; i < 2; i++) {
            once(name, bytes); // warm-up
        }
        List<double[]> samples = new ArrayList<>();
        Timed last = null;
        for (int i = 0; i < runs; i++) {
            last = once(name, bytes);
            samples.add(last.millis);
        }
        double[] median = new double[STAGES.length + 3];
        for (int k = 0; k < median.length; k++) {
            final int kk = k;
            median[k] = median(samples.stream().mapToDouble(a -> a[kk]).toArray());
        }
        double total = Arrays.stream(median, 0, STAGES.length).sum();
        double fopOnly = median[STAGES.length]; // FOP alone on the same document's XSL-FO text
        // The ratio is the median of each run's own ratio, in the CPU time of the thread that ran
        // the document (all of its stages run on it): on a shared machine the wall time of a run
        // grows with the other sessions' load, the CPU time it needs does not. The wall-time ratio
        // (each run's own, then the median) is printed beside it.
        double ratio = median(samples.stream().mapToDouble(a -> a[STAGES.length + 1] / a[STAGES.length + 2]).toArray());
        double wallRatio = median(samples.stream().mapToDouble(a -> Arrays.stream(a, 0, STAGES.length).sum()
                / a[STAGES.length]).toArray());
        double nonFop = (1 - 1 / ratio) * 100;
        double extractClean = (median[0] + median[1]) / total * 100;
        System.out.printf(Locale.ROOT, "%-58s %4d %5d", name, last.inputPages, last.pages);
        Map<String, Object> row = new LinkedHashMap<>();
        for (int k = 0; k < STAGES.length; k++) {
            System.out.printf(Locale.ROOT, " %8.1f", median[k]);
            row.put(STAGES[k], round(median[k]));
        }
        System.out.printf(Locale.ROOT, " %8.1f %8.1f %7.2fx %7.1f%% %7.2fx %7.1f%%%n", total, fopOnly, ratio, nonFop,
                wallRatio, extractClean);
        row.put("total", round(total));
        row.put("fopAlone", round(fopOnly));
        row.put("ratioToFopAlone", Math.round(ratio * 100) / 100.0);
        row.put("wallRatioToFopAlone", Math.round(wallRatio * 100) / 100.0);
        row.put("cpuMillis", round(median[STAGES.length + 1]));
        row.put("fopAloneCpuMillis", round(median[STAGES.length + 2]));
        row.put("nonFopSharePercent", round(nonFop));
        row.put("extractCleanSharePercent", round(extractClean));
        row.put("inputPages", last.inputPages);
        row.put("pages", last.pages);
        row.put("layoutEvidence", last.layout);
        return row;
    }

    /**
     * @param inputPages the input's pages (the PDF's, or the text's form-feed pages)
     * @param pages      the published PDF's pages
     * @param layout     whether the extraction read layout evidence (a PDF with text positions)
     */
    private record Timed(double[] millis, int inputPages, int pages, boolean layout) {
    }

    /**
     * One document through the pipeline as the route runs it ({@link PolypressPipeline#process}),
     * each stage as its own timer measured it; "other" is the rest of the call (language detection,
     * the AKN tree, the report and its page). FOP alone: the same document's XSL-FO, as text,
     * formatted by FOP (parsed and laid out, what {@code fop -fo doc.fo} does), timed apart.
     */
    @SuppressWarnings("unchecked")
    private Timed once(String name, byte[] bytes) throws Exception {
        double[] ms = new double[STAGES.length + 3];
        long t = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        Publication p = pipeline.process(name, bytes);
        double total = lap(t);
        ms[STAGES.length + 1] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
        double staged = 0;
        for (int k = 0; k < PIPELINE_STAGES.length; k++) {
            ms[k] = p.provenance().run(PIPELINE_STAGES[k]).map(StageRun::millis).orElse(0.0);
            staged += ms[k];
        }
        ms[PIPELINE_STAGES.length] = Math.max(0, total - staged);
        LanguageProfile profile = profiles.forLanguage(p.language());
        byte[] xml = p.files().stream().filter(f -> f.relativePath().startsWith("xml/")).findFirst().orElseThrow().content();
        XdmNode akn = saxon.newDocumentBuilder().build(new StreamSource(new java.io.ByteArrayInputStream(xml)));
        String fo = pdf.renderFo(akn, profile.code(), java.util.Map.of());
        t = System.nanoTime();
        cpu = CPU.getCurrentThreadCpuTime();
        pdf.renderFromFo(fo);
        ms[STAGES.length] = lap(t);
        ms[STAGES.length + 2] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
        Map<String, Object> pages = (Map<String, Object>) p.provenance().report().get("pages");
        boolean layout = !"text/plain".equals(p.provenance().report().get("mediaType"));
        return new Timed(ms, ((Number) pages.get("count")).intValue(), (Integer) p.provenance().report().get("pdfPages"),
                layout);
    }

    /** A long document made of one real document's pages, 1x to 64x: time and peak heap. */
    private Map<String, Object> scaling() throws Exception {
        System.out.println("\n== Scaling: the council sample's pages concatenated (whole pipeline, median of 3)");
        String base = new String(resource("samples/000_b5f54f10a9c989d5.txt"), StandardCharsets.UTF_8);
        Map<String, Object> out = new LinkedHashMap<>();
        double first = 0;
        for (int factor : new int[] {1, 4, 16, 64}) {
            String doc = base.repeat(factor);
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            pipeline.process("scale.txt", bytes); // warm-up at this size
            double[] times = new double[3];
            long peak = 0;
            int pages = 0;
            for (int i = 0; i < times.length; i++) {
                System.gc();
                HeapSampler sampler = new HeapSampler();
                long t = System.nanoTime();
                Publication p = pipeline.process("scale.txt", bytes);
                times[i] = lap(t);
                peak = Math.max(peak, sampler.stop());
                pages = p.pages();
            }
            double median = median(times);
            if (factor == 1) {
                first = median;
            }
            System.out.printf(Locale.ROOT, "%3dx %5d pages %9.0f ms %6.0f pages/s  peak heap %5d MB  ratio to 1x %5.1f%n",
                    factor, pages, median, pages * 1000 / median, peak >> 20, median / first);
            out.put(factor + "x", Map.of("pages", pages, "millis", round(median), "pagesPerSecond",
                    round(pages * 1000 / median), "peakHeapMb", peak >> 20, "ratioTo1x", round(median / first)));
        }
        return out;
    }

    /** The parts of start-up that {@code --once} logs last ("start-up: jvm 0.31 s, saxon 1.52 s, ..."). */
    static final java.util.regex.Pattern STARTUP_PART = java.util.regex.Pattern.compile("([a-z-]+) ([0-9.]+) s");

    /**
     * Cold start and route throughput through the packaged jar (the real Camel route): {@code --once}
     * on the three samples by the launcher the build makes ({@code target/polypress}: C1 only and the
     * class-data-sharing archive) and by plain {@code java -jar}, runs interleaved, each against the
     * warm work of the same three documents in this JVM; the start-up's parts as the runs log them.
     */
    private Map<String, Object> route(Path jar, Path work, double warmSamplesMillis) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Path samples = Files.createDirectories(work.resolve("cold/in"));
        for (String doc : Arrays.copyOf(DOCUMENTS, 3)) {
            Files.write(samples.resolve(doc.substring(doc.indexOf('/') + 1)), resource(doc));
        }
        Map<String, List<String>> commands = new LinkedHashMap<>();
        Path launcher = jar.resolveSibling("polypress");
        if (Files.isExecutable(launcher)) {
            commands.put("target/polypress", List.of(launcher.toString()));
        } else {
            System.out.println("(no launcher " + launcher + ": run `mvn package` to make it)");
        }
        commands.put("java -jar polypress.jar", List.of("java", "-jar", jar.toString()));
        int coldRuns = Integer.getInteger("bench.coldRuns", 5);
        Map<String, double[]> cold = new LinkedHashMap<>();
        Map<String, Map<String, List<Double>>> parts = new LinkedHashMap<>();
        commands.keySet().forEach(k -> {
            cold.put(k, new double[coldRuns]);
            parts.put(k, new LinkedHashMap<>());
        });
        for (int i = 0; i < coldRuns; i++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                deleteTree(work.resolve("cold/out"));
                cold.get(command.getKey())[i] = runOnce(command.getValue(), samples, work.resolve("cold/out"));
                Map<String, List<Double>> p = parts.get(command.getKey());
                startupParts(Files.readString(work.resolve("cold/run.log")))
                        .forEach((name, seconds) -> p.computeIfAbsent(name, n -> new ArrayList<>()).add(seconds));
            }
        }
        System.out.printf(Locale.ROOT, "%n== Cold start: --once on the three samples, median of %d runs, against their warm work"
                + " above (%.0f ms)%n", coldRuns, warmSamplesMillis);
        List<String> names = parts.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
        System.out.printf(Locale.ROOT, "%-26s %8s %8s", "command", "cold s", "xWarm");
        names.forEach(n -> System.out.printf(Locale.ROOT, " %10s", n));
        System.out.println("   (start-up parts, s; tika and schema run beside saxon and fop)");
        Map<String, Object> coldOut = new LinkedHashMap<>();
        for (String command : commands.keySet()) {
            double seconds = median(cold.get(command)) / 1000;
            double ratio = seconds * 1000 / warmSamplesMillis;
            System.out.printf(Locale.ROOT, "%-26s %8.1f %7.1fx", command, seconds, ratio);
            Map<String, Object> partsOut = new LinkedHashMap<>();
            for (String n : names) {
                List<Double> v = parts.get(command).getOrDefault(n, List.of());
                double m = v.isEmpty() ? Double.NaN : median(v.stream().mapToDouble(Double::doubleValue).toArray());
                System.out.printf(Locale.ROOT, " %10.2f", m);
                partsOut.put(n, Math.round(m * 100) / 100.0);
            }
            System.out.println();
            coldOut.put(command, Map.of("coldStartSeconds", round(seconds), "ratioToWarmWork", round(ratio),
                    "startupSeconds", partsOut, "runs", Arrays.stream(cold.get(command)).map(x -> round(x / 1000)).boxed().toList()));
        }
        out.put("warmWorkOfSamplesMillis", round(warmSamplesMillis));
        out.put("coldStart", coldOut);

        Path batch = Files.createDirectories(work.resolve("batch/in"));
        for (int i = 0; i < 100; i++) {
            String doc = DOCUMENTS[i % DOCUMENTS.length];
            String text = new String(resource(doc), StandardCharsets.UTF_8) + "\n\nBatch copy " + i + ".\n";
            Files.writeString(batch.resolve(String.format(Locale.ROOT, "doc-%03d.txt", i)), text);
        }
        Map<String, Object> batchOut = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> command : commands.entrySet()) {
            deleteTree(work.resolve("batch/out"));
            double ms = runOnce(command.getValue(), batch, work.resolve("batch/out"));
            int pages = 0;
            try (var reports = Files.list(work.resolve("batch/out/report"))) {
                for (Path r : reports.filter(r -> r.toString().endsWith(".json")).toList()) { // not the report pages
                    String json = Files.readString(r);
                    int at = json.indexOf("\"count\": ");
                    pages += Integer.parseInt(json.substring(at + 9, json.indexOf(',', at)).strip());
                }
            }
            double minutes = ms / 60000;
            System.out.printf(Locale.ROOT, "== Route throughput, 100 documents (%d pages), default workers, %s --once: "
                    + "%.1f s wall, %.0f documents/min, %.0f pages/min (including JVM start)%n", pages, command.getKey(),
                    ms / 1000, 100 / minutes, pages / minutes);
            batchOut.put(command.getKey(), Map.of("seconds", round(ms / 1000), "documentsPerMinute", round(100 / minutes),
                    "pagesPerMinute", round(pages / minutes), "pages", pages));
        }
        out.put("batch100", batchOut);
        return out;
    }

    /** The parts of the "start-up:" line of a run's log, in seconds. */
    static Map<String, Double> startupParts(String log) {
        Map<String, Double> parts = new LinkedHashMap<>();
        int at = log.lastIndexOf("start-up: ");
        if (at >= 0) {
            String line = log.substring(at, log.indexOf('\n', at) < 0 ? log.length() : log.indexOf('\n', at));
            var m = STARTUP_PART.matcher(line);
            while (m.find()) {
                parts.put(m.group(1), Double.parseDouble(m.group(2)));
            }
        }
        return parts;
    }

    private static double runOnce(List<String> command, Path in, Path outDir) throws Exception {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--once", "--input", in.toString(), "--output", outDir.toString()));
        long t = System.nanoTime();
        Process p = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(outDir.resolveSibling("run.log").toFile())
                .start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("polypress --once failed (exit " + p.exitValue() + "), see "
                    + outDir.resolveSibling("run.log"));
        }
        return lap(t);
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Samples the heap in use every 5 ms on a daemon thread; {@link #stop} gives the maximum seen. */
    private static final class HeapSampler {
        private final java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private volatile long max;
        private final Thread thread = new Thread(() -> {
            while (running) {
                max = Math.max(max, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");

        HeapSampler() {
            thread.setDaemon(true);
            thread.start();
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return max;
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Benchmark.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static double lap(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
