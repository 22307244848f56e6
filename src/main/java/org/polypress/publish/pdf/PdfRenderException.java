package org.polypress.publish.pdf;

/**
 * The PDF edition could not be made. {@link #phase()} tells whether the stylesheet
 * ({@link Phase#TRANSFORM}) or the formatter ({@link Phase#FORMAT}) failed, so the pipeline can
 * report the stage. The renderer knows nothing of the pipeline's stages (no package cycle).
 */
public class PdfRenderException extends Exception {
    /** The two steps of rendering a PDF edition. */
    public enum Phase {
        /** The AKN to XSL-FO transformation (the pipeline's {@code fo} stage). */
        TRANSFORM,
        /** FOP formatting the XSL-FO (the pipeline's {@code pdf} stage). */
        FORMAT
    }

    private final Phase phase;

    public PdfRenderException(Phase phase, String message, Throwable cause) {
        super(message, cause);
        this.phase = phase;
    }

    /** {@link Phase#TRANSFORM} for the AKN to XSL-FO transformation, {@link Phase#FORMAT} for FOP. */
    public Phase phase() {
        return phase;
    }
}
