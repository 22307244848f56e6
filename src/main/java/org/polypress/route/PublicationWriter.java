package org.polypress.route;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.polypress.archive.ArchiveException;
import org.polypress.archive.ArchiveRecord;
import org.polypress.archive.ArchiveWriter;
import org.polypress.pipeline.OutputFile;
import org.polypress.pipeline.PipelineFailure;
import org.polypress.pipeline.Publication;
import org.polypress.pipeline.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a publication's files in place atomically (see {@link AtomicFiles}), then removes a failure
 * report left by an earlier attempt at the same NAME, records the outcome and tells the
 * {@link PublicationListener}s. With the archive on, the publication's bag is made and verified
 * first (a bag that cannot be made fails the document: no edition is written) and renamed into
 * {@code archive/NAME/vN} right after the editions. Paths that would leave the output folder or touch
 * its reserved entries, and file names longer than a file system allows, fail the document
 * permanently before anything is written, so that a document is published with all its editions or
 * none; I/O errors propagate and are retried as transient.
 */
final class PublicationWriter implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(PublicationWriter.class);

    private final OutputLayout layout;
    private final List<PublicationListener> listeners;
    private final Optional<ArchiveWriter> archive;

    PublicationWriter(OutputLayout layout, List<PublicationListener> listeners) {
        this(layout, listeners, Optional.empty());
    }

    PublicationWriter(OutputLayout layout, List<PublicationListener> listeners, Optional<ArchiveWriter> archive) {
        this.layout = layout;
        this.listeners = List.copyOf(listeners);
        this.archive = archive;
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
        Optional<ArchiveWriter.StagedBag> bag = stageBag(exchange, input, publication);
        String archived = "";
        try {
            AtomicFiles.writeAll(files, true);
            if (bag.isPresent()) {
                ArchiveWriter.Committed committed = archive.orElseThrow().commit(bag.get());
                bag = Optional.empty();
                archived = ", " + layout.root().relativize(committed.bag()) + (committed.created() ? "" : " (unchanged)");
            }
        } finally {
            if (bag.isPresent()) {
                bag.get().discard();
            }
        }
        Files.deleteIfExists(layout.failureReport(DocumentName.reportName(input.fileName(), OutputLayout.REPORT_ENDING)));

        long started = exchange.getProperty(ExchangeKeys.STARTED, Long.class);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        exchange.setProperty(ExchangeKeys.OUTCOME, new DocumentOutcome(input.fileName(), input.name(),
                DocumentOutcome.Kind.PUBLISHED, publication.language(), publication.pages(), millis,
                files.size() + " files" + archived, Instant.now()));

        for (PublicationListener listener : listeners) {
            try {
                listener.published(publication, layout.root());
            } catch (RuntimeException e) {
                LOG.warn("{} was published, but a publication listener failed: {}", LogText.name(input.fileName()),
                        e.toString(), e);
            }
        }
    }

    /** The publication's bag, made and verified but not yet visible; empty with the archive off. */
    private Optional<ArchiveWriter.StagedBag> stageBag(Exchange exchange, InputDocument input, Publication publication)
            throws Exception {
        if (archive.isEmpty()) {
            return Optional.empty();
        }
        byte[] content = exchange.getIn().getBody(byte[].class);
        if (content == null) {
            throw new IllegalStateException("the input's bytes are no longer at hand for the archive");
        }
        try {
            return Optional.of(archive.get().stage(layout.root(), new ArchiveRecord(input.name(), input.fileName(),
                    content, publication.files(), publication.provenance(), Instant.now())));
        } catch (ArchiveException e) {
            throw new PipelineFailure(Stage.ARCHIVE, true, "The archival package could not be made: " + e.getMessage(),
                    "This is a bug in the archive: report it together with the input file, or publish with archive=off.");
        }
    }
}
