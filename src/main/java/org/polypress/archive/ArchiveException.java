package org.polypress.archive;

/** A bag could not be made as it must be (not valid, or its PREMIS not valid): a bug, not an I/O problem. */
public final class ArchiveException extends Exception {
    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
