package org.polypress.route;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.polypress.config.ProcessedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last step for inputs that were published or found unchanged: with {@link ProcessedPolicy#MOVE}
 * moves the input into the done folder (replacing an older file of the same name); with
 * {@link ProcessedPolicy#KEEP} leaves it alone. Failed inputs never get here and stay in place.
 * A failed move is logged: the publication itself has succeeded.
 */
final class InputDisposal implements Processor {
    private static final Logger LOG = LoggerFactory.getLogger(InputDisposal.class);

    private final ProcessedPolicy policy;
    private final Path doneDir;

    InputDisposal(ProcessedPolicy policy, Path doneDir) {
        this.policy = policy;
        this.doneDir = doneDir;
    }

    @Override
    public void process(Exchange exchange) {
        InputDocument input = exchange.getProperty(ExchangeKeys.INPUT, InputDocument.class);
        if (policy == ProcessedPolicy.KEEP || input == null) {
            return;
        }
        try {
            AtomicFiles.moveFile(input.path(), doneDir.resolve(input.fileName()));
        } catch (IOException e) {
            LOG.warn("{} was processed but could not be moved to {}: {}", LogText.name(input.fileName()), doneDir,
                    LogText.name(e.toString()));
        }
    }
}
