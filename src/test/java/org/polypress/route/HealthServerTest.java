package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.config.Settings;

class HealthServerTest {
    @TempDir
    Path tmp;

    @Test
    void healthAndStatusAreServedOnlyWhileRunning() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Harness h = new Harness(tmp);
        h.drop("a.txt", "alpha");
        Settings settings = h.settings().set(Settings.HEALTH_PORT, Integer.toString(port)).build();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status")).build();
        try (WatchedFolder folder = new WatchedFolder(settings, new FakePipeline(), List.of())) {
            folder.start();
            assertTrue(folder.awaitIdle(Duration.ofSeconds(10)));
            HttpResponse<String> up = http.send(health, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, up.statusCode());
            assertTrue(up.body().contains("\"status\": \"UP\""), up.body());
            HttpResponse<String> s = http.send(status, HttpResponse.BodyHandlers.ofString());
            assertTrue(s.body().contains("\"published\": 1"), s.body());
            assertTrue(s.body().contains("\"state\": \"idle\""), s.body());
        }
        assertThrows(IOException.class, () -> http.send(health, HttpResponse.BodyHandlers.ofString()));
    }
}
