package org.polypress.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.polypress.pipeline.RecordJson;

/**
 * The cluster test (not a unit test: a few minutes): a real Artemis broker in a process of its own
 * ({@link TestBroker}), a real PostgreSQL (Debian's package, started by
 * {@code src/test/cluster/postgres.sh} in a temporary data directory on a loopback port), two
 * intake and three worker JVMs of the packaged jar on one shared input and output folder. It drops
 * 200 documents (good ones, copies of good ones' content under other names, broken ones), SIGKILLs
 * one worker and one intake when a fifth are published, the broker when half are (and starts it
 * again on its journal), and then checks that every document was published exactly once or failed,
 * none lost, no edition written twice, no temporary file visible, and the catalogue lists them all.
 * Writes {@code results.json} and prints it as one line; exits 1 on any breach.
 *
 * <pre>mvn -B -Pcluster verify</pre>
 * (arguments: work folder, polypress.jar, the project folder)
 */
public final class ClusterRun {
    static final int DOCUMENTS = 200;
    /** Every tenth document is broken (empty, or a PDF that is not one), every tenth copies another's content. */
    private static final int BROKEN_EVERY = 10;
    private static final int COPY_EVERY = 10;
    /** Characters of a sample per document: a page or two, so 200 of them fit in minutes on 2 cores. */
    private static final int DOCUMENT_CHARS = 3_000;
    private static final Pattern PUBLISHED = Pattern.compile(" published (\\S+) as ");
    private static final long DEADLINE_MS = TimeUnit.MINUTES.toMillis(7);

    private final Path work;
    private final Path jar;
    private final Path project;
    private final Path in;
    private final Path out;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final int brokerPort;

    private ClusterRun(Path work, Path jar, Path project) throws IOException {
        this.work = work.toAbsolutePath();
        this.jar = jar.toAbsolutePath();
        this.project = project.toAbsolutePath();
        this.in = this.work.resolve("in");
        this.out = this.work.resolve("out");
        this.brokerPort = ClusterProcesses.freePort();
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ClusterRun WORK_DIR POLYPRESS_JAR PROJECT_DIR");
            System.exit(2);
        }
        System.exit(new ClusterRun(Path.of(args[0]), Path.of(args[1]), Path.of(args[2])).run());
    }

    private int run() throws Exception {
        Path pg = ClusterProcesses.postgresDir();
        try {
            return cluster(pg);
        } finally {
            for (Process p : processes.values()) {
                p.destroyForcibly();
            }
            ClusterProcesses.stopPostgres(project, pg);
        }
    }

    private int cluster(Path pg) throws Exception {
        deleteTree(work);
        Files.createDirectories(in);
        Files.createDirectories(out);
        String repository = ClusterProcesses.startPostgres(project, pg);
        startBroker("broker.log");
        String broker = "tcp://127.0.0.1:" + brokerPort;
        for (String name : List.of("intake-1", "intake-2")) {
            startPolypress(name, broker, repository, "intake", 1);
        }
        for (String name : List.of("worker-1", "worker-2", "worker-3")) {
            startPolypress(name, broker, repository, "worker", 1);
        }
        for (String name : processes.keySet()) {
            if (name.startsWith("intake") || name.startsWith("worker")) {
                waitFor(() -> log(name).contains("role "), 120_000, name + " did not start: " + log(name));
            }
        }

        Map<String, Boolean> expectPublished = new TreeMap<>();
        Map<String, byte[]> documents = documents(expectPublished);
        long start = System.nanoTime();
        for (Map.Entry<String, byte[]> d : documents.entrySet()) { // written aside, renamed in
            Path part = in.resolve(d.getKey() + ".part");
            Files.write(part, d.getValue());
            Files.move(part, in.resolve(d.getKey()), StandardCopyOption.ATOMIC_MOVE);
        }
        long expected = expectPublished.values().stream().filter(b -> b).count();
        waitFor(() -> published(expectPublished) >= expected / 5, DEADLINE_MS, "a fifth was not published");
        processes.get("worker-1").destroyForcibly().waitFor();
        processes.get("intake-1").destroyForcibly().waitFor();
        System.out.println("== cluster: SIGKILL worker-1 and intake-1 at " + published(expectPublished) + " published");
        waitFor(() -> published(expectPublished) >= expected / 2, DEADLINE_MS, "half was not published");
        processes.get("broker").destroyForcibly().waitFor();
        System.out.println("== cluster: SIGKILL broker at " + published(expectPublished) + " published; restarting it");
        Thread.sleep(3_000);
        startBroker("broker-2.log");

        boolean settled = waitFor(() -> outcomes(expectPublished) == DOCUMENTS, DEADLINE_MS, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        // The temporaries of the killed worker are removed by a live process's next sweep (every 30 s).
        waitFor(() -> temporaries().isEmpty(), 45_000, null);
        if (!settled) {
            problems.add("not every document had an outcome after " + DEADLINE_MS / 1000 + " s");
        }
        Map<String, Object> results = check(expectPublished, seconds);
        Files.writeString(work.resolve("results.json"), RecordJson.write(results));
        System.out.println(RecordJson.write(results).replaceAll("\\s*\\n\\s*", " "));
        if (!problems.isEmpty()) {
            System.out.println("CLUSTER TEST FAILED:");
            problems.forEach(p -> System.out.println(" - " + p));
            return 1;
        }
        System.out.println("CLUSTER TEST PASSED: every document published exactly once or failed, none lost");
        return 0;
    }

    /** Good documents (slices of the bundled samples), copies of good content, and broken ones. */
    private Map<String, byte[]> documents(Map<String, Boolean> expectPublished) throws IOException {
        List<String> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(project.resolve("input"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                samples.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        byte[] lastGood = null;
        for (int i = 0; i < DOCUMENTS; i++) {
            String name;
            byte[] content;
            boolean good = true;
            if (i % BROKEN_EVERY == BROKEN_EVERY - 1) {
                good = false;
                if (i % (2 * BROKEN_EVERY) == BROKEN_EVERY - 1) {
                    name = String.format("doc-%03d-empty.txt", i);
                    content = new byte[0];
                } else {
                    name = String.format("doc-%03d-broken.pdf", i);
                    content = ("%PDF-1.7\nnot a PDF " + i + "\n").getBytes(StandardCharsets.US_ASCII);
                }
            } else if (i % COPY_EVERY == COPY_EVERY / 2 && lastGood != null) {
                name = String.format("doc-%03d-copy.txt", i);
                content = lastGood;
            } else {
                String sample = samples.get(i % samples.size());
                int from = (i * 997) % Math.max(1, sample.length() - DOCUMENT_CHARS);
                int para = sample.indexOf("\n\n", from);
                from = para < 0 ? 0 : para + 2;
                String text = sample.substring(from, Math.min(sample.length(), from + DOCUMENT_CHARS));
                name = String.format("doc-%03d.txt", i);
                content = ("Document " + i + "\n\n" + text + "\n").getBytes(StandardCharsets.UTF_8);
                lastGood = content;
            }
            out.put(name, content);
            expectPublished.put(name, good);
        }
        return out;
    }

    private Map<String, Object> check(Map<String, Boolean> expectPublished, double seconds) throws IOException {
        int published = 0;
        int failed = 0;
        int lost = 0;
        String catalogue = Files.exists(out.resolve("index.html")) ? Files.readString(out.resolve("index.html")) : "";
        for (Map.Entry<String, Boolean> e : expectPublished.entrySet()) {
            String name = stem(e.getKey());
            boolean isPublished = Files.exists(out.resolve("xml/" + name + ".xml"));
            boolean isFailed = Files.exists(out.resolve("failed/" + name + ".json"));
            if (isPublished && isFailed) {
                problems.add(e.getKey() + " is both published and failed");
            }
            if (isPublished) {
                published++;
            } else if (isFailed) {
                failed++;
            } else {
                lost++;
                problems.add(e.getKey() + " has no outcome (lost)");
            }
            if (e.getValue() != isPublished) {
                problems.add(e.getKey() + (e.getValue() ? " was good but not published" : " was broken but published"));
            }
            if ((isPublished || isFailed) && !catalogue.contains(name)) {
                problems.add("the catalogue does not list " + name);
            }
        }
        Map<String, Integer> publications = new HashMap<>();
        for (String process : processes.keySet()) {
            for (Path logFile : logs(process)) {
                Matcher m = PUBLISHED.matcher(Files.readString(logFile));
                while (m.find()) {
                    publications.merge(m.group(1), 1, Integer::sum);
                }
            }
        }
        int duplicates = 0;
        for (Map.Entry<String, Integer> p : publications.entrySet()) {
            Path versions = out.resolve("archive/" + stem(p.getKey()));
            long bagVersions = Files.isDirectory(versions) ? countEntries(versions) : 0;
            if (p.getValue() > 1 || bagVersions > 1) {
                duplicates++;
                problems.add(p.getKey() + " written " + p.getValue() + " times (" + bagVersions + " archive versions)");
            }
        }
        List<Path> temporaries = temporaries();
        if (!temporaries.isEmpty()) {
            problems.add(temporaries.size() + " temporary files visible, e.g. " + temporaries.get(0));
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("dropped", expectPublished.size());
        results.put("published", published);
        results.put("failed", failed);
        results.put("duplicates", duplicates);
        results.put("lost", lost);
        results.put("seconds", Math.round(seconds * 10) / 10.0);
        return results;
    }

    /** Temporaries and read-lock markers visible in the shared folders. */
    private List<Path> temporaries() {
        List<Path> found = new ArrayList<>();
        for (Path root : List.of(in, out)) {
            try (Stream<Path> all = Files.walk(root)) {
                all.filter(p -> {
                    String n = p.getFileName().toString();
                    return (n.startsWith(".polypress-") && n.endsWith(".tmp")) || n.endsWith(".camelLock");
                }).forEach(found::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                found.add(root); // a file vanished while walking: look again
            }
        }
        return found;
    }

    private int published(Map<String, Boolean> expect) {
        int n = 0;
        for (String file : expect.keySet()) {
            if (Files.exists(out.resolve("xml/" + stem(file) + ".xml"))) {
                n++;
            }
        }
        return n;
    }

    private int outcomes(Map<String, Boolean> expect) {
        int n = 0;
        for (String file : expect.keySet()) {
            String name = stem(file);
            if (Files.exists(out.resolve("xml/" + name + ".xml")) || Files.exists(out.resolve("failed/" + name + ".json"))) {
                n++;
            }
        }
        return n;
    }

    private void startBroker(String logName) throws IOException, InterruptedException {
        processes.put("broker", ClusterProcesses.startBroker(brokerPort, work.resolve("broker-data"), work.resolve(logName)));
    }

    private void startPolypress(String name, String broker, String repository, String role, int workers)
            throws IOException {
        processes.put(name, ClusterProcesses.startPolypress(jar, work.resolve(name + ".log"), List.of(
                "--input", in.toString(), "--output", out.toString(),
                "--broker", broker, "--repository", repository, "--role", role,
                "--workers", String.valueOf(workers), "--poll-delay", "1s", "--progress", "off")));
    }

    private String log(String process) {
        return ClusterProcesses.read(work.resolve(process + ".log"));
    }

    private List<Path> logs(String process) {
        return process.equals("broker") ? List.of() : List.of(work.resolve(process + ".log"));
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private boolean waitFor(BooleanSupplier condition, long millis, String problem) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                if (problem != null) {
                    throw new IllegalStateException(problem);
                }
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    private static long countEntries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
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
}
