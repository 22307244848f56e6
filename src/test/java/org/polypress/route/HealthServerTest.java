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

    @Test
    void aClientThatSendsHalfARequestBlocksNobodyAndIsCutOffAtItsDeadline() throws Exception {
        {
            HealthServer server = HealthServer.start("127.0.0.1", 0, Duration.ofMillis(800),
                    new org.apache.camel.impl.DefaultCamelContext(), () -> "{}");
            try (java.net.Socket slow = new java.net.Socket("127.0.0.1", server.port())) {
                slow.getOutputStream().write("GET /hea".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                slow.getOutputStream().flush();

                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                long t0 = System.nanoTime();
                HttpResponse<String> other = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/status")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, other.statusCode());
                assertTrue((System.nanoTime() - t0) / 1_000_000 < 700, "answered while the slow client waits");

                slow.setSoTimeout(5_000);
                long t1 = System.nanoTime();
                assertEquals(-1, slow.getInputStream().read(), "the slow client is hung up on, unanswered");
                assertTrue((System.nanoTime() - t1) / 1_000_000 < 3_000, "at its deadline");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void onlyGetAndHeadOfKnownPathsAreAnswered() throws Exception {
        HealthServer server = HealthServer.start("127.0.0.1", 0, new org.apache.camel.impl.DefaultCamelContext(),
                () -> "{\"state\": \"idle\"}");
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + server.port());
            assertEquals(503, http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "Camel not started: DOWN");
            assertEquals(404, http.send(HttpRequest.newBuilder(base.resolve("/other")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(405, http.send(HttpRequest.newBuilder(base.resolve("/status"))
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode());
            HttpResponse<String> head = http.send(HttpRequest.newBuilder(base.resolve("/status"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
        } finally {
            server.stop();
        }
    }
}
