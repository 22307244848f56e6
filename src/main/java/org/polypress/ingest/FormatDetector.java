package org.polypress.ingest;

import java.io.IOException;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Media-type detection with Tika's default detector (magic bytes, container inspection for zip
 * and OLE files, and the file name as a hint). Thread-safe; built once.
 */
final class FormatDetector {
    /** Tika's type for an encrypted OOXML file (an OLE container wrapping the encrypted package). */
    static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");

    private final Detector detector;
    private final MediaTypeRegistry registry;

    FormatDetector() {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.registry = config.getMediaTypeRegistry();
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
