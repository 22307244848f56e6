package org.polypress.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Media-type detection with Tika's default detector (magic bytes, container inspection for zip
 * and OLE files, and the file name as a hint). Thread-safe; built once.
 *
 * <p>The detector is built on its own, not taken from {@code TikaConfig.getDefaultConfig()}: that
 * also instantiates Tika's whole parser registry (every parser of every module on the class path,
 * with their POI, PDFBox and XML set-up), which Polypress never uses, since {@link TikaTextExtractor}
 * builds the few parsers it needs itself. {@link DefaultDetector} is the same detector the default
 * configuration holds: the container detectors the modules register (zip, OLE) before the
 * magic-byte and file-name detection of Tika's MIME types.
 */
final class FormatDetector {
    /** Tika's type for an encrypted OOXML file (an OLE container wrapping the encrypted package). */
    static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");

    /**
     * Tika's MIME types and detector, built when a document first needs them (half a second of
     * start-up, mostly parsing Tika's MIME type definitions): plain UTF-8 text and a file that opens
     * as a PDF, most inputs, are decided by their bytes ({@link #decidesPlainText}, {@link #decidesPdf})
     * and never need them. Thread-safe (class initialisation).
     */
    private static final class Tika {
        static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
        static final Detector DETECTOR = new DefaultDetector(TYPES);
    }

    MediaTypeRegistry registry() {
        return Tika.TYPES.getMediaTypeRegistry();
    }

    /**
     * The media type of {@code content}; the file name (may be null) is used as a hint only where
     * the bytes leave the choice open.
     */
    MediaType detect(byte[] content, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return Tika.DETECTOR.detect(in, metadata).getBaseType();
        } catch (IOException | RuntimeException e) {
            // Detection reads in memory; a failing container detector means a damaged container.
            return MediaType.OCTET_STREAM;
        }
    }

    /**
     * Bytes looked at by {@link #decidesPlainText}: what Tika's magic reads of a file (its
     * longest magic patterns end within the first 64 KB).
     */
    static final int TEXT_WINDOW = 64 * 1024;

    /**
     * Whether the bytes alone show plain UTF-8 text, so that Tika's detection would only confirm
     * it: the first {@value #TEXT_WINDOW} bytes (an optional UTF-8 byte-order mark aside) are
     * well-formed UTF-8 without control characters other than tab, line feed, carriage return and
     * form feed (pdftotext's page break), and the text opens, after white space, with a letter or a
     * digit. Every binary format Tika knows has a control byte, or a byte outside UTF-8, in its
     * first bytes; every textual one it tells apart from plain text (markup, PDF, RTF,
     * PostScript, scripts) opens with a sign ({@code < % { # !}). The text decoder still checks
     * the whole file; this only spares the detection (Tika's magic and container detectors) that
     * would confirm plain text.
     */
    static boolean decidesPlainText(byte[] content) {
        int end = Math.min(content.length, TEXT_WINDOW);
        int i = end >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF
                ? 3 : 0;
        boolean opened = false;
        while (i < end) {
            int b = content[i] & 0xFF;
            if (b < 0x80) {
                boolean blank = b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
                if (b < 0x20 && !blank || b == 0x7F) {
                    return false;
                }
                if (!opened && !blank) {
                    if (!Character.isLetterOrDigit(b)) {
                        return false;
                    }
                    opened = true;
                }
                i++;
                continue;
            }
            int length = Utf8Bytes.validSequenceLength(content, i);
            if (length == 0) {
                return false; // not UTF-8 (an 8-bit charset, or binary): Tika and the decoder judge it
            }
            if (!opened) {
                if (!Character.isLetterOrDigit(new String(content, i, length, StandardCharsets.UTF_8).codePointAt(0))) {
                    return false;
                }
                opened = true;
            }
            i += length;
        }
        return opened;
    }

    /** Tika's type for a PDF. */
    static final MediaType PDF = MediaType.application("pdf");

    /**
     * Whether the bytes open with the PDF header ("%PDF-", ISO 32000 7.5.2), the signature Tika's
     * magic matches for {@link #PDF}: a file named .pdf that opens so needs no detection.
     */
    static boolean decidesPdf(byte[] content) {
        byte[] header = {'%', 'P', 'D', 'F', '-'};
        if (content.length < header.length) {
            return false;
        }
        for (int i = 0; i < header.length; i++) {
            if (content[i] != header[i]) {
                return false;
            }
        }
        return true;
    }

    /** True for types that say "some binary data" without naming a format. */
    static boolean isUnspecificBinary(MediaType type) {
        return MediaType.OCTET_STREAM.equals(type) || MediaType.EMPTY.equals(type);
    }
}
