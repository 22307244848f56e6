package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.cluster.ClusterSettings;
import org.polypress.cluster.TestBroker;
import org.polypress.config.Settings;

/**
 * The watched folder split at a real Artemis queue (a broker in this JVM, on loopback): intake and
 * workers in one process (role both), as on a single machine of a cluster.
 */
class JobRoutesTest {

    @Test
    void documentsTravelAsJobsAndARefusedOneFailsAtTheIntake(@TempDir Path root) throws Exception {
        Harness h = new Harness(root);
        int port = freePort();
        EmbeddedActiveMQ broker = TestBroker.start(port, null);
        FakePipeline pipeline = new FakePipeline();
        try (WatchedFolder folder = new WatchedFolder(brokerSettings(h, port), pipeline, List.of())) {
            folder.start();
            h.drop("a.txt", "Article 1\nThe first text.\n");
            h.drop("b.txt", "Article 2\nThe second text.\n");
            Files.write(h.input.resolve("empty.txt"), new byte[0]);
            await(() -> folder.counts().published() == 2, Duration.ofSeconds(60));
            await(() -> h.exists("failed/empty.json"), Duration.ofSeconds(10));
            assertTrue(h.exists("xml/a.xml") && h.exists("xml/b.xml"));
            assertEquals("Article 1\nThe first text.\n", new String(pipeline.received.get("a.txt")),
                    "the worker read the file the job names");
            String status = folder.statusJson();
            assertTrue(status.contains("\"role\": \"both\"") && status.contains("\"jobsSent\": 2"), status);
        } finally {
            broker.stop();
        }
    }

    @Test
    void withoutItsBrokerTheIntakePausesAndNothingIsLostWhenItComesBack(@TempDir Path root) throws Exception {
        Harness h = new Harness(root);
        int port = freePort();
        FakePipeline pipeline = new FakePipeline();
        EmbeddedActiveMQ broker = null;
        try {
            try (WatchedFolder folder = new WatchedFolder(brokerSettings(h, port), pipeline, List.of())) {
                folder.start();
                h.drop("late.txt", "Article 1\nWaiting for the broker.\n");
                await(() -> folder.statusJson().contains("\"intake\": \"paused\""), Duration.ofSeconds(20));
                assertEquals(0, folder.counts().published());
                assertFalse(h.exists("failed/late.json"), "a missing broker is not the document's failure");
                broker = TestBroker.start(port, null);
                await(() -> folder.counts().published() == 1, Duration.ofSeconds(60));
                assertTrue(h.exists("xml/late.xml"));
                assertTrue(folder.statusJson().contains("\"intake\": \"running\""), folder.statusJson());
            }
        } finally {
            if (broker != null) {
                broker.stop();
            }
        }
    }

    private static Settings brokerSettings(Harness h, int port) {
        return h.settings()
                .set(ClusterSettings.BROKER, "tcp://127.0.0.1:" + port)
                .set(Settings.STATUS_FILE, "true")
                .build();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached within " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
