package org.polypress.route;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ShutdownStrategy;
import org.polypress.pipeline.PipelineFailure;
import org.polypress.route.DocumentOutcome.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The route's failure policy, used by its single {@code onException} clause:
 * <ul>
 * <li>{@link #shouldRetry}: transient failures (I/O errors, {@link PipelineFailure}s that are not
 * permanent) are redelivered up to {@code retry.max} times with back-off; others are not;</li>
 * <li>{@link #record}: writes {@code failed/NAME.json} atomically and settles the outcome. The input
 * stays where it is and nothing else is written: editions of an earlier good version remain.</li>
 * </ul>
 * Failures caused by a forced shutdown are not reported as failures but as abandoned; like every
 * failure they leave the document's key out of the published record, so the next start retries it.
 */
final class FailureHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);
    private static final String TRANSIENT_SUGGESTION = "This looks temporary (disk full, file moved away, "
            + "network folder unavailable). The file is tried again at the next start, or as soon as it changes.";

    /** Exchange property counting the retries made so far. */
    private static final String RETRIES = "polypress.retries";

    private final OutputLayout layout;
    private final int maxRetries;
    private final List<PublicationListener> listeners;

    FailureHandler(OutputLayout layout, int maxRetries) {
        this(layout, maxRetries, List.of());
    }

    /** @param listeners told of each failure report written (the catalogue lists failed inputs) */
    FailureHandler(OutputLayout layout, int maxRetries, List<PublicationListener> listeners) {
        this.layout = layout;
        this.maxRetries = maxRetries;
        this.listeners = List.copyOf(listeners);
    }

    /** Retry-while predicate: a transient failure with retries left, outside a shutdown. */
    boolean shouldRetry(Exchange exchange) {
        Throwable failure = caught(exchange);
        return isTransient(failure) && retries(exchange) < maxRetries && !abandoned(exchange, failure);
    }

    /** Logs the retry about to happen. */
    void beforeRetry(Exchange exchange) {
        int retry = retries(exchange) + 1;
        exchange.setProperty(RETRIES, retry);
        LOG.warn("retrying {} (attempt {} of {}) after: {}", LogText.name(fileName(exchange)), retry + 1, maxRetries + 1,
                reason(caught(exchange)));
    }

    /** Writes the failure report (or notes the abandonment) and settles the outcome. */
    void record(Exchange exchange) {
        Throwable failure = caught(exchange);
        InputDocument input = exchange.getProperty(ExchangeKeys.INPUT, InputDocument.class);
        String fileName = fileName(exchange);
        String name = input != null ? input.name() : DocumentName.of(fileName).orElse(fileName);
        Long started = exchange.getProperty(ExchangeKeys.STARTED, Long.class);
        long millis = started == null ? 0 : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        if (abandoned(exchange, failure)) {
            exchange.setProperty(ExchangeKeys.OUTCOME, new DocumentOutcome(fileName, name, Kind.ABANDONED, null, 0,
                    millis, "interrupted by shutdown; it will be processed at the next start", Instant.now()));
            return;
        }

        String step = exchange.getProperty(ExchangeKeys.STEP, PipelineStep.STEP, String.class);
        boolean unexpected = !(failure instanceof PipelineFailure) && !isTransient(failure);
        FailureReport report;
        if (failure instanceof PipelineFailure pf) {
            report = report(exchange, input, fileName, pf.stage().key(), pf.reason(),
                    pf.suggestion() != null ? pf.suggestion() : (pf.permanent() ? "" : TRANSIENT_SUGGESTION),
                    pf.permanent(), null);
        } else if (isTransient(failure)) {
            report = report(exchange, input, fileName, step, reason(failure), TRANSIENT_SUGGESTION, false, null);
        } else {
            report = report(exchange, input, fileName, step, "Unexpected error: " + reason(failure),
                    "This is a bug in Polypress: report it together with the input file and the log.",
                    true, String.valueOf(failure));
        }
        if (unexpected) {
            LOG.warn("unexpected error while processing {}", LogText.name(fileName), failure);
        }
        Path reportFile = layout.failureReport(DocumentName.reportName(fileName, OutputLayout.REPORT_ENDING));
        String where;
        try {
            AtomicFiles.write(reportFile, report.toJson().getBytes(StandardCharsets.UTF_8), true);
            where = "see " + layout.root().relativize(reportFile);
            for (PublicationListener listener : listeners) {
                try {
                    listener.failed(name, layout.root());
                } catch (RuntimeException e) {
                    LOG.warn("a publication listener failed on the failure of {}: {}", fileName, e.toString(), e);
                }
            }
        } catch (IOException e) {
            // Not rethrown: the document would be rolled back and re-read at every scan (and --once never end).
            LOG.error("cannot write the failure report {}: {}", LogText.name(reportFile.toString()), LogText.name(e.toString()));
            where = "the failure report could not be written: " + e.getMessage();
        }
        String suggestion = report.suggestion().isBlank() ? "" : " " + sentence(report.suggestion());
        exchange.setProperty(ExchangeKeys.OUTCOME, new DocumentOutcome(fileName, name, Kind.FAILED, null, 0, millis,
                "at " + report.stage() + ": " + sentence(report.reason()) + suggestion + " (" + where + ")",
                Instant.now()));
    }

    /** The text with a full stop unless it already ends with punctuation, so reason and suggestion read apart. */
    private static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    private FailureReport report(Exchange exchange, InputDocument input, String fileName, String stage, String reason,
                                 String suggestion, boolean permanent, String error) {
        String path = input != null ? input.path().toString()
                : exchange.getProperty(ExchangeKeys.PATH, exchange.getIn().getHeader(Exchange.FILE_PATH, String.class),
                        String.class);
        return new FailureReport(fileName, path, stage, reason, suggestion, permanent, retries(exchange) + 1,
                input == null ? null : input.sha256(), input == null ? null : Long.valueOf(input.size()), error, Instant.now());
    }

    /** Transient: worth trying again soon (I/O trouble, or the pipeline says so). */
    static boolean isTransient(Throwable failure) {
        if (failure instanceof PipelineFailure pf) {
            return !pf.permanent();
        }
        return failure instanceof IOException || failure instanceof UncheckedIOException;
    }

    private static boolean abandoned(Exchange exchange, Throwable failure) {
        CamelContext context = exchange.getContext();
        if (!context.isStopping() && !context.isStopped()) {
            return false;
        }
        ShutdownStrategy shutdown = context.getShutdownStrategy();
        if (shutdown.isForceShutdown() || shutdown.hasTimeoutOccurred() || Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || t instanceof InterruptedIOException
                    || t instanceof ClosedByInterruptException || t instanceof RejectedExecutionException) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable failure) {
        if (failure instanceof PipelineFailure pf) {
            return pf.reason();
        }
        if (failure instanceof NoSuchFileException e) {
            return "The file " + e.getFile() + " vanished before it could be used.";
        }
        if (failure instanceof IOException e) {
            return "Input/output error: " + e;
        }
        return String.valueOf(failure);
    }

    private static Throwable caught(Exchange exchange) {
        Throwable t = exchange.getException();
        return t != null ? t : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }

    private static int retries(Exchange exchange) {
        return exchange.getProperty(RETRIES, 0, Integer.class);
    }

    private static String fileName(Exchange exchange) {
        InputDocument input = exchange.getProperty(ExchangeKeys.INPUT, InputDocument.class);
        return input != null ? input.fileName() : exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, "?", String.class);
    }
}
