package org.polypress.ingest;

/**
 * Bounds that keep extraction fast and memory-safe whatever is dropped in the input folder.
 *
 * @param maxInputBytes       largest accepted file; larger files fail with {@code TOO_LARGE}
 * @param maxTextChars        largest accepted extracted text; more fails with {@code TOO_LARGE}
 * @param maxCompressionRatio largest ratio of unpacked to packed bytes of one entry of a DOCX/ODT
 *                            container (beyond {@link #COMPRESSION_GRACE_BYTES}); more is treated as
 *                            a zip bomb ({@code LIMIT_EXCEEDED})
 * @param maxUnpackedBytes    largest total of unpacked bytes of a DOCX/ODT container ({@code LIMIT_EXCEEDED})
 * @param maxZipEntries       largest number of entries in a DOCX/ODT container ({@code LIMIT_EXCEEDED})
 * @param maxNestingDepth     deepest element nesting accepted in a parsed document ({@code LIMIT_EXCEEDED})
 */
public record ExtractionLimits(long maxInputBytes, int maxTextChars, int maxCompressionRatio,
                               long maxUnpackedBytes, int maxZipEntries, int maxNestingDepth) {

    /** Unpacked bytes of one container entry that are never judged by their compression ratio. */
    public static final long COMPRESSION_GRACE_BYTES = 1L << 20;

    public ExtractionLimits {
        requirePositive(maxInputBytes, "maxInputBytes");
        requirePositive(maxTextChars, "maxTextChars");
        requirePositive(maxCompressionRatio, "maxCompressionRatio");
        requirePositive(maxUnpackedBytes, "maxUnpackedBytes");
        requirePositive(maxZipEntries, "maxZipEntries");
        requirePositive(maxNestingDepth, "maxNestingDepth");
    }

    /**
     * 200 MB input, 100 million characters of text, compression ratio 100 per container entry,
     * 1 GiB unpacked, 10,000 container entries, nesting depth 200.
     */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(200L * 1000 * 1000, 100_000_000, 100, 1L << 30, 10_000, 200);
    }

    /** The same limits with another input size and text length (handy for tests and small deployments). */
    public ExtractionLimits withSizes(long inputBytes, int textChars) {
        return new ExtractionLimits(inputBytes, textChars, maxCompressionRatio, maxUnpackedBytes,
                maxZipEntries, maxNestingDepth);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
