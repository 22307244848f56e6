package org.polypress.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The PDF buffer keeps every byte, in order, across chunk boundaries, whatever the write sizes. */
class ChunkedOutputTest {

    @Test
    void joinsWritesOfEverySizeIntoTheExactBytes() {
        Random random = new Random(42);
        ChunkedOutput chunked = new ChunkedOutput();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 400; i++) {
            byte[] piece = new byte[random.nextInt(i % 7 == 0 ? 300_000 : 5_000)];
            random.nextBytes(piece);
            int off = piece.length == 0 ? 0 : random.nextInt(piece.length);
            chunked.write(piece, off, piece.length - off);
            expected.write(piece, off, piece.length - off);
            chunked.write(i);
            expected.write(i);
        }
        assertEquals(expected.size(), chunked.size());
        assertArrayEquals(expected.toByteArray(), chunked.toByteArray());
    }

    @Test
    void isEmptyWhenNothingWasWritten() {
        assertArrayEquals(new byte[0], new ChunkedOutput().toByteArray());
    }

    @Test
    void refusesABadRange() {
        assertThrows(IndexOutOfBoundsException.class, () -> new ChunkedOutput().write(new byte[4], 3, 2));
    }
}
