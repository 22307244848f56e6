package org.polypress.ingest;

import java.io.IOException;

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

    private final Detector detector;
    private final MediaTypeRegistry registry;

    FormatDetector() {
        MimeTypes types = MimeTypes.getDefaultMimeTypes();
        this.detector = new DefaultDetector(types);
        this.registry = types.getMediaTypeRegistry();
    }

    MediaTypeRegistry registry() {
        return registry;
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
            return detector.detect(in, metadata).getBaseType();
        } catch (IOException | RuntimeException e) {
            // Detection reads in memory; a failing container detector means a damaged container.
            return MediaType.OCTET_STREAM;
        }
    }

    /** True for types that say "some binary data" without naming a format. */
    static boolean isUnspecificBinary(MediaType type) {
        return MediaType.OCTET_STREAM.equals(type) || MediaType.EMPTY.equals(type);
    }
}
