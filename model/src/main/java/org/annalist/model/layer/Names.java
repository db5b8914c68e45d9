package org.annalist.model.layer;

import java.util.List;

/** The names layer: named-entity mentions, sorted by offset. */
public record Names(List<NameMention> mentions) implements Layer {
    public Names {
        mentions = List.copyOf(mentions);
    }
}
