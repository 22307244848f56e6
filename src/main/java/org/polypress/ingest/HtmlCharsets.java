package org.polypress.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.polypress.ingest.ExtractionException.Kind;

/**
 * Chooses the charset of an HTML file: a byte-order mark; else UTF-8 when the bytes are valid
 * UTF-8 and not plain ASCII (a page that declares ISO-8859-1 but is written in UTF-8 is common);
 * else the charset the page declares ({@code <meta charset>}, found by Tika's
 * {@link HtmlEncodingDetector}); else, for pure ASCII, UTF-8; else the {@link CharsetGuesser}'s
 * choice. Tika's default chain is not used: its first detector answers ISO-8859-1 for most short
 * pages, whatever they declare. Thread-safe.
 */
final class HtmlCharsets {
    private final CharsetGuesser guesser;

    HtmlCharsets(CharsetGuesser guesser) {
        this.guesser = guesser;
    }

    Charset choose(byte[] content) throws ExtractionException {
        UnicodeSignature signature = UnicodeSignature.fromByteOrderMark(content);
        if (signature != null) {
            return signature.charset();
        }
        boolean nonAscii = Utf8Bytes.hasNonAscii(content);
        if (nonAscii && Utf8Bytes.isValid(content, 0)) {
            return StandardCharsets.UTF_8;
        }
        Charset declared = declared(content);
        if (declared != null) {
            return declared;
        }
        if (!nonAscii) {
            return StandardCharsets.UTF_8;
        }
        return guesser.guess(content).map(CharsetGuesser.Guess::charset).orElseThrow(() -> new ExtractionException(
                Kind.UNDECODABLE, "the HTML declares no charset and is neither UTF-8 nor in a recognisable one"));
    }

    private static Charset declared(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return new HtmlEncodingDetector().detect(in, new Metadata());
        } catch (IOException e) {
            return null;
        }
    }
}
