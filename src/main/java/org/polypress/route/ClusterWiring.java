package org.polypress.route;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.strategy.FileIdempotentRepositoryReadLockStrategy;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.polypress.cluster.BothReadLocks;
import org.polypress.cluster.BrokerConnection;
import org.polypress.cluster.ClusterSettings;
import org.polypress.cluster.ClusterStatus;
import org.polypress.cluster.SharedRepository;
import org.polypress.cluster.Writers;
import org.polypress.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connections of a process on several machines ({@code broker} and/or {@code repository} set),
 * made before the routes and closed after them: the shared repository (table created on start),
 * the broker's {@code jms} component, the intake's file endpoint with Camel's
 * {@code readLock=idempotent} on the shared repository, and the process's {@link ClusterStatus}.
 */
final class ClusterWiring implements AutoCloseable {
    /** The work claims of one process when no repository is shared: only its own workers compete. */
    private static final int LOCAL_CLAIMS = 10_000;
    /** How often leftovers of stopped processes are looked for: as often as a dead process's claims expire. */
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger("polypress");

    final ClusterSettings cluster;
    final Optional<SharedRepository> repository;
    final Optional<BrokerConnection> broker;
    final ClusterStatus status;
    private Writers writers;
    private ScheduledExecutorService sweeper;

    private ClusterWiring(ClusterSettings cluster, Optional<SharedRepository> repository,
                          Optional<BrokerConnection> broker) {
        this.cluster = cluster;
        this.repository = repository;
        this.broker = broker;
        this.status = new ClusterStatus(cluster, broker, repository);
    }

    /** @throws StartupProblem when the database cannot be reached or its table cannot be made */
    static ClusterWiring connect(ClusterSettings cluster) throws StartupProblem {
        Optional<SharedRepository> repository = Optional.empty();
        if (cluster.repository().isPresent()) {
            try {
                repository = Optional.of(SharedRepository.open(cluster.repository().get()));
            } catch (SQLException e) {
                throw new StartupProblem("the repository cannot be used: " + e.getMessage());
            }
        }
        return new ClusterWiring(cluster, repository, cluster.broker().map(BrokerConnection::new));
    }

    /** Registers the jms component, when there is a broker. */
    void register(CamelContext context) {
        broker.ifPresent(b -> context.addComponent(BrokerConnection.COMPONENT, b.component()));
    }

    /**
     * The intake's file consumer: with a shared repository its idempotent repository is the shared
     * one, and a file is read once it stopped changing and its claim was obtained (Camel's
     * {@code readLock=idempotent}, removed on commit: the file then counts as seen by every intake,
     * or on rollback: any intake may try again). No marker files: the claim is the lock, and an
     * intake that starts must not delete the markers of one that runs.
     */
    InputEndpoint inputEndpoint(Settings settings, CamelContext context) throws Exception {
        if (repository.isEmpty()) {
            return new InputEndpoint(settings);
        }
        IdempotentRepository lockClaims = repository.get().claims(SharedRepository.INTAKE_LOCK, context);
        context.addService(lockClaims);
        FileIdempotentRepositoryReadLockStrategy claim = new FileIdempotentRepositoryReadLockStrategy();
        claim.setIdempotentRepository(lockClaims);
        claim.setRemoveOnCommit(true);
        claim.setRemoveOnRollback(true);
        claim.setCamelContext(context);
        context.addService(claim);
        IdempotentRepository seen = repository.get().intakeSeen();
        context.addService(seen);
        return new InputEndpoint(settings, seen, stable -> {
            stable.setMarkerFiler(false);
            stable.setDeleteOrphanLockFiles(false);
            return new BothReadLocks(stable, claim);
        });
    }

    /** What was published: shared, or (no repository) this output folder's own store. */
    IdempotentRepository published(IdempotentRepository local, CamelContext context) throws Exception {
        if (repository.isEmpty()) {
            return local;
        }
        IdempotentRepository shared = repository.get().published();
        context.addService(shared);
        return shared;
    }

    /** The workers' claims on keys being published. */
    IdempotentRepository workClaims(CamelContext context) throws Exception {
        IdempotentRepository claims = repository.isPresent()
                ? repository.get().claims(SharedRepository.WORK, context)
                : MemoryIdempotentRepository.memoryIdempotentRepository(LOCAL_CLAIMS);
        context.addService(claims);
        return claims;
    }

    /**
     * Registers this process as a live writer of the output folder and removes, now and every
     * {@link #SWEEP_INTERVAL}, the temporaries of writers that died (a worker killed mid-document):
     * on shared storage no process may remove the temporaries of one that still runs, so the
     * start-up removal of one machine becomes this (see {@link Writers}).
     */
    void sweepLeftovers(OutputLayout layout, List<Path> roots) throws IOException {
        writers = Writers.register(layout.stateDir());
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "leftover-sweeper");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(() -> sweep(roots), 0, SWEEP_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweep(List<Path> roots) {
        Set<String> dead = new HashSet<>();
        for (Path root : roots) {
            try {
                List<Path> removed = AtomicFiles.removeLeftovers(root, temporary -> {
                    Optional<String> writer = Writers.writerOf(temporary.getFileName().toString(), AtomicFiles.TEMP_PREFIX);
                    boolean leftover = writer.map(id -> !writers.alive(id)).orElse(true);
                    writer.filter(id -> leftover).ifPresent(dead::add);
                    return leftover;
                });
                if (!removed.isEmpty()) {
                    LOG.info("removed {} temporary files left by a stopped process in {}", removed.size(), root);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot look for leftover temporary files in {}: {}", root, e.toString());
            }
        }
        dead.forEach(writers::forget);
    }

    @Override
    public void close() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        if (writers != null) {
            writers.close();
        }
        status.close();
        broker.ifPresent(BrokerConnection::close);
        repository.ifPresent(SharedRepository::close);
    }
}
