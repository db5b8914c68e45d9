package org.annalist.cli.bench;

import java.util.List;
import java.util.Locale;

/**
 * What {@link Benchmark#run} measured. Plain fields only, so it serialises to JSON as is.
 *
 * @param documents            documents per run
 * @param characters           characters per run
 * @param tokens               tokens per run (from the Tokens layer)
 * @param warmupRuns           runs made before measuring
 * @param measuredRuns         runs measured
 * @param modelLoadMillis      the time to load the models, as measured by the caller
 * @param stages               the structure step, then per stage, in pipeline order
 * @param endToEndMillis       wall time of the measured runs, the structure step, masking and all stages included
 * @param endToEndTokensPerSecond tokens of all measured runs per second of {@code endToEndMillis}
 * @param endToEndCpuMillis    process CPU time of the measured runs (all threads)
 * @param peakHeapBytes        the highest stage peak (see {@link StageFigures#peakHeapBytes()})
 * @param maxHeapBytes         the heap limit of the JVM ({@code -Xmx})
 * @param processors           processors available to the JVM
 * @param loadAverageBefore    the system load average (1 minute) before the measured runs; a
 *                             value above {@code processors} means other processes competed
 * @param loadAverageAfter     the same after the measured runs
 */
public record BenchmarkReport(
        int documents,
        long characters,
        long tokens,
        int warmupRuns,
        int measuredRuns,
        long modelLoadMillis,
        List<StageFigures> stages,
        double endToEndMillis,
        double endToEndTokensPerSecond,
        double endToEndCpuMillis,
        long peakHeapBytes,
        long maxHeapBytes,
        int processors,
        double loadAverageBefore,
        double loadAverageAfter) {

    public BenchmarkReport {
        stages = List.copyOf(stages);
    }

    /** {@return this report with the caller's model load time} */
    public BenchmarkReport withModelLoadMillis(long millis) {
        return new BenchmarkReport(documents, characters, tokens, warmupRuns, measuredRuns, millis, stages,
                endToEndMillis, endToEndTokensPerSecond, endToEndCpuMillis, peakHeapBytes, maxHeapBytes, processors,
                loadAverageBefore, loadAverageAfter);
    }

    /** {@return a plain-text table of the figures} */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "documents %d, characters %,d, tokens %,d per run; %d warm-up, %d measured runs; %d processors, max heap %s%n",
                documents, characters, tokens, warmupRuns, measuredRuns, processors, mib(maxHeapBytes)));
        b.append(String.format(Locale.ROOT, "model load %,d ms; load average %.2f before, %.2f after%n",
                modelLoadMillis, loadAverageBefore, loadAverageAfter));
        b.append(String.format(Locale.ROOT, "%-12s %12s %12s %7s %12s %6s %12s%n",
                "stage", "total ms", "tokens/s", "share", "cpu ms", "cores", "peak heap"));
        for (StageFigures s : stages) {
            b.append(String.format(Locale.ROOT, "%-12s %,12.0f %,12.0f %6.1f%% %,12.0f %6.2f %12s%n",
                    s.stage(), s.totalMillis(), s.tokensPerSecond(), 100 * s.share(), s.cpuMillis(),
                    cores(s.cpuMillis(), s.totalMillis()), mib(s.peakHeapBytes())));
        }
        b.append(String.format(Locale.ROOT, "%-12s %,12.0f %,12.0f %7s %,12.0f %6.2f %12s%n",
                "end to end", endToEndMillis, endToEndTokensPerSecond, "", endToEndCpuMillis,
                cores(endToEndCpuMillis, endToEndMillis), mib(peakHeapBytes)));
        return b.toString();
    }

    private static double cores(double cpu, double wall) {
        return wall == 0 ? 0 : cpu / wall;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }
}
