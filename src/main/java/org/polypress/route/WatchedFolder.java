package org.polypress.route;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.polypress.config.ProcessedPolicy;
import org.polypress.config.ProgressMode;
import org.polypress.config.Settings;
import org.polypress.pipeline.DocumentPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watched folder as a service: prepares the folders (removing temporaries left by a crash),
 * runs the {@link PolypressRoute} in its own Camel context, reports status, and stops gracefully.
 *
 * <pre>
 * try (WatchedFolder folder = new WatchedFolder(settings, pipeline, listeners)) {
 *     folder.start();
 *     folder.awaitIdle(Duration.ofHours(1));   // --once: everything present has an outcome
 *     RunSummary summary = folder.stop();
 * }
 * </pre>
 */
public final class WatchedFolder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    /** Entries of the persistent idempotent repository kept in memory (lookups beyond read the file). */
    private static final int PUBLISHED_CACHE = 10_000;
    /** Size of the repository file at which its oldest entries are dropped. */
    private static final long PUBLISHED_STORE_MAX_BYTES = 64L * 1024 * 1024;

    private final Settings settings;
    private final OutputLayout layout;
    private final DocumentPipeline pipeline;
    private final List<PublicationListener> listeners;
    private final StatusBoard status;
    private final DocumentTracker tracker;
    private final InputEndpoint input;
    private final IdleDetector idle;
    private final List<RunObserver> observers;
    private DefaultCamelContext context;
    private HealthServer health;
    private long startedNanos;
    private RunSummary summary;
    private volatile boolean stopping;

    public WatchedFolder(Settings settings, DocumentPipeline pipeline, List<PublicationListener> listeners) {
        this(settings, pipeline, listeners, List.of());
    }

    /**
     * @param observers follow the run document by document, in addition to the status board
     */
    public WatchedFolder(Settings settings, DocumentPipeline pipeline, List<PublicationListener> listeners,
                         List<RunObserver> observers) {
        this.settings = settings;
        this.layout = new OutputLayout(settings.outputDir());
        this.pipeline = pipeline;
        this.listeners = List.copyOf(listeners);
        this.status = new StatusBoard(settings,
                settings.statusFile() ? Optional.of(layout.statusFile()) : Optional.empty());
        List<RunObserver> all = new ArrayList<>();
        all.add(status);
        all.addAll(observers);
        this.observers = List.copyOf(all);
        boolean drawProgress = settings.progress() == ProgressMode.ON
                || (settings.progress() == ProgressMode.AUTO && System.console() != null);
        this.tracker = new DocumentTracker(this.observers, drawProgress ? new ProgressLine(System.err) : null);
        this.input = new InputEndpoint(settings);
        this.idle = new IdleDetector(tracker::inProgress, input::hasUnhandledFiles, stallLimit(settings.pollDelay()));
    }

    /** Prepares the folders and starts watching. */
    public synchronized void start() throws Exception {
        if (context != null) {
            throw new IllegalStateException("already started");
        }
        startedNanos = System.nanoTime();
        prepareFolders();
        announce(RunState.STARTING);

        context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("polypress");
        context.getShutdownStrategy().setTimeout(Math.max(1, ceilSeconds(settings.shutdownTimeout())));
        context.getShutdownStrategy().setLogInflightExchangesOnTimeout(true);
        context.getExecutorServiceManager().setShutdownAwaitTermination(2_000);

        IdempotentRepository published = FileIdempotentRepository.fileIdempotentRepository(
                layout.publishedKeys().toFile(), PUBLISHED_CACHE, PUBLISHED_STORE_MAX_BYTES);
        FileEndpoint endpoint = input.create(context, idle);
        context.addRoutes(new PolypressRoute(settings, endpoint, published, tracker,
                new InputReader(settings.inputDir(), settings.maxInputBytes(), () -> stopping),
                new PipelineStep(pipeline),
                new PublicationWriter(layout, listeners),
                new InputDisposal(settings.processed(), settings.doneDir()),
                new FailureHandler(layout, settings.maxRetries(), listeners)));
        context.start();
        if (settings.healthPort() > 0) {
            health = HealthServer.start(settings.healthHost(), settings.healthPort(), context, status::toJson);
            LOG.info("health endpoint on http://{}:{}/health", settings.healthHost(), health.port());
        }
        announce(RunState.RUNNING);
        LOG.info("watching {} -> publishing into {} ({} workers, processed inputs: {})", settings.inputDir(),
                settings.outputDir(), settings.workers(), describePolicy());
    }

    /**
     * Waits until every file present in the input folder when this method was called (and any
     * dropped meanwhile) has an outcome and a further scan found nothing new.
     *
     * @return {@code false} if the timeout passed first
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return idle.awaitIdle(timeout);
    }

    /** Counts so far. */
    public RunCounts counts() {
        return tracker.counts();
    }

    /** The status document (as written to status.json). */
    public String statusJson() {
        return status.toJson();
    }

    /**
     * Stops gracefully: no new files are taken and queued documents are not started; documents in
     * progress get {@code shutdown.timeout} to finish, then are abandoned (their temporaries are
     * removed at the next start). Abandoned documents are processed at the next start. Idempotent.
     */
    public synchronized RunSummary stop() {
        if (summary != null) {
            return summary;
        }
        stopping = true;
        if (context != null) {
            announce(RunState.STOPPING);
            context.stop();
            if (health != null) {
                health.stop();
            }
        }
        summary = new RunSummary(tracker.counts(), Duration.ofNanos(System.nanoTime() - startedNanos));
        announce(RunState.STOPPED);
        return summary;
    }

    @Override
    public void close() {
        stop();
    }

    private void announce(RunState state) {
        RunCounts counts = tracker.counts();
        for (RunObserver observer : observers) {
            try {
                observer.stateChanged(state, counts);
            } catch (RuntimeException e) {
                LOG.warn("status update failed: {}", e.toString());
            }
        }
    }

    private void prepareFolders() throws IOException {
        Files.createDirectories(settings.inputDir());
        Files.createDirectories(layout.stateDir());
        Files.createDirectories(layout.failedDir());
        if (settings.processed() == ProcessedPolicy.MOVE) {
            Files.createDirectories(settings.doneDir());
        }
        List<Path> leftovers = new ArrayList<>(AtomicFiles.removeLeftovers(layout.root()));
        if (settings.processed() == ProcessedPolicy.MOVE) {
            leftovers.addAll(AtomicFiles.removeLeftovers(settings.doneDir()));
        }
        if (!leftovers.isEmpty()) {
            LOG.info("removed {} temporary files left by an interrupted run", leftovers.size());
        }
    }

    private String describePolicy() {
        return settings.processed() == ProcessedPolicy.MOVE ? "moved to " + settings.doneDir() : "kept in place";
    }

    private static long ceilSeconds(Duration d) {
        return TimeUnit.MILLISECONDS.toSeconds(d.toMillis() + 999);
    }

    /** Scans may pause this long with nothing in progress before the scanner counts as stopped. */
    static Duration stallLimit(Duration pollDelay) {
        Duration twenty = pollDelay.multipliedBy(20);
        return twenty.compareTo(Duration.ofSeconds(30)) > 0 ? twenty : Duration.ofSeconds(30);
    }
}
