package org.polypress.route;

/** Names of the exchange properties the route's steps hand to each other. The file headers stay untouched. */
final class ExchangeKeys {
    /** The {@link InputDocument} being processed. */
    static final String INPUT = "polypress.input";
    /** The idempotency key: SHA-256 of the content, "/", the file name. */
    static final String KEY = "polypress.key";
    /** The {@link org.polypress.pipeline.Publication} once the pipeline returned it. */
    static final String PUBLICATION = "polypress.publication";
    /** The step currently running ("read", "pipeline", "write"), named in failure reports. */
    static final String STEP = "polypress.step";
    /** The {@link DocumentOutcome} decided by the writer or the failure handler. */
    static final String OUTCOME = "polypress.outcome";
    /** {@link System#nanoTime()} when a worker started on the document. */
    static final String STARTED = "polypress.started";
    /** The dropped file's own path (Camel's path differs for a name with a backslash). */
    static final String PATH = "polypress.path";
    /** The {@link org.polypress.cluster.Job} a worker received from the broker. */
    static final String JOB = "polypress.job";

    private ExchangeKeys() {
    }
}
