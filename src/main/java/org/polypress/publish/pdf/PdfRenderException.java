package org.polypress.publish.pdf;

import org.polypress.pipeline.Stage;

/**
 * The PDF edition could not be made. {@link #stage()} tells whether the stylesheet
 * ({@link Stage#FO}) or the formatter ({@link Stage#PDF}) failed, so the pipeline can report it.
 */
public class PdfRenderException extends Exception {
    private final Stage stage;

    public PdfRenderException(Stage stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    /** {@link Stage#FO} for the AKN to XSL-FO transformation, {@link Stage#PDF} for FOP. */
    public Stage stage() {
        return stage;
    }
}
