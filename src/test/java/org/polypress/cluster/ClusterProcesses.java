package org.polypress.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The processes of the cluster test and benchmark: a PostgreSQL started by
 * {@code src/test/cluster/postgres.sh}, a {@link TestBroker} and Polypress JVMs, each logging into
 * a file of its own.
 */
public final class ClusterProcesses {
    private ClusterProcesses() {
    }

    /** Starts PostgreSQL in a fresh temporary data directory; returns the JDBC URL. */
    public static String startPostgres(Path project, Path dataDir) throws IOException, InterruptedException {
        return exec(List.of("bash", project.resolve("src/test/cluster/postgres.sh").toString(), "start",
                dataDir.toString(), String.valueOf(freePort()))).strip();
    }

    public static void stopPostgres(Path project, Path dataDir) {
        try {
            exec(List.of("bash", project.resolve("src/test/cluster/postgres.sh").toString(), "stop", dataDir.toString()));
        } catch (IOException | InterruptedException e) {
            System.err.println("cannot stop PostgreSQL in " + dataDir + ": " + e);
        }
    }

    /**
     * A temporary data directory PostgreSQL can use: outside the work folder, because under root
     * it runs as its own user and a checkout under /root is not open to it.
     */
    public static Path postgresDir() throws IOException {
        Path dir = Files.createTempDirectory("polypress-pg");
        dir.toFile().setExecutable(true, false);
        return dir;
    }

    /** Starts the broker on this journal and waits until it accepts connections. */
    public static Process startBroker(int port, Path data, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), TestBroker.class.getName(),
                String.valueOf(port), data.toString());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        waitFor(() -> read(log).contains("broker ready") || !p.isAlive(), 60_000);
        if (!p.isAlive()) {
            throw new IOException("the broker did not start: " + read(log));
        }
        return p;
    }

    /** Starts {@code java -jar polypress.jar ARGS} with the JVM options of a small watcher. */
    public static Process startPolypress(Path jar, Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", jar.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LANG", "C.UTF-8");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    public static boolean waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
