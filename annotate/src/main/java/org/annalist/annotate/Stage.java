package org.annalist.annotate;

import java.util.Set;
import org.annalist.model.layer.Layer;

/**
 * One step of the annotation pipeline. A stage reads the layers it declares and adds
 * exactly one layer; it never edits another stage's layer. Stages are thread-safe and
 * hold their models, loaded once, from construction.
 *
 * @param <L> the layer this stage writes
 */
public interface Stage<L extends Layer> {

    /** {@return a short name for reports, e.g. {@code tokens}} */
    String name();

    /** {@return the layer type this stage writes} */
    Class<L> produces();

    /** {@return the layer types this stage reads; the pipeline checks them once, when built} */
    Set<Class<? extends Layer>> reads();

    /** {@return the new layer for {@code text}}; spans lie inside the document's text */
    L annotate(AnnotatedText text);
}
