package org.polypress.ingest;

import org.xml.sax.SAXException;

/**
 * A limit of {@link ExtractionLimits} was reached while text was being produced. A
 * {@link SAXException} so that it can leave a Tika content handler; the extractor turns it into an
 * {@link ExtractionException} of the carried kind.
 */
final class LimitException extends SAXException {
    private static final long serialVersionUID = 1L;

    private final ExtractionException.Kind kind;

    LimitException(ExtractionException.Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    ExtractionException toExtractionException() {
        return new ExtractionException(kind, getMessage(), this);
    }
}
