package org.polypress.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.polypress.ingest.ExtractionException.Kind;

/**
 * Refuses zip containers (DOCX, ODT) that unpack to far more than they weigh, before any parser
 * touches them: too many entries, an entry whose unpacked size exceeds
 * {@link ExtractionLimits#maxCompressionRatio()} times its packed size (past a 1 MiB grace), or more
 * than {@link ExtractionLimits#maxUnpackedBytes()} in all. Reads the central directory, as the
 * parsers do, and counts the bytes actually inflated (declared sizes can lie). Stops at the first
 * violation, so a bomb is refused after inflating little more than the grace.
 */
final class ZipGuard {
    private static final int BUFFER = 64 * 1024;

    private ZipGuard() {
    }

    static void check(byte[] content, ExtractionLimits limits) throws ExtractionException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int entries = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            Enumeration<ZipArchiveEntry> all = zip.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > limits.maxZipEntries()) {
                    throw exceeded("it holds more than " + limits.maxZipEntries() + " entries");
                }
                if (entry.isDirectory() || !zip.canReadEntryData(entry)) {
                    continue;
                }
                long packed = Math.max(1, entry.getCompressedSize());
                long allowed = Math.max(ExtractionLimits.COMPRESSION_GRACE_BYTES,
                        packed * limits.maxCompressionRatio());
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        unpacked += n;
                        total += n;
                        if (unpacked > allowed) {
                            throw exceeded("its part \"" + entry.getName() + "\" unpacks to more than "
                                    + limits.maxCompressionRatio() + " times its packed size");
                        }
                        if (total > limits.maxUnpackedBytes()) {
                            throw exceeded("it unpacks to more than " + limits.maxUnpackedBytes() + " bytes");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(Kind.CORRUPT, "the file is not a readable zip container ("
                    + e.getMessage() + ")", e);
        }
    }

    private static ExtractionException exceeded(String why) {
        return new ExtractionException(Kind.LIMIT_EXCEEDED, "the file was refused as a possible zip bomb: " + why);
    }
}
