package org.polypress.bench;

import static org.polypress.cluster.ClusterProcesses.freePort;
import static org.polypress.cluster.ClusterProcesses.read;
import static org.polypress.cluster.ClusterProcesses.waitFor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.polypress.cluster.ClusterProcesses;
import org.polypress.pipeline.RecordJson;

/**
 * Throughput on several processes (part of {@code mvn -B -Pbench verify}): documents per minute
 * with 1, 2 and 4 worker processes (one worker thread each) behind one intake, against a real
 * Artemis broker and PostgreSQL on this machine, and the per-document cost of the queue against the
 * embedded mode (one process, one worker thread, no broker) on the same documents. The JVMs are
 * started and ready before the documents are dropped, so start-up is not counted. Prints a table
 * and writes {@code results.json}. On 2 cores, more worker processes than cores share them: the
 * figures say what the machine gives, not what more machines would.
 * (arguments: work folder, polypress.jar, the project folder)
 */
public final class ClusterBenchmark {
    private static final int DOCUMENTS = 40;
    /** A page or so of a sample per document, as in the cluster test. */
    private static final int DOCUMENT_CHARS = 3_000;
    private static final long RUN_DEADLINE_MS = 600_000;

    private final Path work;
    private final Path jar;
    private final Path project;
    private final List<Process> running = new ArrayList<>();

    private ClusterBenchmark(Path work, Path jar, Path project) {
        this.work = work.toAbsolutePath();
        this.jar = jar.toAbsolutePath();
        this.project = project.toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        new ClusterBenchmark(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])).run();
    }

    private void run() throws Exception {
        deleteTree(work); // a previous run's editions would count as published
        Files.createDirectories(work);
        Path pg = ClusterProcesses.postgresDir();
        Optional<String> repository;
        try {
            repository = Optional.of(ClusterProcesses.startPostgres(project, pg));
        } catch (IOException e) {
            System.out.println("== cluster benchmark without PostgreSQL (" + e.getMessage().lines().findFirst().orElse("")
                    + "): broker only");
            repository = Optional.empty();
        }
        int port = freePort();
        Process broker = ClusterProcesses.startBroker(port, work.resolve("broker-data"), work.resolve("broker.log"));
        Map<String, Object> results = new LinkedHashMap<>();
        try {
            double embedded = measure("embedded", 0, null, Optional.empty());
            results.put("embedded1WorkerDocumentsPerMinute", round(DOCUMENTS / embedded * 60));
            double one = 0;
            for (int workers : new int[] {1, 2, 4}) {
                double seconds = measure("broker-" + workers, workers, "tcp://127.0.0.1:" + port, repository);
                if (workers == 1) {
                    one = seconds;
                }
                results.put("broker" + workers + "WorkerProcessesDocumentsPerMinute", round(DOCUMENTS / seconds * 60));
            }
            results.put("queueOverheadMsPerDocument", round((one - embedded) * 1000 / DOCUMENTS));
            results.put("documents", DOCUMENTS);
            results.put("repository", repository.isPresent() ? "postgresql" : "none");
            results.put("cores", Runtime.getRuntime().availableProcessors());
        } finally {
            running.forEach(Process::destroyForcibly);
            broker.destroyForcibly();
            ClusterProcesses.stopPostgres(project, pg);
        }
        Files.writeString(work.resolve("results.json"), RecordJson.write(results));
        System.out.println("== cluster benchmark: " + DOCUMENTS + " documents, one worker thread per process");
        results.forEach((k, v) -> System.out.printf(Locale.ROOT, "   %-46s %s%n", k, v));
        System.out.println("written " + work.resolve("results.json"));
    }

    /** Seconds from the drop until every document is published; {@code workers == 0}: one embedded process. */
    private double measure(String name, int workers, String broker, Optional<String> repository) throws Exception {
        Path in = Files.createDirectories(work.resolve(name + "/in"));
        Path out = work.resolve(name + "/out");
        List<String> common = List.of("--input", in.toString(), "--output", out.toString(), "--workers", "1",
                "--poll-delay", "200ms", "--progress", "off", "--archive", "off");
        List<Process> started = new ArrayList<>();
        if (workers == 0) {
            started.add(ClusterProcesses.startPolypress(jar, work.resolve(name + ".log"), common));
        } else {
            List<String> cluster = new ArrayList<>(List.of("--broker", broker));
            repository.ifPresent(r -> cluster.addAll(List.of("--repository", r)));
            started.add(ClusterProcesses.startPolypress(jar, work.resolve(name + "-intake.log"),
                    concat(common, cluster, List.of("--role", "intake"))));
            for (int w = 1; w <= workers; w++) {
                started.add(ClusterProcesses.startPolypress(jar, work.resolve(name + "-worker-" + w + ".log"),
                        concat(common, cluster, List.of("--role", "worker"))));
            }
        }
        running.addAll(started);
        List<Path> logs;
        try (Stream<Path> s = Files.list(work)) {
            logs = s.filter(p -> p.getFileName().toString().startsWith(name) && p.toString().endsWith(".log")).toList();
        }
        for (Path log : logs) {
            if (!waitFor(() -> read(log).contains("watching "), 120_000)) {
                throw new IllegalStateException(log + " did not start: " + read(log));
            }
        }
        warmUp(in, out, name, Math.max(1, workers));
        long start = System.nanoTime();
        drop(in, name);
        int warm = Math.max(1, workers);
        if (!waitFor(() -> count(out.resolve("xml")) >= DOCUMENTS + warm, RUN_DEADLINE_MS)) {
            throw new IllegalStateException(name + ": not every document was published");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Process p : started) {
            p.destroy();
            p.waitFor();
        }
        running.removeAll(started);
        return seconds;
    }

    /**
     * One document per worker process first, dropped together (each worker takes one job at a time,
     * so each gets one), so that every run starts with its pipelines loaded, as watchers that have
     * been running.
     */
    private void warmUp(Path in, Path out, String name, int processes) throws Exception {
        List<String> texts = texts();
        for (int i = 0; i < processes; i++) {
            Files.writeString(in.resolve(name + "-warm-up-" + i + ".txt"), "Warm-up " + i + "\n\n" + texts.get(0),
                    StandardCharsets.UTF_8);
        }
        if (!waitFor(() -> count(out.resolve("xml")) >= processes, RUN_DEADLINE_MS)) {
            throw new IllegalStateException(name + ": the warm-up document was not published");
        }
    }

    private void drop(Path in, String name) throws IOException {
        List<String> texts = texts();
        for (int i = 0; i < DOCUMENTS; i++) {
            String sample = texts.get(i % texts.size());
            int from = (i * 997) % Math.max(1, sample.length() - DOCUMENT_CHARS);
            String text = "Document " + i + "\n\n" + sample.substring(from, Math.min(sample.length(), from + DOCUMENT_CHARS));
            Path part = in.resolve(name + "-" + i + ".txt.part");
            Files.writeString(part, text, StandardCharsets.UTF_8);
            Files.move(part, in.resolve(String.format("%s-%03d.txt", name, i)), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(project.resolve("input"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    private static long count(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".xml")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
