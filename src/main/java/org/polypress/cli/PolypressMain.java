package org.polypress.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.CountDownLatch;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import org.polypress.config.Settings;
import org.polypress.config.SettingsException;
import org.polypress.config.SettingsLoader;
import org.polypress.pipeline.DocumentPipeline;
import org.polypress.pipeline.PolypressPipeline;
import org.polypress.profile.Labels;
import org.polypress.publish.StylesheetFolder;
import org.polypress.publish.html.CatalogueRenderer;
import org.polypress.route.CatalogueUpdater;
import org.polypress.route.LanguageVersions;
import org.polypress.pipeline.EditionRenderer;
import org.polypress.pipeline.Pipelines;
import org.polypress.route.PublicationListener;
import org.polypress.route.RunCounts;
import org.polypress.route.RunObserver;
import org.polypress.route.RunSummary;
import org.polypress.route.StartupProblem;
import org.polypress.cluster.ClusterSettings;
import org.polypress.route.WatchedFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar polypress.jar}: watches the input folder until stopped, or with {@code --once}
 * publishes what is there and exits; with {@code --verify [DIR]} checks the archival bags instead.
 * Exit codes: 0 success, 1 some document failed (or the service could not start, the input folder
 * disappeared, or a bag is not valid), 2 bad usage or settings, or folders that cannot be used (no
 * such input folder, an output folder that is a file or cannot be written). See {@code --help}.
 */
public final class PolypressMain {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    /** How long {@code --once} waits between checks that the process is still meant to run. */
    private static final String CATALOGUE_LANGUAGE = "en";
    private static final Duration ONCE_WAIT_SLICE = Duration.ofSeconds(5);

    private PolypressMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** How long the JVM ran before {@link #run} (start, class loading of the command line). */
    private static Duration jvmUptime() {
        return Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /** Runs the command line and returns the exit code (the watch mode returns once stopped). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Duration jvm = jvmUptime();
        CommandLine commandLine;
        Settings settings;
        try {
            commandLine = CommandLine.parse(args, SettingsLoader.descriptors());
            if (commandLine.help()) {
                out.print(HelpText.render(SettingsLoader.descriptors()));
                out.flush();
                return OK;
            }
            settings = SettingsLoader.load(commandLine.config(), commandLine.overrides());
            if (commandLine.once() && ClusterSettings.of(settings).broker().isPresent()) {
                // Once the intake sent its jobs, they are on the broker, not in this process: it cannot tell when they are done.
                throw new UsageException("--once publishes on one machine; with a broker, run the processes until the queue is empty");
            }
        } catch (UsageException | SettingsException e) {
            err.println("polypress: " + e.getMessage());
            err.println("Try --help for the options.");
            return USAGE;
        }

        if (commandLine.verify().isPresent()) {
            return VerifyCommand.run(commandLine.verify().get().orElse(settings.outputDir()), out, err);
        }
        try {
            WatchedFolder.checkFolders(settings); // before the pipeline, which takes seconds to build
        } catch (StartupProblem e) {
            err.println("polypress: " + e.getMessage());
            return USAGE;
        }

        DocumentPipeline pipeline;
        try {
            pipeline = PipelineFactory.create(settings);
        } catch (SettingsException e) {
            err.println("polypress: " + e.getMessage());
            return USAGE;
        } catch (Exception | LinkageError e) {
            LOG.error("cannot create the document pipeline: {}", e.toString(), e);
            return FAILED;
        }
        List<PublicationListener> listeners;
        try {
            // The language versions first: a document that joins a work is written with its IRI
            // before the catalogue reads it, and lists the work's languages on one row.
            listeners = pipeline instanceof EditionRenderer editions
                    ? List.of(new LanguageVersions(editions, CATALOGUE_LANGUAGE, java.util.Optional.of(settings.inputDir())), catalogue(settings))
                    : List.of(catalogue(settings));
        } catch (SaxonApiException | RuntimeException e) {
            LOG.error("cannot compile the catalogue stylesheet: {}", e.toString(), e);
            return FAILED;
        }

        FirstDocument first = new FirstDocument();
        WatchedFolder folder = new WatchedFolder(settings, pipeline, listeners, List.of(first));
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            LOG.info("stopping: finishing documents in progress (at most {})", settings.shutdownTimeout());
            RunSummary summary = folder.stop();
            LOG.info("stopped: {}", summary.describe());
            stopped.countDown();
        }, "polypress-shutdown");
        Runtime.getRuntime().addShutdownHook(hook); // before start: a signal during start-up stops cleanly too
        long camelStart = System.nanoTime();
        try {
            folder.start();
        } catch (StartupProblem e) {
            err.println("polypress: " + e.getMessage());
            removeHook(hook);
            folder.stop();
            return USAGE;
        } catch (Exception e) {
            LOG.error("cannot start: {}", e.toString(), e);
            removeHook(hook);
            folder.stop();
            return FAILED;
        }

        long scanning = System.nanoTime();
        Duration camel = Duration.ofNanos(scanning - camelStart);
        if (!commandLine.once()) {
            awaitUninterruptibly(stopped);
            return OK;
        }
        try {
            while (!folder.awaitIdle(ONCE_WAIT_SLICE)) {
                // keep waiting: documents are still in progress or files are still being written
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            LOG.error("{}", e.getMessage());
            removeHook(hook);
            folder.stop();
            return FAILED;
        }
        if (!removeHook(hook)) {
            awaitUninterruptibly(stopped); // a signal arrived meanwhile: its hook is stopping the folder
        }
        RunSummary summary = folder.stop();
        LOG.info("done: {}", summary.describe());
        LOG.info("start-up: {}", describeStartup(jvm, pipeline, camel, first.after(scanning)));
        return summary.exitCode();
    }

    /**
     * The start-up's parts, e.g. {@code "jvm 0.31 s, saxon 1.52 s, fop 0.61 s, tika 1.12 s,
     * schema 0.40 s, camel 0.38 s, first-scan 0.05 s"} (tika and schema load beside saxon and fop,
     * on a second thread; first-scan runs from the route's start to its first document).
     */
    static String describeStartup(Duration jvm, DocumentPipeline pipeline, Duration camel,
                                  java.util.Optional<Duration> firstScan) {
        Map<String, Duration> parts = new LinkedHashMap<>();
        parts.put("jvm", jvm);
        if (pipeline instanceof PolypressPipeline standard) {
            parts.putAll(standard.startup());
        }
        parts.put("camel", camel);
        firstScan.ifPresent(d -> parts.put("first-scan", d));
        StringBuilder text = new StringBuilder();
        parts.forEach((name, d) -> text.append(text.length() == 0 ? "" : ", ").append(name).append(' ')
                .append(String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9)));
        return text.toString();
    }

    /** Remembers when the first document of the run started. */
    private static final class FirstDocument implements RunObserver {
        private final AtomicLong startedNanos = new AtomicLong();

        @Override
        public void documentStarted(String fileName, RunCounts counts) {
            startedNanos.compareAndSet(0, System.nanoTime());
        }

        java.util.Optional<Duration> after(long nanos) {
            long started = startedNanos.get();
            return started == 0 ? java.util.Optional.empty() : java.util.Optional.of(Duration.ofNanos(started - nanos));
        }
    }

    /** The catalogue page, in English: it lists documents of every language. */
    private static CatalogueUpdater catalogue(Settings settings) throws SaxonApiException {
        CatalogueRenderer renderer = new CatalogueRenderer(new Processor(false),
                StylesheetFolder.resolve(settings.xsltDir()));
        return new CatalogueUpdater(renderer, CATALOGUE_LANGUAGE,
                Labels.of(CATALOGUE_LANGUAGE), settings.value(Pipelines.SITE_BASE));
    }

    private static boolean removeHook(Thread hook) {
        try {
            return Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
