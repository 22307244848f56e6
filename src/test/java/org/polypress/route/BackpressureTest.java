package org.polypress.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polypress.config.Settings;

/** A burst of files against a slow pipeline queues within bounds instead of piling up. */
class BackpressureTest {
    @TempDir
    Path tmp;

    @Test
    void burstIsBoundedByWorkersPlusQueue() throws Exception {
        Harness h = new Harness(tmp);
        for (int i = 0; i < 50; i++) {
            h.drop(String.format("doc-%02d.txt", i), "document " + i);
        }
        int workers = 2;
        int queue = 4;
        AtomicInteger maxInProgress = new AtomicInteger();
        RunObserver peak = new RunObserver() {
            @Override
            public void documentStarted(String fileName, RunCounts counts) {
                maxInProgress.accumulateAndGet(counts.inProgress(), Math::max);
            }
        };
        FakePipeline pipeline = new FakePipeline((f, c, a) -> FakePipeline.sleep(60));
        Settings settings = h.settings().workers(workers).queueSize(queue)
                .readLockCheckInterval(Duration.ofMillis(10)).readLockTimeout(Duration.ofSeconds(1)).build();

        long start = System.nanoTime();
        RunSummary summary;
        try (WatchedFolder folder = new WatchedFolder(settings, pipeline, List.of(), List.of(peak))) {
            folder.start();
            assertTrue(folder.awaitIdle(Duration.ofSeconds(30)));
            summary = folder.stop();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(50, summary.counts().published());
        assertEquals(50, pipeline.calls.size());
        // Running on the workers, waiting in the queue, plus one run by the poller when the queue is full.
        int bound = workers + queue + 1;
        assertTrue(maxInProgress.get() <= bound, "in progress peaked at " + maxInProgress.get() + " > " + bound);
        assertTrue(maxInProgress.get() >= workers + queue, "the queue never filled: peak " + maxInProgress.get());
        assertTrue(pipeline.maxRunning.get() <= workers + 1, "concurrent pipeline runs: " + pipeline.maxRunning.get());
        System.out.printf("backpressure: 50 docs x 60 ms, %d workers, queue %d: peak in progress %d, "
                + "peak concurrent %d, %d ms%n", workers, queue, maxInProgress.get(), pipeline.maxRunning.get(), millis);
    }
}
