package org.polypress.route;

import java.nio.file.Path;
import org.polypress.pipeline.Publication;

/**
 * Told about each publication once all of its files are in place in the output folder (for
 * example to update the catalogue). Called on worker threads, possibly concurrently: implementations
 * must be thread-safe. An exception is logged and does not undo or fail the publication.
 */
@FunctionalInterface
public interface PublicationListener {
    void published(Publication publication, Path outputDir);

    /** Told after {@code failed/NAME.json} was written for an input that could not be published. */
    default void failed(String name, Path outputDir) {
    }
}
