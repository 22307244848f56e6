package org.polypress.route;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polypress.config.Settings;
import org.polypress.pipeline.Json;
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

    public synchronized String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", state());
        m.put("updated", Instant.now().toString());
        m.put("started", started.toString());
        m.put("input", settings.inputDir().toString());
        m.put("output", settings.outputDir().toString());
        m.put("workers", settings.workers());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("published", counts.published());
        c.put("failed", counts.failed());
        c.put("skipped", counts.skipped());
        c.put("abandoned", counts.abandoned());
        c.put("inProgress", counts.inProgress());
        m.put("counts", c);
        List<Object> docs = new ArrayList<>();
        for (DocumentOutcome o : recent) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("file", o.fileName());
            d.put("name", o.name());
            d.put("outcome", o.kind().key());
            d.put("language", o.language());
            d.put("pages", o.pages());
            d.put("ms", o.millis());
            d.put("detail", o.detail());
            d.put("time", o.time().toString());
            docs.add(d);
        }
        m.put("recent", docs);
        if (cluster != null) {
            m.put("cluster", cluster.get());
        }
        return Json.write(m);
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
