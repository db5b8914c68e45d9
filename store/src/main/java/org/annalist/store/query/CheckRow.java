package org.annalist.store.query;

import java.util.List;
import java.util.Objects;

/**
 * An arithmetic relation the text states, recomputed in the annotate stage.
 *
 * @param stated   the document and the span of the stated result
 * @param kind     {@code difference}, {@code total} or {@code ratio}
 * @param operands the spans of the figures it is computed from
 */
public record CheckRow(SourceRef stated, String kind, double statedValue, double computed, double tolerance,
                       boolean consistent, List<SourceRef> operands, String sentence) {
    public CheckRow {
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(kind, "kind");
        operands = List.copyOf(operands);
        Objects.requireNonNull(sentence, "sentence");
    }
}
