package org.polypress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build puts beside the jar ({@code src/main/launcher/polypress}, copied to
 * {@code target/polypress}): the JVM options it passes for each mode, and its fall-back when the
 * class-data-sharing archive is missing or older than the jar. Run as a dry run, which prints the
 * command instead of starting Java.
 */
class LauncherTest {
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final String QUIET_CDS = "-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off";

    @TempDir
    Path dir;

    private String command(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path launcher = dir.resolve("polypress");
        Files.copy(Path.of("src/main/launcher/polypress"), launcher);
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("POLYPRESS_OPTS");
        builder.environment().put("POLYPRESS_DRY_RUN", "1");
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), out);
        return out.replace(dir.toRealPath() + "/", "DIR/");
    }

    private void jarAndArchive(long jarMillis, long archiveMillis) throws IOException {
        Files.setLastModifiedTime(Files.write(dir.resolve("polypress.jar"), new byte[1]), FileTime.fromMillis(jarMillis));
        Files.setLastModifiedTime(Files.write(dir.resolve("polypress.jsa"), new byte[1]), FileTime.fromMillis(archiveMillis));
    }

    @Test
    void onceRunsOnC1WithTheArchive() throws Exception {
        jarAndArchive(1_000_000, 2_000_000);
        assertEquals("java " + C1_ONLY + " -XX:SharedArchiveFile=DIR/polypress.jsa " + QUIET_CDS
                + " -jar DIR/polypress.jar --once --output out", command(Map.of(), "--once", "--output", "out"));
    }

    @Test
    void theWatcherKeepsTheFullCompiler() throws Exception {
        jarAndArchive(1_000_000, 2_000_000);
        assertEquals("java -XX:SharedArchiveFile=DIR/polypress.jsa " + QUIET_CDS + " -jar DIR/polypress.jar --workers 4",
                command(Map.of(), "--workers", "4"));
    }

    @Test
    void anArchiveOlderThanTheJarIsNotUsed() throws Exception {
        jarAndArchive(2_000_000, 1_000_000); // the jar was rebuilt after the archive was made
        assertEquals("java " + C1_ONLY + " -jar DIR/polypress.jar --once", command(Map.of(), "--once"));
    }

    @Test
    void withoutAnArchiveItRunsWithoutOne() throws Exception {
        Files.write(dir.resolve("polypress.jar"), new byte[1]);
        assertEquals("java -jar DIR/polypress.jar", command(Map.of()));
    }

    @Test
    void javaHomeAndTheUsersOptionsAreHonoured() throws Exception {
        Files.write(dir.resolve("polypress.jar"), new byte[1]);
        assertEquals("/opt/jdk/bin/java " + C1_ONLY + " -Xmx4g -jar DIR/polypress.jar --once",
                command(Map.of("JAVA_HOME", "/opt/jdk", "POLYPRESS_OPTS", "-Xmx4g"), "--once"));
    }
}
