package org.annalist.model.layer;

import java.util.Comparator;
import java.util.List;

/** The hedges layer: one entry per hedged sentence, sorted by offset. */
public record Hedges(List<Hedge> hedges) implements Layer {
    public Hedges {
        hedges = hedges.stream().sorted(Comparator.comparing(Hedge::span)).toList();
    }
}
