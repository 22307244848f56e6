package org.polypress.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The resolved configuration of one Polypress run. Immutable. Built by {@link SettingsLoader}
 * (bundled defaults, then an optional configuration file, then the command line) or, in code and
 * tests, by {@link #builder()} / {@link #with(String, String)}.
 *
 * <p>{@link #values()} holds every key as text (the single source); the typed components are
 * parsed and validated from it. Prefer the builder over the canonical constructor, which does not
 * check that the two agree.
 *
 * @param inputDir              folder watched for dropped documents
 * @param outputDir             folder the editions are published into
 * @param workers               documents processed in parallel
 * @param queueSize             documents waiting for a worker; when full the poller processes one itself
 * @param pollDelay             pause between two scans of the input folder
 * @param pollMaxFiles          most new files taken from one scan
 * @param readLockCheckInterval a file is read once its size and time stamp stay unchanged this long
 * @param readLockTimeout       a file that keeps changing this long is logged as still being written
 * @param processed             keep or move published inputs
 * @param doneDir               where {@link ProcessedPolicy#MOVE} puts published inputs
 * @param maxRetries            retries of a transient failure (I/O trouble) before the document fails
 * @param retryDelay            delay before the first retry; doubles for each further retry
 * @param shutdownTimeout       how long a stop waits for documents in progress
 * @param maxInputBytes         larger inputs are refused without being read
 * @param xsltDir               stylesheets folder overriding those inside the jar
 * @param statusFile            whether {@code output/status.json} is maintained
 * @param statusRecent          how many recent documents {@code status.json} lists
 * @param healthPort            port of the HTTP health/status endpoint, 0 when off
 * @param healthHost            address the HTTP endpoint binds to
 * @param pipelineClass         a {@code DocumentPipeline} class to use instead of the standard one
 * @param progress              whether a progress line is drawn
 * @param values                every setting as text, keyed as in {@code polypress.properties}
 */
public record Settings(
        Path inputDir,
        Path outputDir,
        int workers,
        int queueSize,
        Duration pollDelay,
        int pollMaxFiles,
        Duration readLockCheckInterval,
        Duration readLockTimeout,
        ProcessedPolicy processed,
        Path doneDir,
        int maxRetries,
        Duration retryDelay,
        Duration shutdownTimeout,
        long maxInputBytes,
        Optional<Path> xsltDir,
        boolean statusFile,
        int statusRecent,
        int healthPort,
        String healthHost,
        Optional<String> pipelineClass,
        ProgressMode progress,
        Map<String, String> values) {

    public static final String INPUT_DIR = "input.dir";
    /** Whether a missing input folder is created at start instead of refused (read with {@link #flag}). */
    public static final String INPUT_CREATE = "input.create";
    public static final String OUTPUT_DIR = "output.dir";
    public static final String WORKERS = "workers";
    public static final String QUEUE_SIZE = "queue.size";
    public static final String POLL_DELAY = "poll.delay";
    public static final String POLL_MAX_FILES = "poll.max-files";
    public static final String READ_LOCK_CHECK_INTERVAL = "read-lock.check-interval";
    public static final String READ_LOCK_TIMEOUT = "read-lock.timeout";
    public static final String PROCESSED = "processed";
    public static final String DONE_DIR = "done.dir";
    public static final String RETRY_MAX = "retry.max";
    public static final String RETRY_DELAY = "retry.delay";
    public static final String SHUTDOWN_TIMEOUT = "shutdown.timeout";
    public static final String INPUT_MAX_SIZE = "input.max-size";
    public static final String XSLT_DIR = "xslt.dir";
    public static final String STATUS_FILE = "status.file";
    public static final String STATUS_RECENT = "status.recent";
    public static final String HEALTH_PORT = "health.port";
    public static final String HEALTH_HOST = "health.host";
    public static final String PIPELINE_CLASS = "pipeline.class";
    public static final String PROGRESS = "progress";
    /** Estimated pages from which the PDF edition prints a contents (read with {@link #pdfContentsMinPages()}). */
    public static final String PDF_CONTENTS_MIN_PAGES = "pdf.contents.min-pages";
    /** Absolute URL the output folder is published under, or empty (checked by the loader, see {@code Values#siteBase}). */
    public static final String SITE_BASE = "site.base";
    /** Largest accepted {@link #PDF_CONTENTS_MIN_PAGES}: beyond it no document would get a contents. */
    static final int PDF_CONTENTS_MAX_PAGES = 100_000;

    public Settings {
        Objects.requireNonNull(inputDir, "inputDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(doneDir, "doneDir");
        Objects.requireNonNull(xsltDir, "xsltDir");
        Objects.requireNonNull(pipelineClass, "pipelineClass");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A builder starting from the bundled defaults. */
    public static Builder builder() {
        return new Builder(SettingsLoader.defaults());
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(values);
    }

    /** These settings with one key changed (validated like any other source). */
    public Settings with(String key, String value) {
        return toBuilder().set(key, value).build();
    }

    /**
     * The text value of any declared key, including keys that only the pipeline reads.
     *
     * @throws SettingsException when the key is not declared in {@code polypress.properties}
     */
    public String value(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new SettingsException("unknown setting " + key);
        }
        return v;
    }

    /** Estimated pages from which the PDF edition prints a contents; 0: whenever there are two headed divisions. */
    public int pdfContentsMinPages() {
        return Values.integer(PDF_CONTENTS_MIN_PAGES, value(PDF_CONTENTS_MIN_PAGES), 0, PDF_CONTENTS_MAX_PAGES);
    }

    /** A declared boolean key ({@code true/false}, {@code yes/no}, {@code on/off}). */
    public boolean flag(String key) {
        return Values.bool(key, value(key));
    }

    /** Accumulates key/value pairs and parses them into {@link Settings} on {@link #build()}. */
    public static final class Builder {
        private final Map<String, String> values;

        private Builder(Map<String, String> start) {
            this.values = new LinkedHashMap<>(start);
        }

        /** Sets a declared key. @throws SettingsException for an unknown key */
        public Builder set(String key, String value) {
            Objects.requireNonNull(value, "value");
            if (!values.containsKey(key)) {
                throw new SettingsException("unknown setting " + key);
            }
            values.put(key, value);
            return this;
        }

        public Builder inputDir(Path dir) {
            return set(INPUT_DIR, dir.toString());
        }

        public Builder outputDir(Path dir) {
            return set(OUTPUT_DIR, dir.toString());
        }

        public Builder workers(int n) {
            return set(WORKERS, Integer.toString(n));
        }

        public Builder queueSize(int n) {
            return set(QUEUE_SIZE, Integer.toString(n));
        }

        public Builder pollDelay(Duration d) {
            return set(POLL_DELAY, d.toMillis() + "ms");
        }

        public Builder readLockCheckInterval(Duration d) {
            return set(READ_LOCK_CHECK_INTERVAL, d.toMillis() + "ms");
        }

        public Builder readLockTimeout(Duration d) {
            return set(READ_LOCK_TIMEOUT, d.toMillis() + "ms");
        }

        public Builder processed(ProcessedPolicy policy) {
            return set(PROCESSED, policy.value());
        }

        public Builder doneDir(Path dir) {
            return set(DONE_DIR, dir.toString());
        }

        public Builder maxRetries(int n) {
            return set(RETRY_MAX, Integer.toString(n));
        }

        public Builder retryDelay(Duration d) {
            return set(RETRY_DELAY, d.toMillis() + "ms");
        }

        public Builder shutdownTimeout(Duration d) {
            return set(SHUTDOWN_TIMEOUT, d.toMillis() + "ms");
        }

        public Builder maxInputBytes(long bytes) {
            return set(INPUT_MAX_SIZE, Long.toString(bytes));
        }

        public Builder xsltDir(Path dir) {
            return set(XSLT_DIR, dir.toString());
        }

        public Builder pipelineClass(String className) {
            return set(PIPELINE_CLASS, className);
        }

        public Settings build() {
            return SettingsLoader.parse(values);
        }
    }
}
