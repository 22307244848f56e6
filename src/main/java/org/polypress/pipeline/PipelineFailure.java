package org.polypress.pipeline;

/**
 * A document could not be published. Carries what a person needs to act: the stage, a reason in
 * plain words, a suggestion, and whether trying again later can help (transient) or not.
 */
public class PipelineFailure extends Exception {
    private final Stage stage;
    private final boolean permanent;
    private final String suggestion;

    public PipelineFailure(Stage stage, boolean permanent, String reason, String suggestion, Throwable cause) {
        super(reason, cause);
        this.stage = stage;
        this.permanent = permanent;
        this.suggestion = suggestion;
    }

    public PipelineFailure(Stage stage, boolean permanent, String reason, String suggestion) {
        this(stage, permanent, reason, suggestion, null);
    }

    public Stage stage() {
        return stage;
    }

    /** True when the same input will fail again (unsupported, undecodable, invalid); false for I/O trouble. */
    public boolean permanent() {
        return permanent;
    }

    public String reason() {
        return getMessage();
    }

    public String suggestion() {
        return suggestion;
    }
}
