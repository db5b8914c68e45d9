package org.annalist.cli.bench;

import java.util.Objects;

/**
 * One stage's figures over the measured runs.
 *
 * @param stage           the stage's name
 * @param totalMillis     time spent in the stage, summed over all measured runs and documents
 * @param tokensPerSecond tokens of the Tokens layer per second of this stage (0 when there is no Tokens layer)
 * @param share           this stage's fraction of the time spent in all stages, 0..1
 * @param cpuMillis       process CPU time (all threads, GC included) while the stage ran,
 *                        summed like {@code totalMillis}; {@code cpuMillis / totalMillis} is
 *                        how many cores the stage kept busy
 * @param peakHeapBytes   the highest heap use while the stage ran: the peak of each heap
 *                        memory pool, reset when the stage starts, summed over the pools
 *                        (an upper bound: the pools need not peak at the same moment)
 */
public record StageFigures(String stage, double totalMillis, double tokensPerSecond, double share, double cpuMillis,
                           long peakHeapBytes) {
    public StageFigures {
        Objects.requireNonNull(stage, "stage");
        if (totalMillis < 0 || tokensPerSecond < 0 || share < 0 || share > 1.0000001 || cpuMillis < 0 || peakHeapBytes < 0) {
            throw new IllegalArgumentException("figures must be non-negative and share 0..1; got totalMillis="
                    + totalMillis + ", tokensPerSecond=" + tokensPerSecond + ", share=" + share + ", cpuMillis=" + cpuMillis
                    + ", peakHeapBytes=" + peakHeapBytes + " for " + stage);
        }
    }
}
