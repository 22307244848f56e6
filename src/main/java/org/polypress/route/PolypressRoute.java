package org.polypress.route;

import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.polypress.config.Settings;

/**
 * The watched folder, as a wiring diagram:
 * <pre>
 * input folder (file consumer, see {@link InputEndpoint})
 *   -&gt; track            count the document in progress, settle its outcome on completion
 *   -&gt; threads          {@code workers} threads, bounded queue; when full the poller runs the document itself
 *   -&gt; read             checks, bytes, SHA-256, key = sha256/fileName
 *   -&gt; idempotent       skip when the key is in output/.state (persistent; stored only on success)
 *        -&gt; pipeline    DocumentPipeline.process(fileName, bytes)
 *        -&gt; write       editions atomically; clear failed/NAME.json; tell the PublicationListeners
 *   -&gt; dispose          keep, or move into the done folder
 * any failure: transient ones are retried with back-off, then failed/NAME.json is written and the
 * input is kept; the key is not stored, so the next start tries again.
 * </pre>
 */
final class PolypressRoute extends RouteBuilder {
    static final String ROUTE_ID = "polypress";
    /** Upper bound of the back-off between retries. */
    static final long MAX_RETRY_DELAY_MS = 60_000;

    private final Settings settings;
    private final Endpoint input;
    private final IdempotentRepository published;
    private final DocumentTracker tracker;
    private final InputReader reader;
    private final PipelineStep pipeline;
    private final PublicationWriter writer;
    private final InputDisposal disposal;
    private final FailureHandler failures;

    PolypressRoute(Settings settings, Endpoint input, IdempotentRepository published, DocumentTracker tracker,
                   InputReader reader, PipelineStep pipeline, PublicationWriter writer, InputDisposal disposal,
                   FailureHandler failures) {
        this.settings = settings;
        this.input = input;
        this.published = published;
        this.tracker = tracker;
        this.reader = reader;
        this.pipeline = pipeline;
        this.writer = writer;
        this.disposal = disposal;
        this.failures = failures;
    }

    @Override
    public void configure() {
        handleFailures(this, settings, failures);

        from(input).routeId(ROUTE_ID)
                .process(tracker)
                .threads(settings.workers(), settings.workers())
                    .maxQueueSize(settings.queueSize())
                    .rejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns)
                    .threadName("worker")
                .process(reader)
                .idempotentConsumer(exchangeProperty(ExchangeKeys.KEY)).idempotentRepository(published)
                    // Not eager: the key is stored only once the editions are in place, so a failed
                    // document never enters the store and there is nothing to remove (a removal
                    // rewrites the whole store file, which an interrupt or crash could cut short).
                    .eager(false).skipDuplicate(true).removeOnFailure(false)
                    .process(pipeline)
                    .process(writer)
                .end()
                .process(disposal);
    }

    /** The failure policy of the routes (this one, and {@link JobRoutes}'): see {@link FailureHandler}. */
    static void handleFailures(RouteBuilder routes, Settings settings, FailureHandler failures) {
        routes.onException(Exception.class)
                .retryWhile(failures::shouldRetry)
                .redeliveryDelay(settings.retryDelay().toMillis())
                .useExponentialBackOff().backOffMultiplier(2.0)
                .maximumRedeliveryDelay(MAX_RETRY_DELAY_MS)
                .onRedelivery(failures::beforeRetry)
                .logRetryAttempted(false).logExhausted(false).logStackTrace(false)
                .handled(true)
                .process(failures::record);
    }
}
