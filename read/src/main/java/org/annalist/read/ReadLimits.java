package org.annalist.read;

import java.util.Locale;
import org.annalist.model.SourceFormat;

/**
 * Bounds on what a reader accepts, so that hostile or accidental input is refused in
 * bounded time and memory.
 *
 * @param maxFileBytes         largest text-format file (txt, md, html, TEI), in bytes, and
 *                             largest document inside an EPUB; checked before reading
 * @param maxPackedBytes       largest PDF or EPUB file, whose text is a small part of its
 *                             bytes (images, fonts); checked before reading
 * @param maxZipEntries        most entries an EPUB may hold
 * @param maxUnzippedBytes     most bytes inflated from one EPUB, all entries together
 * @param maxCompressionRatio  largest inflated/compressed ratio of one zip entry once
 *                             it has inflated past {@link #RATIO_GRACE_BYTES}
 * @param maxPdfPages          most pages of a PDF
 */
public record ReadLimits(long maxFileBytes, long maxPackedBytes, int maxZipEntries, long maxUnzippedBytes,
                         int maxCompressionRatio, int maxPdfPages) {

    /** bytes an entry may inflate before its compression ratio is checked */
    public static final long RATIO_GRACE_BYTES = 1L << 20;

    /**
     * 20 MB text files, 100 MB PDF and EPUB files, 10,000 zip entries, 200 MB unzipped,
     * compression ratio 100, 2,000 PDF pages
     */
    public static final ReadLimits DEFAULT = new ReadLimits(20L << 20, 100L << 20, 10_000, 200L << 20, 100, 2_000);

    public ReadLimits {
        positive("maxFileBytes", maxFileBytes);
        positive("maxPackedBytes", maxPackedBytes);
        positive("maxZipEntries", maxZipEntries);
        positive("maxUnzippedBytes", maxUnzippedBytes);
        positive("maxCompressionRatio", maxCompressionRatio);
        positive("maxPdfPages", maxPdfPages);
    }

    private static void positive(String name, long value) {
        if (value < 1) throw new IllegalArgumentException(name + " must be positive; got " + value);
    }

    public ReadLimits withMaxFileBytes(long v) {
        return new ReadLimits(v, maxPackedBytes, maxZipEntries, maxUnzippedBytes, maxCompressionRatio, maxPdfPages);
    }

    public ReadLimits withMaxPackedBytes(long v) {
        return new ReadLimits(maxFileBytes, v, maxZipEntries, maxUnzippedBytes, maxCompressionRatio, maxPdfPages);
    }

    public ReadLimits withMaxZipEntries(int v) {
        return new ReadLimits(maxFileBytes, maxPackedBytes, v, maxUnzippedBytes, maxCompressionRatio, maxPdfPages);
    }

    public ReadLimits withMaxUnzippedBytes(long v) {
        return new ReadLimits(maxFileBytes, maxPackedBytes, maxZipEntries, v, maxCompressionRatio, maxPdfPages);
    }

    public ReadLimits withMaxCompressionRatio(int v) {
        return new ReadLimits(maxFileBytes, maxPackedBytes, maxZipEntries, maxUnzippedBytes, v, maxPdfPages);
    }

    public ReadLimits withMaxPdfPages(int v) {
        return new ReadLimits(maxFileBytes, maxPackedBytes, maxZipEntries, maxUnzippedBytes, maxCompressionRatio, v);
    }

    /** {@return the largest file of {@code format} accepted, in bytes} */
    public long maxBytes(SourceFormat format) {
        return format == SourceFormat.PDF || format == SourceFormat.EPUB ? maxPackedBytes : maxFileBytes;
    }

    /** Throws unless a {@code format} file of {@code size} bytes is within its limit. */
    void checkSize(String name, SourceFormat format, long size) throws ReadException {
        long limit = maxBytes(format);
        if (size > limit) {
            throw new ReadException(name, ReadException.Kind.TOO_LARGE,
                    "file is " + size + " bytes (" + megabytes(size) + "), over the " + limit
                            + "-byte limit (" + megabytes(limit) + ")");
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
}
