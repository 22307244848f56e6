package org.polypress.clean;

import java.util.List;

/** One page of extracted text: its 1-based number and its lines (no line terminators). */
public record Page(int number, List<String> lines) {
    public Page {
        lines = List.copyOf(lines);
    }
}
