package org.polypress.publish.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where FOP writes a PDF: bytes kept in chunks that are never copied while the file grows, then
 * joined once into an array of the exact size. A {@link java.io.ByteArrayOutputStream} doubles
 * and copies its buffer as it grows and copies it once more at the end, so a 300 MB PDF briefly
 * needed about 800 MB; this needs the file twice at the very end and once before.
 *
 * <p>Not thread-safe: one instance per formatting run.
 */
final class ChunkedOutput extends OutputStream {

    private static final int FIRST = 64 * 1024;
    private static final int LARGEST = 8 * 1024 * 1024;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[FIRST];
    private int used;
    private long size;

    @Override
    public void write(int b) {
        if (used == current.length) {
            next();
        }
        current[used++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        while (len > 0) {
            if (used == current.length) {
                next();
            }
            int n = Math.min(len, current.length - used);
            System.arraycopy(b, off, current, used, n);
            used += n;
            off += n;
            len -= n;
            size += n;
        }
    }

    /** Bytes written so far. */
    long size() {
        return size;
    }

    /**
     * All bytes written, as one array; the chunks are released.
     *
     * @throws IllegalStateException above the largest array Java can make (2 GB)
     */
    byte[] toByteArray() {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("the PDF is larger than 2 GB: " + size + " bytes");
        }
        byte[] all = new byte[(int) size];
        int at = 0;
        for (byte[] chunk : full) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        System.arraycopy(current, 0, all, at, used);
        full.clear();
        current = new byte[0];
        used = 0;
        return all;
    }

    private void next() {
        full.add(current);
        current = new byte[Math.min(LARGEST, current.length * 2)];
        used = 0;
    }
}
