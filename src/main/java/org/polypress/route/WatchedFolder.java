package org.polypress.route;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.polypress.archive.ArchiveWriter;
import org.polypress.cluster.ClusterSettings;
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
    /** Settings of the archive, read here only (declared in polypress.properties). */
    static final String ARCHIVE = "archive";
    static final String ARCHIVE_SOURCE_ORGANISATION = "archive.source-organization";
    /** Ignored entries named one by one at the end of a run; the rest are only counted (a log, not a listing). */
    private static final int LOGGED_IGNORED = 20;
    /** Held by the watcher that writes the output folder's status.json (see {@link #prepareFolders(boolean)}). */
    static final String OWNER_LOCK = "owner.lock";

    private final Settings settings;
    private final OutputLayout layout;
    private final DocumentPipeline pipeline;
    private final List<PublicationListener> listeners;
    private final StatusBoard status;
    private final DocumentTracker tracker;
    private InputEndpoint input;
    private IdleDetector idle;
    private final List<RunObserver> observers;
    private DefaultCamelContext context;
    private HealthServer health;
    private long startedNanos;
    private RunSummary summary;
    private volatile boolean stopping;
    private Optional<OwnerLock> owner = Optional.empty();
    /** The broker and repository connections, on several machines (see {@link JobRoutes}). */
    private Optional<ClusterWiring> cluster = Optional.empty();

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
        this.idle = idleDetector(input);
    }

    private IdleDetector idleDetector(InputEndpoint endpoint) {
        return new IdleDetector(tracker::inProgress, endpoint::hasUnhandledFiles, settings.inputDir(),
                stallLimit(settings.pollDelay()));
    }

    /**
     * Prepares the folders and starts watching.
     *
     * @throws StartupProblem when a folder cannot be used (see {@link #prepareFolders(boolean)}); nothing was started
     */
    public synchronized void start() throws Exception {
        if (context != null) {
            throw new IllegalStateException("already started");
        }
        startedNanos = System.nanoTime();
        ClusterSettings clusterSettings = ClusterSettings.of(settings);
        prepareFolders(clusterSettings.distributed());
        if (clusterSettings.distributed()) {
            cluster = Optional.of(ClusterWiring.connect(clusterSettings));
            List<Path> roots = settings.processed() == ProcessedPolicy.MOVE
                    ? List.of(layout.root(), settings.doneDir()) : List.of(layout.root());
            cluster.get().sweepLeftovers(layout, roots);
        }
        announce(RunState.STARTING);

        context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("polypress");
        context.getShutdownStrategy().setTimeout(Math.max(1, ceilSeconds(settings.shutdownTimeout())));
        context.getShutdownStrategy().setLogInflightExchangesOnTimeout(true);
        context.getExecutorServiceManager().setShutdownAwaitTermination(2_000);

        IdempotentRepository published = FileIdempotentRepository.fileIdempotentRepository(
                layout.publishedKeys().toFile(), PUBLISHED_CACHE, PUBLISHED_STORE_MAX_BYTES);
        InputReader reader = new InputReader(settings.inputDir(), settings.maxInputBytes(),
                pipeline.longestNameEnding(), () -> stopping);
        PublicationWriter writer = new PublicationWriter(layout, listeners, settings.flag(ARCHIVE)
                ? Optional.of(new ArchiveWriter(settings.value(ARCHIVE_SOURCE_ORGANISATION)))
                : Optional.empty());
        InputDisposal disposal = new InputDisposal(settings.processed(), settings.doneDir());
        FailureHandler failures = new FailureHandler(layout, settings.maxRetries(), listeners);
        if (cluster.isPresent()) {
            ClusterWiring c = cluster.get();
            c.register(context);
            input = c.inputEndpoint(settings, context);
            idle = idleDetector(input);
            status.reportCluster(c.status::toMap);
            context.addRoutes(new JobRoutes(settings, c.cluster, input.create(context, idle),
                    c.published(published, context), c.workClaims(context), tracker, reader,
                    new PipelineStep(pipeline), writer, disposal, failures, c.status));
        } else {
            context.addRoutes(new PolypressRoute(settings, input.create(context, idle), published, tracker, reader,
                    new PipelineStep(pipeline), writer, disposal, failures));
        }
        context.start();
        if (settings.healthPort() > 0) {
            health = HealthServer.start(settings.healthHost(), settings.healthPort(), context, status::toJson);
            cluster.ifPresent(c -> health.reportCluster(c.status::toMap));
            LOG.info("health endpoint on http://{}:{}/health", settings.healthHost(), health.port());
        }
        announce(RunState.RUNNING);
        String names = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (!names.equalsIgnoreCase("UTF-8")) {
            LOG.warn("file names are read as {}, not UTF-8 (the locale is not a UTF-8 one): files whose names have "
                    + "other letters cannot be opened and are refused; start with LANG=C.UTF-8", names);
        }
        LOG.info("watching {} -> publishing into {} ({} workers, processed inputs: {})", settings.inputDir(),
                settings.outputDir(), settings.workers(), describePolicy());
        cluster.ifPresent(c -> LOG.info("role {}: broker {}, repository {}", c.cluster.role().key(),
                c.broker.map(b -> b.where() + " queue " + c.cluster.queue()).orElse("none (jobs stay in this JVM)"),
                c.repository.map(r -> r.where()).orElse("output/.state (this machine only)")));
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
        List<InputEndpoint.Ignored> ignored = context == null ? List.of() : input.ignored();
        for (InputEndpoint.Ignored entry : ignored.subList(0, Math.min(ignored.size(), LOGGED_IGNORED))) {
            LOG.info("ignored   {}: {}", LogText.name(entry.name()), entry.why());
        }
        if (ignored.size() > LOGGED_IGNORED) {
            LOG.info("ignored   {} more entries of the input folder", ignored.size() - LOGGED_IGNORED);
        }
        summary = new RunSummary(tracker.counts(), ignored.size(), Duration.ofNanos(System.nanoTime() - startedNanos));
        if (context != null) {
            announce(RunState.STOPPED); // a start refused before Camel writes no status into unusable folders
        }
        owner.ifPresent(OwnerLock::close);
        cluster.ifPresent(ClusterWiring::close);
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

    /**
     * Checks the folders of these settings, so that a wrong folder costs one line and no document
     * runs the pipeline in vain: the input folder must exist (or is created with {@code input.create});
     * the output folder and its {@code .state/} and {@code failed/} (and the done folder with
     * {@code processed=move}) must be folders in which a file can be written and renamed; they are
     * created if missing. Called by {@link #start()}; callers may call it earlier, before building
     * an expensive pipeline.
     *
     * @throws StartupProblem saying in one line what is wrong
     */
    public static void checkFolders(Settings settings) throws StartupProblem {
        try {
            checkFoldersOnce(settings);
        } catch (StartupProblem e) {
            // Nothing can run on these folders: the previous run's status.json ("stopped, 0 failed")
            // must not pass for this one's. The command line calls this before start(), so here.
            removeStatusOfAnEarlierRun(new OutputLayout(settings.outputDir()));
            throw e;
        }
    }

    private static void checkFoldersOnce(Settings settings) throws StartupProblem {
        Path in = settings.inputDir();
        if (!Files.exists(in, LinkOption.NOFOLLOW_LINKS) && !Files.exists(in)) {
            if (!settings.flag(Settings.INPUT_CREATE)) {
                throw new StartupProblem("no such input folder: " + in + " (create it, or set input.create=true)");
            }
            try {
                Files.createDirectories(in);
            } catch (IOException e) {
                throw new StartupProblem("cannot create the input folder " + in + ": " + reason(e));
            }
        } else if (!Files.isDirectory(in)) {
            throw new StartupProblem("the input folder " + in + " is not a folder");
        }
        OutputLayout layout = new OutputLayout(settings.outputDir());
        Path out = layout.root();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new StartupProblem("the output folder " + out + " is a file, not a folder");
        }
        for (Path folder : List.of(out, layout.stateDir(), layout.failedDir())) {
            requireWritableFolder(folder, "the output folder " + out);
        }
        if (settings.processed() == ProcessedPolicy.MOVE) {
            requireWritableFolder(settings.doneDir(), "the done folder " + settings.doneDir());
        }
    }

    /**
     * {@link #checkFolders}, then becomes the owner of the output folder's {@code status.json}
     * unless another watcher is: the first watcher of an output folder holds an operating-system
     * lock on {@code .state/owner.lock} until it stops, writes {@code status.json}, and removes
     * the previous run's first (it describes a run that is over, and must not pass for this one's
     * should this run be unable to write its own, on a full disk). A second watcher of the same
     * folder leaves {@code status.json} alone and says so; its status is on its HTTP endpoint.
     * Then the owner removes the temporaries a crash left (a second watcher does not: while the
     * owner runs, they are its files being written; on several machines no process does, see
     * {@link ClusterWiring#sweepLeftovers}).
     */
    private void prepareFolders(boolean shared) throws IOException, StartupProblem {
        checkFolders(settings); // removes the previous run's status.json when it refuses
        owner = OwnerLock.tryAcquire(layout.stateDir().resolve(OWNER_LOCK));
        if (owner.isPresent()) {
            removeStatusOfAnEarlierRun(layout);
        } else {
            status.leaveFileToAnother();
            LOG.info("another Polypress is publishing into {}: its status.json and temporary files are left to it",
                    layout.root());
            return; // its temporaries are files being written, not leftovers of a crash
        }
        if (shared) {
            return; // other processes may be writing: only the temporaries of stopped ones go (ClusterWiring)
        }
        List<Path> leftovers = new ArrayList<>(AtomicFiles.removeLeftovers(layout.root()));
        if (settings.processed() == ProcessedPolicy.MOVE) {
            leftovers.addAll(AtomicFiles.removeLeftovers(settings.doneDir()));
        }
        if (!leftovers.isEmpty()) {
            LOG.info("removed {} temporary files left by an interrupted run", leftovers.size());
        }
    }

    /** Creates the folder if needed and proves that a file can be written, renamed and removed in it. */
    private static void requireWritableFolder(Path folder, String what) throws StartupProblem {
        try {
            Files.createDirectories(folder);
            AtomicFiles.probe(folder);
        } catch (FileAlreadyExistsException e) {
            throw new StartupProblem(what + " cannot be used: " + e.getFile() + " is a file, not a folder");
        } catch (AccessDeniedException e) {
            throw new StartupProblem(what + " cannot be written: permission denied on " + e.getFile());
        } catch (IOException e) {
            throw new StartupProblem(what + " cannot be written: " + reason(e));
        }
    }

    private static String reason(IOException e) {
        return e instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")")
                : String.valueOf(e.getMessage());
    }

    /** Removes status.json; when even that fails, the file stays (the start is refused anyway). */
    private static void removeStatusOfAnEarlierRun(OutputLayout layout) {
        Path file = layout.statusFile();
        if (Files.isDirectory(layout.root()) && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("cannot remove the status.json of an earlier run: {}", reason(e));
            }
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
