package org.polypress.route;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.SynchronizationAdapter;
import org.polypress.route.DocumentOutcome.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First step of the route, run by the folder poller for each file it hands over: counts the
 * document as in progress and registers for its completion. On completion it settles the outcome
 * (published, failed, skipped or abandoned), updates the counts, writes the document's single log
 * line and informs the observers.
 */
final class DocumentTracker implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger("polypress");

    private final AtomicInteger inProgress = new AtomicInteger();
    private final AtomicInteger published = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    private final List<RunObserver> observers;
    private final ProgressLine progress;

    /** @param progress the terminal progress line, or {@code null} for none */
    DocumentTracker(List<RunObserver> observers, ProgressLine progress) {
        this.observers = List.copyOf(observers);
        this.progress = progress;
    }

    @Override
    public void process(Exchange exchange) {
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        long accepted = System.nanoTime();
        inProgress.incrementAndGet();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                finish(done, fileName, accepted);
            }
        });
        RunCounts counts = counts();
        notifyObservers(o -> o.documentStarted(fileName, counts));
        if (progress != null) {
            progress.show(counts);
        }
    }

    /** Documents handed over by the poller whose outcome is not settled yet. */
    int inProgress() {
        return inProgress.get();
    }

    RunCounts counts() {
        return new RunCounts(published.get(), failed.get(), skipped.get(), abandoned.get(), inProgress.get());
    }

    private void finish(Exchange exchange, String fileName, long accepted) {
        DocumentOutcome outcome = settle(exchange, fileName, accepted);
        switch (outcome.kind()) {
            case PUBLISHED -> published.incrementAndGet();
            case FAILED -> failed.incrementAndGet();
            case SKIPPED -> skipped.incrementAndGet();
            case ABANDONED -> abandoned.incrementAndGet();
        }
        // Counted as done for the log and the observers, but only released once they have been
        // told: whoever sees the folder idle (--once, status readers) then also sees this outcome.
        RunCounts c = counts();
        RunCounts counts = new RunCounts(c.published(), c.failed(), c.skipped(), c.abandoned(), c.inProgress() - 1);
        try {
            if (progress == null) {
                log(outcome);
            } else {
                synchronized (progress) {
                    progress.clear();
                    log(outcome);
                    progress.show(counts);
                }
            }
            notifyObservers(o -> o.documentFinished(outcome, counts));
        } finally {
            inProgress.decrementAndGet();
        }
    }

    private static DocumentOutcome settle(Exchange exchange, String fileName, long accepted) {
        DocumentOutcome decided = exchange.getProperty(ExchangeKeys.OUTCOME, DocumentOutcome.class);
        if (decided != null) {
            return decided;
        }
        InputDocument input = exchange.getProperty(ExchangeKeys.INPUT, InputDocument.class);
        String name = input != null ? input.name() : DocumentName.of(fileName).orElse(fileName);
        long started = exchange.getProperty(ExchangeKeys.STARTED, accepted, Long.class);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (Boolean.TRUE.equals(exchange.getProperty(Exchange.DUPLICATE_MESSAGE, Boolean.class))) {
            return new DocumentOutcome(fileName, name, Kind.SKIPPED, null, 0, millis,
                    "unchanged since it was published", Instant.now());
        }
        boolean stopping = exchange.getContext().isStopping() || exchange.getContext().isStopped();
        if (exchange.isFailed() && !stopping) {
            Exception e = exchange.getException();
            return new DocumentOutcome(fileName, name, Kind.FAILED, null, 0, millis,
                    "could not be processed or reported (" + e + "); it will be tried again", Instant.now());
        }
        // Failed while the route was being stopped (Camel's error handler no longer runs then), or
        // never finished: nothing of it was published, the next start does it again.
        return new DocumentOutcome(fileName, name, Kind.ABANDONED, null, 0, millis,
                "stopped before it finished; it will be processed at the next start", Instant.now());
    }

    /** The document's log line; names and details are escaped (see {@link LogText}), so it stays one line. */
    private static void log(DocumentOutcome o) {
        String file = LogText.name(o.fileName());
        String detail = LogText.name(o.detail());
        switch (o.kind()) {
            case PUBLISHED -> LOG.info("published {} as {} ({}, {} pages) in {} ms", file, LogText.name(o.name()),
                    o.language() == null ? "language unknown" : o.language(), o.pages(), o.millis());
            case SKIPPED -> LOG.info("skipped   {}: {}", file, detail);
            case FAILED -> LOG.warn("failed    {}: {}", file, detail);
            case ABANDONED -> LOG.warn("abandoned {}: {}", file, detail);
        }
    }

    private void notifyObservers(java.util.function.Consumer<RunObserver> call) {
        for (RunObserver o : observers) {
            try {
                call.accept(o);
            } catch (RuntimeException e) {
                LOG.warn("status update failed: {}", e.toString());
            }
        }
    }
}
