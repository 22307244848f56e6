package org.polypress.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.polypress.ingest.ExtractionException.Kind;

/**
 * Decodes the bytes of a plain-text file, in this order:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides;</li>
 *   <li>UTF-16 without a mark is recognised by its NUL bytes ({@link UnicodeSignature#sniffUtf16});</li>
 *   <li>bytes with many control characters are not text ({@code NOT_TEXT});</li>
 *   <li>strict UTF-8; when it fails but more than 99% of the non-ASCII sequences are valid UTF-8
 *       (a file with a few damaged bytes), UTF-8 with the invalid sequences replaced by U+FFFD;</li>
 *   <li>when at least a fifth of the non-ASCII sequences are valid UTF-8, a mix: UTF-8 where valid,
 *       the other bytes in the 8-bit charset that best explains them ({@link Utf8Bytes});</li>
 *   <li>otherwise an 8-bit charset chosen by {@link CharsetGuesser}, or {@code UNDECODABLE}.</li>
 * </ol>
 * The decoded text goes through {@link TextNormalizer}. Thread-safe.
 */
final class TextDecoder {
    /** Share of C0 control bytes (other than TAB, LF, FF, CR) above which bytes are not text. */
    static final double MAX_CONTROL_SHARE = 0.02;
    /** Share of valid non-ASCII UTF-8 sequences from which a damaged UTF-8 file is still read as UTF-8. */
    static final double MIN_VALID_UTF8_SHARE = 0.99;
    /** Share of valid non-ASCII UTF-8 sequences from which a file is read as UTF-8 mixed with an 8-bit set. */
    private static final double MIXED_UTF8_SHARE = 0.2;

    /** A decoded text. */
    record Decoded(String text, String charset, List<String> warnings) {
    }

    private final CharsetGuesser guesser;

    TextDecoder(CharsetGuesser guesser) {
        this.guesser = guesser;
    }

    Decoded decode(byte[] bytes, long maxChars) throws ExtractionException {
        try {
            UnicodeSignature signature = UnicodeSignature.fromByteOrderMark(bytes);
            if (signature != null && signature.charset().equals(StandardCharsets.UTF_8)) {
                return decodeEightBit(bytes, signature.bomLength(), maxChars);
            }
            if (signature != null) {
                return decodeWide(bytes, signature, maxChars);
            }
            signature = UnicodeSignature.sniffUtf16(bytes);
            if (signature != null) {
                Decoded decoded = decodeStrictly(bytes, signature, maxChars);
                if (decoded != null) {
                    return decoded;
                }
            }
            requireTextBytes(bytes);
            return decodeEightBit(bytes, 0, maxChars);
        } catch (LimitException e) {
            throw e.toExtractionException();
        }
    }

    /** UTF-16 or UTF-32 announced by a byte-order mark: a few damaged units are replaced, more is an error. */
    private Decoded decodeWide(byte[] bytes, UnicodeSignature signature, long maxChars) throws LimitException,
            ExtractionException {
        Charset charset = signature.charset();
        TextNormalizer sink = new TextNormalizer(estimateChars(bytes.length, charset), maxChars);
        StreamDecoder.Result result = StreamDecoder.decode(bytes, signature.bomLength(), charset, sink);
        List<String> warnings = new ArrayList<>();
        if (result.replaced() > 0) {
            if (result.replaced() > (1 - MIN_VALID_UTF8_SHARE) * sink.length()) {
                throw new ExtractionException(Kind.UNDECODABLE, "the file announces " + charset.name()
                        + " by its byte-order mark but " + result.replaced() + " of its code units are not valid "
                        + charset.name());
            }
            warnings.add(replacementWarning(result.replaced(), charset));
        }
        return finish(sink, charset, warnings);
    }

    /** UTF-16 found by sniffing: only accepted when it decodes without a single error. */
    private Decoded decodeStrictly(byte[] bytes, UnicodeSignature signature, long maxChars) throws LimitException,
            ExtractionException {
        TextNormalizer sink = new TextNormalizer(estimateChars(bytes.length, signature.charset()), maxChars);
        StreamDecoder.Result result = StreamDecoder.decode(bytes, 0, signature.charset(), sink);
        if (result.replaced() > 0) {
            return null;
        }
        return finish(sink, signature.charset(), new ArrayList<>());
    }

    /** UTF-8, or else an 8-bit charset; {@code offset} skips a UTF-8 byte-order mark. */
    private Decoded decodeEightBit(byte[] bytes, int offset, long maxChars) throws LimitException,
            ExtractionException {
        Utf8Bytes.Scan scan = Utf8Bytes.scan(bytes, offset);
        if (scan.invalidBytes() == 0 || scan.validShare() > MIN_VALID_UTF8_SHARE) {
            TextNormalizer utf8 = new TextNormalizer(bytes.length, maxChars);
            StreamDecoder.Result result = StreamDecoder.decode(bytes, offset, StandardCharsets.UTF_8, utf8);
            List<String> warnings = new ArrayList<>();
            if (result.replaced() > 0) {
                warnings.add(replacementWarning(result.replaced(), StandardCharsets.UTF_8));
            }
            return finish(utf8, StandardCharsets.UTF_8, warnings);
        }
        if (scan.validShare() >= MIXED_UTF8_SHARE) {
            Decoded mixed = decodeMixed(bytes, offset, maxChars, scan.validSequences());
            if (mixed != null) {
                return mixed;
            }
        }
        CharsetGuesser.Guess guess = guesser.guess(bytes).orElseThrow(TextDecoder::undecodable);
        TextNormalizer sink = new TextNormalizer(bytes.length, maxChars);
        StreamDecoder.Result decoded = StreamDecoder.decode(bytes, offset, guess.charset(), sink);
        List<String> warnings = new ArrayList<>();
        warnings.add("the text is not UTF-8; it was read as " + guess.charset().name());
        String few = fewLegacyBytes(bytes, offset, guess.charset());
        if (few != null) {
            warnings.add(few);
        }
        if (decoded.replaced() > 0) {
            warnings.add(replacementWarning(decoded.replaced(), guess.charset()));
        }
        return finish(sink, guess.charset(), warnings);
    }

    /**
     * UTF-8 mixed with an 8-bit set: the valid UTF-8 stays UTF-8, the other bytes are read in the
     * set that best explains them. Null when no single-byte set explains them.
     */
    private Decoded decodeMixed(byte[] bytes, int offset, long maxChars, long validSequences)
            throws LimitException, ExtractionException {
        CharsetGuesser.Guess guess = guesser.guess(Utf8Bytes.withoutValidSequences(bytes, offset))
                .orElse(null);
        if (guess == null || guess.charset().newEncoder().maxBytesPerChar() > 1) {
            return null;
        }
        TextNormalizer sink = new TextNormalizer(bytes.length, maxChars);
        long legacyBytes = Utf8Bytes.decodeMixed(bytes, offset, guess.charset(), sink);
        List<String> warnings = new ArrayList<>();
        warnings.add("the file mixes encodings: " + validSequences + " character(s) were read as UTF-8 and "
                + legacyBytes + " byte(s) as " + guess.charset().name() + "; check accented letters");
        return finish(sink, StandardCharsets.UTF_8, warnings);
    }

    /**
     * A text read in a guessed 8-bit set on the evidence of few bytes outside ASCII: a handful of
     * accented letters do not tell windows-1252 from windows-1251 or -1250 with certainty, so the
     * warning names every such byte and the character it was read as ("0xE9 → й"), for a person to
     * check. Null when there are more than {@value #FEW_LEGACY_BYTES} such bytes (the guess then
     * rests on the words they spell).
     */
    static String fewLegacyBytes(byte[] bytes, int offset, Charset charset) {
        java.util.TreeMap<Integer, Integer> counts = new java.util.TreeMap<>();
        int total = 0;
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80) {
                counts.merge(b, 1, Integer::sum);
                if (++total > FEW_LEGACY_BYTES) {
                    return null;
                }
            }
        }
        if (total == 0) {
            return null;
        }
        List<String> read = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            String c = new String(new byte[] {(byte) (int) e.getKey()}, charset);
            read.add(String.format(java.util.Locale.ROOT, "0x%02X → %s (%d×)", e.getKey(), c, e.getValue()));
        }
        return "the character set was guessed from only " + total + " byte(s) outside ASCII; check them: "
                + String.join(", ", read);
    }

    /** Up to this many bytes outside ASCII, a guessed character set is named byte by byte in the warnings. */
    static final int FEW_LEGACY_BYTES = 40;

    private static ExtractionException undecodable() {
        return new ExtractionException(Kind.UNDECODABLE,
                "the text is neither UTF-8 nor in a recognisable character set (windows-125x, ISO-8859-x, ...)");
    }

    private static Decoded finish(TextNormalizer sink, Charset charset, List<String> warnings)
            throws ExtractionException {
        if (sink.length() > 0 && sink.removedControls() > MAX_CONTROL_SHARE * (sink.length() + sink.removedControls())) {
            throw notText("control characters make up " + percent(sink.removedControls(),
                    sink.length() + sink.removedControls()) + " of it when read as " + charset.name());
        }
        String warning = sink.controlWarning();
        if (warning != null) {
            warnings.add(warning);
        }
        return new Decoded(sink.text(), charset.name(), warnings);
    }

    /** Rejects bytes with NULs or other C0 controls in a share no text has. */
    private static void requireTextBytes(byte[] bytes) throws ExtractionException {
        long controls = 0;
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        if (controls > MAX_CONTROL_SHARE * bytes.length) {
            throw notText("NUL and other control bytes make up " + percent(controls, bytes.length) + " of it");
        }
    }

    private static ExtractionException notText(String why) {
        return new ExtractionException(Kind.NOT_TEXT, "the file is named as plain text but holds binary data: " + why);
    }

    private static String replacementWarning(long count, Charset charset) {
        return count + " invalid " + charset.name() + " byte sequence(s) were replaced by U+FFFD (\uFFFD)";
    }

    private static String percent(long part, long whole) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / Math.max(1, whole));
    }

    private static int estimateChars(int bytes, Charset charset) {
        if (charset.name().startsWith("UTF-32")) {
            return bytes / 4;
        }
        return charset.name().startsWith("UTF-16") ? bytes / 2 : bytes;
    }
}
