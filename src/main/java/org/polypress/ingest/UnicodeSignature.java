package org.polypress.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises the Unicode encodings that announce themselves: by a byte-order mark, or (UTF-16
 * without a mark) by the NUL bytes that ASCII characters leave at every other position.
 *
 * @param charset    the encoding
 * @param bomLength  bytes of byte-order mark to skip before decoding (0 when sniffed)
 */
record UnicodeSignature(Charset charset, int bomLength) {
    static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private static final int SNIFF_BYTES = 64 * 1024;

    /** The encoding declared by a byte-order mark, or null. */
    static UnicodeSignature fromByteOrderMark(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new UnicodeSignature(UTF_32BE, 4);
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00) && b.length % 4 == 0) {
            return new UnicodeSignature(UTF_32LE, 4);
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new UnicodeSignature(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new UnicodeSignature(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new UnicodeSignature(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    /**
     * UTF-16 without byte-order mark: in the first 64 KB, at least a tenth of the code units have a
     * NUL high byte (spaces, digits and Latin letters do) while the low-byte positions hold almost
     * no NUL. Returns null when the bytes do not look like UTF-16.
     */
    static UnicodeSignature sniffUtf16(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES) & ~1;
        int units = n / 2;
        if (units < 2) {
            return null;
        }
        int nulEven = 0;
        int nulOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                nulEven++;
            }
            if (b[i + 1] == 0) {
                nulOdd++;
            }
        }
        if (nulOdd * 10 >= units && nulEven * 20 <= nulOdd) {
            return new UnicodeSignature(StandardCharsets.UTF_16LE, 0);
        }
        if (nulEven * 10 >= units && nulOdd * 20 <= nulEven) {
            return new UnicodeSignature(StandardCharsets.UTF_16BE, 0);
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
