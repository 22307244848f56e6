package org.polypress.route;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.polypress.pipeline.OutputFile;
import org.polypress.pipeline.PipelineFailure;
import org.polypress.pipeline.Publication;
import org.polypress.pipeline.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a publication's files in place atomically (see {@link AtomicFiles}), then removes a failure
 * report left by an earlier attempt at the same NAME, records the outcome and tells the
 * {@link PublicationListener}s. Paths that would leave the output folder or touch its reserved
 * entries, and file names longer than a file system allows, fail the document permanently before
 * anything is written, so that a document is published with all its editions or none; I/O errors
 * propagate and are retried as transient.
 */
final class PublicationWriter implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(PublicationWriter.class);

    private final OutputLayout layout;
    private final List<PublicationListener> listeners;

    PublicationWriter(OutputLayout layout, List<PublicationListener> listeners) {
        this.layout = layout;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        exchange.setProperty(ExchangeKeys.STEP, Stage.WRITE.key());
        InputDocument input = exchange.getProperty(ExchangeKeys.INPUT, InputDocument.class);
        Publication publication = exchange.getProperty(ExchangeKeys.PUBLICATION, Publication.class);

        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (OutputFile file : publication.files()) {
            Path target;
            try {
                target = layout.edition(file.relativePath());
            } catch (OutputLayout.InvalidEditionPath e) {
                throw new PipelineFailure(Stage.WRITE, true, "The pipeline asked to write an " + e.getMessage() + ".",
                        "This is a bug in the pipeline: report it together with the input file.");
            }
            int bytes = DocumentName.utf8Length(target.getFileName().toString());
            if (bytes > DocumentName.NAME_MAX_BYTES) {
                throw new PipelineFailure(Stage.WRITE, true, "The file name is too long: the edition "
                        + file.relativePath() + " would have a file name of " + bytes + " bytes, and a file name may have"
                        + " at most " + DocumentName.NAME_MAX_BYTES + " bytes. Nothing of the document was written.",
                        "Rename the file to a shorter name.");
            }
            files.put(target, file.content());
        }
        if (files.isEmpty()) {
            throw new PipelineFailure(Stage.WRITE, true, "The pipeline produced no files for " + input.fileName() + ".",
                    "This is a bug in the pipeline: report it together with the input file.");
        }
        AtomicFiles.writeAll(files, true);
        Files.deleteIfExists(layout.failureReport(DocumentName.reportName(input.fileName(), OutputLayout.REPORT_ENDING)));

        long started = exchange.getProperty(ExchangeKeys.STARTED, Long.class);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        exchange.setProperty(ExchangeKeys.OUTCOME, new DocumentOutcome(input.fileName(), input.name(),
                DocumentOutcome.Kind.PUBLISHED, publication.language(), publication.pages(), millis,
                files.size() + " files", Instant.now()));

        for (PublicationListener listener : listeners) {
            try {
                listener.published(publication, layout.root());
            } catch (RuntimeException e) {
                LOG.warn("{} was published, but a publication listener failed: {}", LogText.name(input.fileName()),
                        e.toString(), e);
            }
        }
    }
}
