package org.polypress.ingest;

/**
 * Collects text chunk by chunk and normalises it on the way in, in one pass and without extra
 * copies: CR LF and lone CR become LF, a leading byte-order mark is dropped, and C0 control
 * characters other than TAB, LF and FF are removed (and counted). Unicode's noncharacters
 * (U+FFFE, U+FFFF, U+FDD0..U+FDEF and the last two code points of every plane: "permanently
 * reserved for internal use", never interchanged text, and U+FFFE/U+FFFF not even allowed in XML)
 * are removed and counted by code point; a surrogate without its other half (no character at all)
 * becomes U+FFFD, also counted. Nothing else is changed. Not thread-safe: one instance per extraction.
 */
final class TextNormalizer {
    private final StringBuilder out;
    private final long maxChars;
    private boolean started;
    private boolean afterCr;
    private long removedNuls;
    private long removedOtherControls;
    private long nonAscii;
    /** A high surrogate waiting for its low half. */
    private char pendingHigh;
    /** Noncharacters removed and lone surrogates replaced, by code point ("U+FFFE"). */
    private final java.util.Map<String, Long> removedCodePoints = new java.util.TreeMap<>();
    private long replacedSurrogates;

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
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                if (isNoncharacter(cp)) {
                    removedCodePoints.merge(String.format("U+%04X", cp), 1L, Long::sum);
                } else {
                    nonAscii += 2;
                    out.append(high).append(c);
                }
                return;
            }
            replaceSurrogate();
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else {
                replaceSurrogate();
            }
            return;
        }
        if (c >= 0xFDD0 && isNoncharacter(c)) {
            afterCr = false;
            removedCodePoints.merge(String.format("U+%04X", (int) c), 1L, Long::sum);
            return;
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

    /** U+FDD0..U+FDEF, and U+nFFFE, U+nFFFF of every plane. */
    static boolean isNoncharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }

    private void replaceSurrogate() {
        afterCr = false;
        replacedSurrogates++;
        nonAscii++;
        out.append('\uFFFD');
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

    /**
     * A warning describing the removed control characters and noncharacters and the replaced
     * surrogates, or null when there were none.
     */
    String controlWarning() {
        flushPending();
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (removedControls() > 0) {
            parts.add("removed " + removedControls() + " control character(s)"
                    + (removedNuls > 0 ? " (" + removedNuls + " NUL)" : "")
                    + " that cannot appear in a document text");
        }
        if (!removedCodePoints.isEmpty()) {
            long n = removedCodePoints.values().stream().mapToLong(Long::longValue).sum();
            StringBuilder list = new StringBuilder();
            removedCodePoints.forEach((cp, count) -> list.append(list.isEmpty() ? "" : ", ").append(cp)
                    .append(" (").append(count).append(')'));
            parts.add("removed " + n + " noncharacter(s), code points Unicode reserves for internal use that are "
                    + "never text: " + list);
        }
        if (replacedSurrogates > 0) {
            parts.add("replaced " + replacedSurrogates + " broken character(s) (half a UTF-16 surrogate pair) by "
                    + "U+FFFD");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** Noncharacters removed, by code point ("U+FFFE"), with counts. */
    java.util.Map<String, Long> removedNoncharacters() {
        return java.util.Collections.unmodifiableMap(removedCodePoints);
    }

    String text() {
        flushPending();
        return out.toString();
    }

    /** A high surrogate at the very end has lost its low half. */
    private void flushPending() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            replaceSurrogate();
        }
    }
}
