package org.annalist.read;

/**
 * Bounds on what a reader accepts, so that hostile or accidental input is refused in
 * bounded time and memory.
 *
 * @param maxFileBytes         largest file read, in bytes (checked before reading)
 * @param maxZipEntries        most entries an EPUB may hold
 * @param maxUnzippedBytes     most bytes inflated from one EPUB, all entries together
 * @param maxCompressionRatio  largest inflated/compressed ratio of one zip entry once
 *                             it has inflated past {@link #RATIO_GRACE_BYTES}
 * @param maxPdfPages          most pages of a PDF
 */
public record ReadLimits(long maxFileBytes, int maxZipEntries, long maxUnzippedBytes,
                         int maxCompressionRatio, int maxPdfPages) {

    /** bytes an entry may inflate before its compression ratio is checked */
    public static final long RATIO_GRACE_BYTES = 1L << 20;

    /** 20 MB files, 10,000 zip entries, 200 MB unzipped, ratio 100, 2,000 PDF pages */
    public static final ReadLimits DEFAULT = new ReadLimits(20L << 20, 10_000, 200L << 20, 100, 2_000);

    public ReadLimits {
        if (maxFileBytes < 1) throw new IllegalArgumentException("maxFileBytes must be positive; got " + maxFileBytes);
        if (maxZipEntries < 1) throw new IllegalArgumentException("maxZipEntries must be positive; got " + maxZipEntries);
        if (maxUnzippedBytes < 1) {
            throw new IllegalArgumentException("maxUnzippedBytes must be positive; got " + maxUnzippedBytes);
        }
        if (maxCompressionRatio < 1) {
            throw new IllegalArgumentException("maxCompressionRatio must be positive; got " + maxCompressionRatio);
        }
        if (maxPdfPages < 1) throw new IllegalArgumentException("maxPdfPages must be positive; got " + maxPdfPages);
    }

    public ReadLimits withMaxFileBytes(long v) {
        return new ReadLimits(v, maxZipEntries, maxUnzippedBytes, maxCompressionRatio, maxPdfPages);
    }

    public ReadLimits withMaxZipEntries(int v) {
        return new ReadLimits(maxFileBytes, v, maxUnzippedBytes, maxCompressionRatio, maxPdfPages);
    }

    public ReadLimits withMaxUnzippedBytes(long v) {
        return new ReadLimits(maxFileBytes, maxZipEntries, v, maxCompressionRatio, maxPdfPages);
    }

    public ReadLimits withMaxCompressionRatio(int v) {
        return new ReadLimits(maxFileBytes, maxZipEntries, maxUnzippedBytes, v, maxPdfPages);
    }

    public ReadLimits withMaxPdfPages(int v) {
        return new ReadLimits(maxFileBytes, maxZipEntries, maxUnzippedBytes, maxCompressionRatio, v);
    }

    /** Throws unless {@code size} bytes is within {@link #maxFileBytes()}. */
    void checkFileSize(String name, long size) throws ReadException {
        if (size > maxFileBytes) {
            throw new ReadException(name, ReadException.Kind.TOO_LARGE,
                    "file is " + size + " bytes (" + megabytes(size) + "), over the " + maxFileBytes
                            + "-byte limit (" + megabytes(maxFileBytes) + ")");
        }
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
}
