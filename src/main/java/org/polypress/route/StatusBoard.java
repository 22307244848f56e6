package org.polypress.route;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polypress.config.Settings;
import org.polypress.pipeline.RecordJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machine-readable status of a run: state (starting, running, idle, stopping, stopped), counts
 * and the most recent documents, newest first. Rewritten atomically to {@code output/status.json}
 * on every change when a file is given; also served by the HTTP endpoint.
 */
public final class StatusBoard implements RunObserver {
    private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);

    private final Settings settings;
    private final Optional<Path> file;
    private final int recentSize;
    private final Instant started = Instant.now();
    private final Deque<DocumentOutcome> recent = new ArrayDeque<>();
    private RunState state = RunState.STARTING;
    private RunCounts counts = new RunCounts(0, 0, 0, 0, 0);
    private boolean writeFailureLogged;
    private boolean fileLeftToAnother;
    private java.util.function.Supplier<Map<String, Object>> cluster;

    StatusBoard(Settings settings, Optional<Path> file) {
        this.settings = settings;
        this.file = file;
        this.recentSize = settings.statusRecent();
    }

    @Override
    public synchronized void documentStarted(String fileName, RunCounts now) {
        counts = now;
        write();
    }

    @Override
    public synchronized void documentFinished(DocumentOutcome outcome, RunCounts now) {
        counts = now;
        recent.addFirst(outcome);
        while (recent.size() > recentSize) {
            recent.removeLast();
        }
        write();
    }

    @Override
    public synchronized void stateChanged(RunState newState, RunCounts now) {
        state = newState;
        counts = now;
        write();
    }

    /** The reported state: {@code running} turns into {@code idle} while no document is in progress. */
    public synchronized String state() {
        return state == RunState.RUNNING && counts.inProgress() == 0 ? RunState.IDLE.key() : state.key();
    }

    /** The status as {@code status.json} and {@code /status} give it: a {@link Status} record. */
    public synchronized String toJson() {
        List<Recent> docs = recent.stream().map(o -> new Recent(o.fileName(), o.name(), o.kind().key(), o.language(),
                o.pages(), o.millis(), o.detail(), o.time().toString())).toList();
        return RecordJson.write(new Status(state(), Instant.now().toString(), started.toString(),
                settings.inputDir().toString(), settings.outputDir().toString(), settings.workers(),
                new Counts(counts.published(), counts.failed(), counts.skipped(), counts.abandoned(), counts.inProgress()),
                docs, cluster == null ? null : cluster.get()));
    }

    /**
     * The shape of the status file: the run's state, where it reads and writes, its counts and recent
     * documents, and on several machines the process's place among them.
     */
    record Status(String state, String updated, String started, String input, String output, int workers,
                  Counts counts, List<Recent> recent,
                  @RecordJson.Key(omitNull = true) Map<String, Object> cluster) {
    }

    /** Documents of the run by outcome, and those in progress. */
    record Counts(int published, int failed, int skipped, int abandoned, int inProgress) {
    }

    /** One recent document: its file, NAME, outcome, language, pages, milliseconds, detail and time. */
    record Recent(String file, String name, String outcome, String language, int pages, long ms, String detail,
                  String time) {
    }

    /** Adds the process's place on several machines (role, connections, jobs) under {@code "cluster"}. */
    synchronized void reportCluster(java.util.function.Supplier<Map<String, Object>> section) {
        cluster = section;
    }

    /**
     * From now on this board does not write its file: another watcher of the same output folder
     * owns it (its status is still served by {@link #toJson()}).
     */
    synchronized void leaveFileToAnother() {
        fileLeftToAnother = true;
    }

    /**
     * Rewrites the file. When that fails (a full disk), the file is removed instead, so that no
     * earlier state of this run or a previous one passes for the current state.
     */
    private void write() {
        if (file.isEmpty() || fileLeftToAnother) {
            return;
        }
        try {
            AtomicFiles.write(file.get(), toJson().getBytes(StandardCharsets.UTF_8), false);
            writeFailureLogged = false;
        } catch (IOException e) {
            boolean removed = removeOutdated();
            if (!writeFailureLogged) {
                LOG.warn("cannot write {}: {}{}", file.get(), e.toString(), removed ? " (the outdated one is removed)" : "");
                writeFailureLogged = true;
            }
        }
    }

    private boolean removeOutdated() {
        try {
            return Files.deleteIfExists(file.get());
        } catch (IOException e) {
            return false;
        }
    }
}
