package org.annalist.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.annotate.Stage;
import org.annalist.model.SourceDocument;
import org.annalist.model.layer.Tokens;
import org.annalist.read.structure.PlainTextStructure;

/**
 * Runs a pipeline over documents and measures each stage: time, tokens per second, share
 * of the total and peak heap. Meant for a whole process of its own (see {@code annalist bench}),
 * not for a unit test: the figures depend on the machine and on what else runs.
 *
 * <p>The first row, {@value #STRUCTURE}, is the reader's structure step, timed on each document's
 * text before the pipeline runs. Per-stage time comes from {@link Pipeline.Listener}. Peak heap is read from the heap
 * {@link MemoryPoolMXBean}s, whose peaks are reset when each stage starts. Documents run
 * one after another; a stage may use several threads inside.
 */
public final class Benchmark {

    /**
     * The first row: the reader's structure step ({@link PlainTextStructure#detect}: layout,
     * headings, note regions, calls and links), run again on each document's text
     */
    public static final String STRUCTURE = "structure";

    private Benchmark() {
    }

    /** {@return the figures of {@code measuredRuns} runs after {@code warmupRuns}}, with no model load time */
    public static BenchmarkReport run(Pipeline pipeline, List<SourceDocument> documents, int warmupRuns, int measuredRuns) {
        return run(pipeline, documents, warmupRuns, measuredRuns, 0);
    }

    /** {@return the figures of {@code measuredRuns} runs after {@code warmupRuns}}; {@code modelLoadMillis} is reported as given */
    public static BenchmarkReport run(Pipeline pipeline, List<SourceDocument> documents, int warmupRuns,
                                      int measuredRuns, long modelLoadMillis) {
        Objects.requireNonNull(pipeline, "pipeline");
        List<SourceDocument> docs = List.copyOf(documents);
        if (docs.isEmpty()) throw new IllegalArgumentException("no documents to run");
        if (warmupRuns < 0 || measuredRuns < 1) {
            throw new IllegalArgumentException("need warmupRuns >= 0 and measuredRuns >= 1; got warmupRuns="
                    + warmupRuns + ", measuredRuns=" + measuredRuns);
        }
        if (modelLoadMillis < 0) throw new IllegalArgumentException("modelLoadMillis must be >= 0; got " + modelLoadMillis);

        for (int r = 0; r < warmupRuns; r++) {
            for (SourceDocument d : docs) {
                PlainTextStructure.detect(d.text().text());
                pipeline.run(d);
            }
        }
        System.gc();

        Recorder recorder = new Recorder(pipeline.stages());
        long tokensPerRun = 0;
        long wall = 0;
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long cpu0 = Recorder.processCpuNanos();
        for (int r = 0; r < measuredRuns; r++) {
            long runTokens = 0;
            for (SourceDocument d : docs) {
                recorder.start();
                long t0 = System.nanoTime();
                PlainTextStructure.detect(d.text().text());
                recorder.done(STRUCTURE, System.nanoTime() - t0);
                AnnotatedText out = pipeline.run(d, recorder);
                wall += System.nanoTime() - t0;
                if (out.has(Tokens.class)) runTokens += out.layer(Tokens.class).tokenCount();
            }
            tokensPerRun = runTokens;
        }
        long cpu = Recorder.processCpuNanos() - cpu0;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        long characters = docs.stream().mapToLong(d -> d.text().length()).sum();
        long allTokens = tokensPerRun * measuredRuns;
        double stageNanos = recorder.nanos.values().stream().mapToLong(Long::longValue).sum();
        List<StageFigures> figures = new ArrayList<>();
        long peak = 0;
        for (Map.Entry<String, Long> e : recorder.nanos.entrySet()) {
            long nanos = e.getValue();
            long stagePeak = recorder.peaks.get(e.getKey());
            peak = Math.max(peak, stagePeak);
            figures.add(new StageFigures(e.getKey(), nanos / 1e6, perSecond(allTokens, nanos),
                    stageNanos == 0 ? 0 : nanos / stageNanos, recorder.cpu.get(e.getKey()) / 1e6, stagePeak));
        }
        return new BenchmarkReport(docs.size(), characters, tokensPerRun, warmupRuns, measuredRuns, modelLoadMillis,
                figures, wall / 1e6, perSecond(allTokens, wall), cpu / 1e6, peak, Runtime.getRuntime().maxMemory(),
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
    }

    private static double perSecond(long count, long nanos) {
        return nanos == 0 ? 0 : count * 1e9 / nanos;
    }

    /** Sums each stage's wall and CPU time and keeps its highest heap peak. */
    private static final class Recorder implements Pipeline.Listener {
        private final Map<String, Long> nanos = new LinkedHashMap<>();
        private final Map<String, Long> cpu = new LinkedHashMap<>();
        private long cpuAtStart;
        private final Map<String, Long> peaks = new LinkedHashMap<>();
        private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
                .toList();

        Recorder(List<Stage<?>> stages) {
            nanos.put(STRUCTURE, 0L);
            cpu.put(STRUCTURE, 0L);
            peaks.put(STRUCTURE, 0L);
            for (Stage<?> s : stages) {
                nanos.put(s.name(), 0L);
                cpu.put(s.name(), 0L);
                peaks.put(s.name(), 0L);
            }
        }

        /** Called when a document's first stage is about to start. */
        void start() {
            resetPeaks();
            cpuAtStart = processCpuNanos();
        }

        private void resetPeaks() {
            for (MemoryPoolMXBean p : heapPools) p.resetPeakUsage();
        }

        /** {@return the CPU time of this process so far}, or 0 where the JVM does not tell */
        static long processCpuNanos() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return Math.max(0, os.getProcessCpuTime());
            }
            return 0;
        }

        @Override
        public void stageDone(Stage<?> stage, long stageNanos, AnnotatedText after) {
            done(stage.name(), stageNanos);
        }

        void done(String name, long stageNanos) {
            long peak = 0;
            for (MemoryPoolMXBean p : heapPools) peak += p.getPeakUsage().getUsed();
            long now = processCpuNanos();
            nanos.merge(name, stageNanos, Long::sum);
            cpu.merge(name, now - cpuAtStart, Long::sum);
            peaks.merge(name, peak, Math::max);
            resetPeaks();
            cpuAtStart = processCpuNanos();
        }
    }
}
