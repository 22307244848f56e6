package org.polypress.publish.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;

/**
 * Collects what FOP reports while it formats one document: warnings, errors and fatal errors as
 * readable sentences, each once (a missing glyph in the running header would otherwise repeat on
 * every page). One collector per rendering; not shared between threads.
 */
final class FopEventCollector implements EventListener {

    private final Set<String> messages = new LinkedHashSet<>();

    @Override
    public synchronized void processEvent(Event event) {
        EventSeverity severity = event.getSeverity();
        if (severity == EventSeverity.WARN || severity == EventSeverity.ERROR || severity == EventSeverity.FATAL) {
            messages.add(EventFormatter.format(event, Locale.ENGLISH));
        }
    }

    /** The messages so far, in the order first seen. */
    synchronized List<String> messages() {
        return new ArrayList<>(messages);
    }
}
