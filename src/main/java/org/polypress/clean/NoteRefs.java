package org.polypress.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Footnote references inside block text. A reference to note {@code id} is stored in the text as
 * {@code U+E000 id U+E001}: private-use characters, which the glyph normaliser has already removed
 * from the source, so they cannot clash with real text. Everything that reads block text either
 * keeps the references ({@link #split}) or drops them ({@link #strip}).
 */
public final class NoteRefs {
    public static final char OPEN = '\uE000';
    public static final char CLOSE = '\uE001';

    private NoteRefs() {
    }

    public static String ref(int noteId) {
        return OPEN + Integer.toString(noteId) + CLOSE;
    }

    /** The text without note references. */
    public static String strip(String text) {
        if (text.indexOf(OPEN) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inRef = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == OPEN) {
                inRef = true;
            } else if (c == CLOSE) {
                inRef = false;
            } else if (!inRef) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A piece of text: either plain text or a reference to a note. */
    public sealed interface Segment permits TextSegment, RefSegment {
    }

    public record TextSegment(String text) implements Segment {
    }

    public record RefSegment(int noteId) implements Segment {
    }

    /** Splits text into plain runs and note references, in order. */
    public static List<Segment> split(String text) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf(OPEN, i);
            if (open < 0) {
                out.add(new TextSegment(text.substring(i)));
                break;
            }
            if (open > i) {
                out.add(new TextSegment(text.substring(i, open)));
            }
            int close = text.indexOf(CLOSE, open);
            out.add(new RefSegment(Integer.parseInt(text.substring(open + 1, close))));
            i = close + 1;
        }
        return out;
    }

    /** Replaces every reference by what {@code render} gives for its note id. */
    public static String render(String text, IntFunction<String> render) {
        StringBuilder out = new StringBuilder(text.length());
        for (Segment s : split(text)) {
            if (s instanceof TextSegment t) {
                out.append(t.text());
            } else {
                out.append(render.apply(((RefSegment) s).noteId()));
            }
        }
        return out.toString();
    }
}
