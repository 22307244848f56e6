package org.polypress.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes into a {@link TextNormalizer} in fixed-size chunks, replacing each malformed or
 * unmappable sequence by U+FFFD and counting the replacements (the JDK's own REPLACE action does
 * not count them).
 */
final class StreamDecoder {
    private static final int CHUNK_CHARS = 64 * 1024;

    /** How a decoding went. */
    record Result(long malformed, long unmappable) {
        long replaced() {
            return malformed + unmappable;
        }
    }

    private StreamDecoder() {
    }

    static Result decode(byte[] bytes, int offset, Charset charset, TextNormalizer sink) throws LimitException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer chunk = CharBuffer.allocate(CHUNK_CHARS);
        long malformed = 0;
        long unmappable = 0;
        while (true) {
            CoderResult result = decoder.decode(in, chunk, true);
            if (result.isUnderflow()) {
                while (decoder.flush(chunk).isOverflow()) {
                    drain(chunk, sink);
                }
                drain(chunk, sink);
                return new Result(malformed, unmappable);
            }
            if (result.isOverflow()) {
                drain(chunk, sink);
                continue;
            }
            if (result.isMalformed()) {
                malformed++;
            } else {
                unmappable++;
            }
            in.position(in.position() + result.length());
            if (!chunk.hasRemaining()) {
                drain(chunk, sink);
            }
            chunk.put('\uFFFD');
        }
    }

    private static void drain(CharBuffer chunk, TextNormalizer sink) throws LimitException {
        chunk.flip();
        sink.append(chunk.array(), chunk.arrayOffset() + chunk.position(), chunk.remaining());
        chunk.clear();
    }
}
