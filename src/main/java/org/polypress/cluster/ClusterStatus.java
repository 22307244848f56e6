package org.polypress.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one process of a deployment on several machines reports of itself in {@code status.json}
 * and on {@code /health}, under {@code "cluster"}: its role, whether the broker and the repository
 * answer (probed every {@link #PROBE_INTERVAL}, and told by the routes when a step fails for want
 * of them), jobs sent by its intake and jobs its workers hold. A lost connection is logged once
 * when lost and once when back.
 */
public final class ClusterStatus implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    /** How often the broker and the database are asked whether they answer: as often as claims are refreshed. */
    static final Duration PROBE_INTERVAL = SharedRepository.CLAIM_KEEP_ALIVE;

    private final ClusterSettings settings;
    private final Link broker;
    private final Link repository;
    private final AtomicLong jobsSent = new AtomicLong();
    private final AtomicLong jobsInFlight = new AtomicLong();
    private final AtomicLong jobsReturned = new AtomicLong();
    private final ScheduledExecutorService probe;
    private volatile java.util.function.Supplier<String> intakeState;

    public ClusterStatus(ClusterSettings settings, Optional<BrokerConnection> brokerConnection,
                         Optional<SharedRepository> sharedRepository) {
        this.settings = settings;
        this.broker = brokerConnection.map(b -> new Link("broker", b.where(), b::reachable)).orElse(null);
        this.repository = sharedRepository.map(r -> new Link("repository", r.where(), r::reachable)).orElse(null);
        this.probe = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cluster-probe");
            t.setDaemon(true);
            return t;
        });
        probe.scheduleWithFixedDelay(this::probeNow, 0, PROBE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void probeNow() {
        if (broker != null) {
            broker.probe();
        }
        if (repository != null) {
            repository.probe();
        }
    }

    public void jobSent() {
        jobsSent.incrementAndGet();
        if (broker != null) {
            broker.set(true, null);
        }
    }

    public void jobStarted() {
        jobsInFlight.incrementAndGet();
    }

    public void jobEnded() {
        jobsInFlight.decrementAndGet();
    }

    /** A job went back to the queue: the broker or the database failed, or another worker holds it. */
    public void jobReturned(Throwable why) {
        jobsReturned.incrementAndGet();
        for (Throwable t = why; t != null; t = t.getCause()) {
            if (broker != null && (t instanceof jakarta.jms.JMSException || t instanceof org.springframework.jms.JmsException)) {
                broker.set(false, String.valueOf(t.getMessage()));
                return;
            }
            if (repository != null && (t instanceof java.sql.SQLException
                    || t instanceof org.springframework.dao.DataAccessException)) {
                repository.set(false, String.valueOf(t.getMessage()));
                return;
            }
        }
    }

    /** Whether the broker and the repository (those configured) answer now. */
    public boolean reachable() {
        boolean ok = true;
        if (broker != null) {
            broker.probe();
            ok &= broker.connected();
        }
        if (repository != null) {
            repository.probe();
            ok &= repository.connected();
        }
        return ok;
    }

    /** Reports the intake's circuit: closed (running), open (paused), half open (trying). */
    public void watchIntake(java.util.function.Supplier<String> state) {
        intakeState = state;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", settings.role().key());
        java.util.function.Supplier<String> intake = intakeState;
        if (intake != null) {
            String circuit = intake.get();
            m.put("intake", circuit == null || circuit.toLowerCase(java.util.Locale.ROOT).contains("closed")
                    ? "running" : "paused");
        }
        if (broker != null) {
            m.put("broker", broker.toMap());
            m.put("queue", settings.queue());
        }
        if (repository != null) {
            m.put("repository", repository.toMap());
        }
        m.put("jobsSent", jobsSent.get());
        m.put("jobsInFlight", jobsInFlight.get());
        m.put("jobsReturned", jobsReturned.get());
        return m;
    }

    @Override
    public void close() {
        probe.shutdownNow();
    }

    /** One connection, as last seen. */
    private static final class Link {
        private final String what;
        private final String where;
        private final BooleanSupplier check;
        private boolean connected = true;
        private Instant since = Instant.now();
        private String lastError;

        Link(String what, String where, BooleanSupplier check) {
            this.what = what;
            this.where = where;
            this.check = check;
        }

        void probe() {
            boolean ok;
            try {
                ok = check.getAsBoolean();
            } catch (RuntimeException e) {
                ok = false;
            }
            set(ok, ok ? null : "does not answer");
        }

        synchronized void set(boolean ok, String error) {
            if (ok != connected) {
                since = Instant.now();
                if (ok) {
                    LOG.info("{} {} answers again: work resumes", what, where);
                } else {
                    LOG.warn("{} {} lost ({}): intake pauses, jobs stay on the queue until it is back", what, where,
                            error);
                }
            }
            connected = ok;
            if (!ok) {
                lastError = error;
            }
        }

        synchronized boolean connected() {
            return connected;
        }

        synchronized Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("url", where);
            m.put("connected", connected);
            m.put("since", since.toString());
            if (lastError != null) {
                m.put("lastError", lastError);
            }
            return m;
        }
    }
}
