package org.annalist.model.layer;

import java.util.Comparator;
import java.util.List;

/** The communications layer: every message the text reports, sorted by cue offset. */
public record Communications(List<Communication> items) implements Layer {
    public Communications {
        items = items.stream().sorted(Comparator.comparing(Communication::cue)).toList();
    }
}
