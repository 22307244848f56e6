package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.polypress.config.Settings;
import org.polypress.pipeline.DocumentPipeline;

/** Temporary input/output folders, fast settings, and a way to run the real route over them. */
final class Harness {
    final Path root;
    final Path input;
    final Path output;

    Harness(Path root) throws IOException {
        this.root = root;
        this.input = Files.createDirectories(root.resolve("in"));
        this.output = root.resolve("out");
    }

    /** Settings tuned for tests: fast polling and read-lock checks, short retries. */
    Settings.Builder settings() {
        return Settings.builder()
                .inputDir(input)
                .outputDir(output)
                .workers(2)
                .pollDelay(Duration.ofMillis(50))
                .readLockCheckInterval(Duration.ofMillis(50))
                .readLockTimeout(Duration.ofSeconds(3))
                .retryDelay(Duration.ofMillis(10))
                .shutdownTimeout(Duration.ofSeconds(5))
                .set(Settings.PROGRESS, "off");
    }

    /** Starts the route, waits until everything dropped so far has an outcome, stops. */
    RunSummary runOnce(DocumentPipeline pipeline) throws Exception {
        return runOnce(settings().build(), pipeline, List.of());
    }

    RunSummary runOnce(Settings settings, DocumentPipeline pipeline, List<PublicationListener> listeners)
            throws Exception {
        try (WatchedFolder folder = new WatchedFolder(settings, pipeline, listeners)) {
            folder.start();
            // Generous: the end-to-end drop runs the real pipeline on 20 files with 2 workers, which on
            // a loaded 2-core machine took 50 s; a route that never becomes idle still fails here.
            assertTrue(folder.awaitIdle(Duration.ofSeconds(120)), "route did not become idle");
            return folder.stop();
        }
    }

    Path drop(String fileName, String content) throws IOException {
        return Files.writeString(input.resolve(fileName), content, StandardCharsets.UTF_8);
    }

    String read(String relative) throws IOException {
        return Files.readString(output.resolve(relative), StandardCharsets.UTF_8);
    }

    boolean exists(String relative) {
        return Files.exists(output.resolve(relative));
    }

    JsonObject json(String relative) throws Exception {
        return (JsonObject) Jsoner.deserialize(read(relative));
    }

    /** Every regular file under the output folder, relative, sorted. */
    List<String> outputFiles() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(output)) {
            s.filter(Files::isRegularFile).forEach(p -> out.add(output.relativize(p).toString()));
        }
        out.sort(null);
        return out;
    }

    /** The persistent idempotent repository's lines. */
    List<String> publishedKeys() throws IOException {
        Path keys = output.resolve(".state/published.keys");
        return Files.exists(keys) ? Files.readAllLines(keys) : List.of();
    }

    static Map<String, Object> map(Object o) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) o;
        return m;
    }
}
