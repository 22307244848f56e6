package org.polypress.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.io.ByteOrderMark;

/**
 * Recognises the Unicode encodings that announce themselves: by a byte-order mark, or (UTF-16
 * without a mark) by the NUL bytes that ASCII characters leave at every other position.
 *
 * @param charset    the encoding
 * @param bomLength  bytes of byte-order mark to skip before decoding (0 when sniffed)
 */
record UnicodeSignature(Charset charset, int bomLength) {

    private static final int SNIFF_BYTES = 64 * 1024;

    /**
     * The marks, longest first: {@code FF FE 00 00} opens a UTF-32LE file and a UTF-16LE one alike
     * (a NUL as its first character); it is read as UTF-32LE only when the length fits.
     */
    private static final List<ByteOrderMark> MARKS = List.of(ByteOrderMark.UTF_32BE, ByteOrderMark.UTF_32LE,
            ByteOrderMark.UTF_8, ByteOrderMark.UTF_16BE, ByteOrderMark.UTF_16LE);

    /** The encoding declared by a byte-order mark (commons-io's table of them), or null. */
    static UnicodeSignature fromByteOrderMark(byte[] b) {
        for (ByteOrderMark mark : MARKS) {
            if (startsWith(b, mark.getBytes()) && (mark != ByteOrderMark.UTF_32LE || b.length % 4 == 0)) {
                return new UnicodeSignature(Charset.forName(mark.getCharsetName()), mark.length());
            }
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

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }
}
