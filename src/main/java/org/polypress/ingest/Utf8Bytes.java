package org.polypress.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/**
 * UTF-8 at the byte level: validity checks, and the decoding of a file that mixes UTF-8 with an
 * 8-bit charset (pieces pasted together from different sources), where valid UTF-8 sequences are
 * read as UTF-8 and every other byte above 0x7F in the 8-bit set.
 */
final class Utf8Bytes {
    private Utf8Bytes() {
    }

    /** Counts of a UTF-8 scan: well-formed multi-byte sequences, and bytes above 0x7F outside any. */
    record Scan(long validSequences, long invalidBytes) {
        /** Share of the non-ASCII sequences that are valid UTF-8 (1 for pure ASCII). */
        double validShare() {
            long all = validSequences + invalidBytes;
            return all == 0 ? 1 : (double) validSequences / all;
        }
    }

    /** Scans {@code bytes} from {@code offset} on, without decoding (fast enough for any size). */
    static Scan scan(byte[] bytes, int offset) {
        long valid = 0;
        long invalid = 0;
        for (int i = offset; i < bytes.length; ) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = validSequenceLength(bytes, i);
            if (length == 0) {
                invalid++;
                i++;
            } else {
                valid++;
                i += length;
            }
        }
        return new Scan(valid, invalid);
    }

    /** Whether {@code bytes} from {@code offset} on are entirely well-formed UTF-8. */
    static boolean isValid(byte[] bytes, int offset) {
        for (int i = offset; i < bytes.length; ) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = validSequenceLength(bytes, i);
            if (length == 0) {
                return false;
            }
            i += length;
        }
        return true;
    }

    /** Whether any byte is above 0x7F. */
    static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** The bytes that are not part of a valid multi-byte UTF-8 sequence (what the 8-bit set must explain). */
    static byte[] withoutValidSequences(byte[] bytes, int offset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = offset; i < bytes.length; ) {
            int length = bytes[i] >= 0 ? 0 : validSequenceLength(bytes, i);
            if (length > 0) {
                i += length;
            } else {
                out.write(bytes[i++]);
            }
        }
        return out.toByteArray();
    }

    /**
     * Decodes {@code bytes} into {@code sink}; returns how many bytes were read in {@code legacy},
     * which must be a single-byte charset.
     */
    static long decodeMixed(byte[] bytes, int offset, Charset legacy, TextNormalizer sink) throws LimitException {
        char[] table = new String(upperHalf(), legacy).toCharArray();
        if (table.length != 128) {
            throw new IllegalArgumentException("not a single-byte charset: " + legacy);
        }
        char[] chunk = new char[64 * 1024];
        int filled = 0;
        long legacyBytes = 0;
        for (int i = offset; i < bytes.length; ) {
            if (filled > chunk.length - 2) {
                sink.append(chunk, 0, filled);
                filled = 0;
            }
            int b = bytes[i];
            if (b >= 0) {
                chunk[filled++] = (char) b;
                i++;
                continue;
            }
            int length = validSequenceLength(bytes, i);
            if (length == 0) {
                chunk[filled++] = table[(b & 0xFF) - 0x80];
                legacyBytes++;
                i++;
                continue;
            }
            int codePoint = b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
            }
            filled += Character.toChars(codePoint, chunk, filled);
            i += length;
        }
        sink.append(chunk, 0, filled);
        return legacyBytes;
    }

    /** Length (2 to 4) of the well-formed UTF-8 sequence starting at {@code i}, or 0 (RFC 3629, table 3-7 of Unicode). */
    static int validSequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int length;
        int min = 0x80;
        int max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                min = 0xA0;
            } else if (lead == 0xED) {
                max = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                min = 0x90;
            } else if (lead == 0xF4) {
                max = 0x8F;
            }
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < min || second > max) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static byte[] upperHalf() {
        byte[] half = new byte[128];
        for (int i = 0; i < 128; i++) {
            half[i] = (byte) (0x80 + i);
        }
        return half;
    }
}
