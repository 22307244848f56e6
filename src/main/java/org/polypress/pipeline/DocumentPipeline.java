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

    /**
     * The longest ending this pipeline puts after NAME in an output file's name ({@code ".standalone.html"}
     * for {@code html/NAME.standalone.html}). The route refuses, before any work, a NAME too long for
     * it, so that a document is never half published for want of a file name.
     */
    default String longestNameEnding() {
        return ".json";
    }
}
