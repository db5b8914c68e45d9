package org.annalist.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.model.SourceDocument;
import org.annalist.model.layer.Layer;

/**
 * Stages in a fixed order. Built once (the read/write declarations are checked here),
 * then run over any number of documents, from any number of threads.
 */
public final class Pipeline {

    /** Told when each stage of a run ends; the benchmark harness listens here. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (stage, nanos, text) -> { };

        void stageDone(Stage<?> stage, long nanos, AnnotatedText after);
    }

    private final List<Stage<?>> stages;

    private Pipeline(List<Stage<?>> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * {@return a pipeline of {@code stages} in this order}; fails when a stage reads a layer
     * no earlier stage writes, or two stages write the same layer
     */
    public static Pipeline of(List<? extends Stage<?>> stages) {
        Set<Class<? extends Layer>> available = new HashSet<>();
        for (Stage<?> stage : stages) {
            for (Class<? extends Layer> needed : stage.reads()) {
                if (!available.contains(needed)) {
                    throw new IllegalArgumentException("stage " + stage.name() + " reads " + needed.getSimpleName()
                            + " but no earlier stage writes it");
                }
            }
            if (!available.add(stage.produces())) {
                throw new IllegalArgumentException("stage " + stage.name() + " writes "
                        + stage.produces().getSimpleName() + ", already written by an earlier stage");
            }
        }
        return new Pipeline(new ArrayList<>(stages));
    }

    public List<Stage<?>> stages() {
        return stages;
    }

    public AnnotatedText run(SourceDocument document) {
        return run(document, Listener.NONE);
    }

    public AnnotatedText run(SourceDocument document, Listener listener) {
        AnnotatedText text = AnnotatedText.of(document);
        for (Stage<?> stage : stages) {
            long t0 = System.nanoTime();
            Layer layer = stage.annotate(text);
            if (!stage.produces().isInstance(layer)) {
                throw new IllegalStateException("stage " + stage.name() + " returned "
                        + (layer == null ? "null" : layer.getClass().getSimpleName()) + ", declared "
                        + stage.produces().getSimpleName());
            }
            text = text.with(layer);
            listener.stageDone(stage, System.nanoTime() - t0, text);
        }
        return text;
    }
}
