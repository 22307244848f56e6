package org.polypress.ingest;

import java.util.Objects;

/**
 * A dropped file whose text cannot be extracted. Every kind is permanent: the same bytes fail the
 * same way, so the person has to act (the {@link #suggestion()} says how).
 */
public final class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the text could not be extracted. */
    public enum Kind {
        EMPTY("Check that the right file was dropped; this one has no content."),
        UNSUPPORTED_FORMAT("Save or export the document as PDF, DOCX, ODT, HTML or plain text (.txt) and drop it again."),
        NOT_TEXT("The file is not a text file. Export the document as PDF, DOCX, ODT, HTML or plain text and drop it again."),
        UNDECODABLE("Save the text again as UTF-8 (in most editors: \"Save as\", encoding UTF-8) and drop it again."),
        ENCRYPTED("Remove the password protection (save an unprotected copy) and drop it again."),
        CORRUPT("The file is damaged or incomplete. Download or export it again and drop the new copy."),
        NO_TEXT_OCR_NEEDED("The PDF holds only images of text (a scan). Run OCR on it (e.g. ocrmypdf, or \"Recognize text\" in a PDF editor) and drop the result."),
        TOO_LARGE("Split the document into smaller parts and drop them one by one."),
        LIMIT_EXCEEDED("The file unpacks to far more than it weighs (a possible zip bomb) and was refused. Re-save it with an office program and drop it again."),
        ENTITY_BOMB("The document's XML declares entities that would expand to far more text than the file holds (an entity expansion bomb, \"billion laughs\"); office programs never write these. Re-save it with an office program and drop it again.");

        private final String defaultSuggestion;

        Kind(String defaultSuggestion) {
            this.defaultSuggestion = defaultSuggestion;
        }

        /** What a person should do about this kind of failure when nothing more specific is known. */
        public String defaultSuggestion() {
            return defaultSuggestion;
        }
    }

    private final Kind kind;
    private final String suggestion;

    public ExtractionException(Kind kind, String message, String suggestion, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.suggestion = suggestion == null ? kind.defaultSuggestion() : suggestion;
    }

    public ExtractionException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public ExtractionException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** Always true: trying the same file again cannot help. */
    public boolean permanent() {
        return true;
    }

    /** What the person should do, in plain words. */
    public String suggestion() {
        return suggestion;
    }
}
