package org.polypress.pipeline;

/**
 * Turns one dropped file into its editions. Pure with respect to the file system: it reads the
 * bytes it is given and returns the files to write; the Camel route does all I/O. Implementations
 * are thread-safe and reused for every document (stylesheets, FOP, schema, detectors loaded once).
 */
public interface DocumentPipeline {
    /**
     * @param fileName the input's file name as dropped ("NAME.ext"); NAME names every output
     * @param content  the file's bytes
     */
    Publication process(String fileName, byte[] content) throws PipelineFailure;
}
