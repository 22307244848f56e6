package org.polypress.route;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.throttling.ThrottlingExceptionRoutePolicy;
import org.polypress.cluster.BrokerConnection;
import org.polypress.cluster.ClusterSettings;
import org.polypress.cluster.ClusterStatus;
import org.polypress.cluster.Job;
import org.polypress.cluster.JobHeldElsewhere;
import org.polypress.config.Settings;
import org.polypress.route.DocumentOutcome.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watched folder split in two at a broker's queue, for several machines (with {@code broker}
 * set; without it {@link PolypressRoute} runs intake and work in one JVM):
 * <pre>
 * intake (role intake or both)
 *   input folder (file consumer; with a shared repository, readLock=idempotent: one intake per file)
 *   -&gt; read             the same checks as on one machine, SHA-256
 *   -&gt; job              headers: path, file name, SHA-256 (never the bytes)
 *   -&gt; jms:queue        persistent; the file counts as taken once the broker has the job
 * worker (role worker or both)
 *   jms:queue (transacted, {@code workers} concurrent consumers)
 *   -&gt; track, read     the file at the job's path (its hash may have changed: the content read is published)
 *   -&gt; claim            the work claim of the key in the shared repository, or back to the queue
 *   -&gt; idempotent       skip when the key was published (anywhere)
 *        -&gt; pipeline, write
 *   -&gt; dispose          keep, or move into the done folder
 * </pre>
 * A document's own failures are handled as on one machine (retries, {@code failed/NAME.json}), and
 * the job is acknowledged. When the broker or the database fails, or another worker holds the key,
 * the step is not a document failure: the intake leaves the file for its next scan, the worker rolls
 * the job back onto the queue, where the broker redelivers it with back-off and, when every attempt
 * failed, moves it to the dead-letter address.
 */
final class JobRoutes extends RouteBuilder {
    static final String INTAKE_ID = "polypress-intake";
    static final String WORKER_ID = "polypress-worker";
    private static final Logger LOG = LoggerFactory.getLogger("polypress");
    /** How often a paused intake asks whether the broker and the repository answer again. */
    static final long PAUSE_PROBE_MS = 5_000;
    /** Failures counted over this long open the circuit (one is enough: the threshold is 1). */
    static final long PAUSE_WINDOW_MS = 60_000;

    private final Settings settings;
    private final ClusterSettings cluster;
    private final Endpoint input;
    private final IdempotentRepository published;
    private final IdempotentRepository claims;
    private final DocumentTracker tracker;
    private final InputReader reader;
    private final PipelineStep pipeline;
    private final PublicationWriter writer;
    private final InputDisposal disposal;
    private final FailureHandler failures;
    private final ClusterStatus status;

    JobRoutes(Settings settings, ClusterSettings cluster, Endpoint input, IdempotentRepository published,
              IdempotentRepository claims, DocumentTracker tracker, InputReader reader, PipelineStep pipeline,
              PublicationWriter writer, InputDisposal disposal, FailureHandler failures, ClusterStatus status) {
        this.settings = settings;
        this.cluster = cluster;
        this.input = input;
        this.published = published;
        this.claims = claims;
        this.tracker = tracker;
        this.reader = reader;
        this.pipeline = pipeline;
        this.writer = writer;
        this.disposal = disposal;
        this.failures = failures;
        this.status = status;
    }

    @Override
    public void configure() {
        PolypressRoute.handleFailures(this, settings, failures);
        // Not the document's fault: the broker, the database, or another worker. Not handled, so the
        // file consumer rolls back (the file is taken again at a later scan) and the JMS transaction
        // rolls back (the broker redelivers the job).
        onException(JobHeldElsewhere.class, jakarta.jms.JMSException.class,
                org.springframework.jms.JmsException.class, org.springframework.dao.DataAccessException.class,
                SQLException.class)
                .handled(false)
                .logExhausted(false).logStackTrace(false) // the status logs a lost connection once
                .process(this::returned);

        String queue = cluster.queue();
        if (cluster.role().intake()) {
            from(input).routeId(INTAKE_ID)
                    .routePolicy(pauseWithoutBroker())
                    .process(reader)
                    .process(this::toJob)
                    .to(BrokerConnection.producerUri(queue))
                    .process(exchange -> status.jobSent());
        }
        if (cluster.role().worker()) {
            from(BrokerConnection.consumerUri(queue, settings.workers())).routeId(WORKER_ID)
                    .process(this::fromJob)
                    .process(tracker)
                    .process(reader)
                    .process(this::claim)
                    .idempotentConsumer(exchangeProperty(ExchangeKeys.KEY)).idempotentRepository(published)
                        .eager(false).skipDuplicate(true).removeOnFailure(false)
                        .process(pipeline)
                        .process(writer)
                    .end()
                    .process(disposal);
        }
    }

    /**
     * Camel's circuit breaker on the intake: the first job that cannot be sent suspends the folder
     * consumer (the file stays unclaimed, for this intake or another), and every
     * {@link #PAUSE_PROBE_MS} it is resumed once the broker and the repository answer again.
     */
    private ThrottlingExceptionRoutePolicy pauseWithoutBroker() {
        ThrottlingExceptionRoutePolicy policy = new ThrottlingExceptionRoutePolicy(1, PAUSE_WINDOW_MS, PAUSE_PROBE_MS,
                List.of(jakarta.jms.JMSException.class, org.springframework.jms.JmsException.class,
                        org.springframework.dao.DataAccessException.class, SQLException.class));
        policy.setHalfOpenHandler(status::reachable);
        status.watchIntake(policy::getStateAsString);
        return policy;
    }

    /** The read document becomes its job: where it is and its hash; the bytes stay behind. */
    private void toJob(Exchange exchange) {
        InputDocument document = exchange.getProperty(ExchangeKeys.INPUT, InputDocument.class);
        if (document == null) {
            return; // not started before shutdown (see InputReader)
        }
        Job job = new Job(document.path(), document.fileName(), document.sha256());
        exchange.getIn().setHeaders(new java.util.HashMap<>(job.headers()));
        exchange.getIn().setBody(job.key());
    }

    /** A job received: the file it names is what the worker reads. */
    private void fromJob(Exchange exchange) {
        Job job = Job.of(exchange.getIn().getHeaders()).orElseThrow(() ->
                new IllegalArgumentException("not a Polypress job (no " + Job.PATH + " header): " + exchange.getIn().getBody()));
        exchange.setProperty(ExchangeKeys.PATH, job.path().toString());
        exchange.setProperty(ExchangeKeys.JOB, job);
        exchange.getIn().setHeader(Exchange.FILE_NAME_ONLY, job.fileName());
        status.jobStarted();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                status.jobEnded();
            }
        });
    }

    /**
     * Claims the key for this worker, or sends the job back when another live worker holds it. The
     * claim is given up when the exchange is done, after the published key was stored (Camel runs
     * completions last-registered first, and the claim registers before the idempotent consumer), so
     * a second job for the key finds either the claim or the published key, never neither.
     */
    private void claim(Exchange exchange) {
        String key = exchange.getProperty(ExchangeKeys.KEY, String.class);
        if (key == null) {
            return; // not started before shutdown
        }
        Job job = exchange.getProperty(ExchangeKeys.JOB, Job.class);
        if (job != null && !key.equals(job.key())) {
            LOG.info("{} changed after it was queued: publishing its current content", LogText.name(job.fileName()));
        }
        if (!claims.add(key)) {
            throw new JobHeldElsewhere(key);
        }
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                claims.remove(key);
            }
        });
    }

    private void returned(Exchange exchange) {
        Throwable why = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        status.jobReturned(why);
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (fileName == null) {
            return;
        }
        String name = DocumentName.of(fileName).orElse(fileName);
        exchange.setProperty(ExchangeKeys.OUTCOME, new DocumentOutcome(fileName, name, Kind.ABANDONED, null, 0, 0,
                "left for later (" + why + ")", Instant.now()));
    }
}
