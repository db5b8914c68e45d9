package org.annalist.model.layer;

import java.util.List;

/** The time layer: every temporal expression of the document, sorted by offset. */
public record Timexes(List<Timex> items) implements Layer {
    public Timexes {
        items = List.copyOf(items);
    }
}
