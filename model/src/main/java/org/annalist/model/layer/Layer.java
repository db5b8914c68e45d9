package org.annalist.model.layer;

/**
 * One layer of annotation, written by exactly one stage. Layers are immutable records
 * whose spans point into the document's {@link org.annalist.model.SourceText}.
 */
public interface Layer {
}
