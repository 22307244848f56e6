package org.polypress.ingest;

/**
 * Collects text chunk by chunk and normalises it on the way in, in one pass and without extra
 * copies: CR LF and lone CR become LF, a leading byte-order mark is dropped, and C0 control
 * characters other than TAB, LF and FF are removed (and counted). Nothing else is changed.
 * Not thread-safe: one instance per extraction.
 */
final class TextNormalizer {
    private final StringBuilder out;
    private final long maxChars;
    private boolean started;
    private boolean afterCr;
    private long removedNuls;
    private long removedOtherControls;
    private long nonAscii;

    /**
     * @param capacityHint expected number of characters (avoids regrowing a large buffer)
     * @param maxChars     more characters than this fail with {@code TOO_LARGE}
     */
    TextNormalizer(int capacityHint, long maxChars) {
        this.out = new StringBuilder((int) Math.max(16, Math.min(capacityHint, maxChars)));
        this.maxChars = maxChars;
    }

    void append(char[] chars, int offset, int length) throws LimitException {
        for (int i = offset, end = offset + length; i < end; i++) {
            put(chars[i]);
        }
        checkLength();
    }

    void append(CharSequence chars) throws LimitException {
        for (int i = 0, end = chars.length(); i < end; i++) {
            put(chars.charAt(i));
        }
        checkLength();
    }

    void append(char c) throws LimitException {
        put(c);
        checkLength();
    }

    private void put(char c) {
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                return;
            }
        }
        if (c >= 0x20) {
            afterCr = false;
            if (c >= 0x80) {
                nonAscii++;
            }
            out.append(c);
            return;
        }
        switch (c) {
            case '\r' -> {
                out.append('\n');
                afterCr = true;
                return;
            }
            case '\n' -> {
                if (!afterCr) {
                    out.append('\n');
                }
            }
            case '\t', '\f' -> out.append(c);
            case '\0' -> removedNuls++;
            default -> removedOtherControls++;
        }
        afterCr = false;
    }

    private void checkLength() throws LimitException {
        if (out.length() > maxChars) {
            throw new LimitException(ExtractionException.Kind.TOO_LARGE,
                    "the text is longer than the limit of " + maxChars + " characters");
        }
    }

    /** Characters collected so far. */
    int length() {
        return out.length();
    }

    /** The last character collected, or -1 when none. */
    int lastChar() {
        return out.isEmpty() ? -1 : out.charAt(out.length() - 1);
    }

    long removedNuls() {
        return removedNuls;
    }

    long removedControls() {
        return removedNuls + removedOtherControls;
    }

    /** Characters at or above U+0080 collected so far. */
    long nonAsciiChars() {
        return nonAscii;
    }

    /** A warning describing the removed control characters, or null when none were removed. */
    String controlWarning() {
        if (removedControls() == 0) {
            return null;
        }
        return "removed " + removedControls() + " control character(s)"
                + (removedNuls > 0 ? " (" + removedNuls + " NUL)" : "")
                + " that cannot appear in a document text";
    }

    String text() {
        return out.toString();
    }
}
