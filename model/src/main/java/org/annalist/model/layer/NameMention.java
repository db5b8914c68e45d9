package org.annalist.model.layer;

import java.util.Objects;
import org.annalist.model.Span;

/** A name as the name finder saw it: {@code Lavrenti Beria}, PERSON. */
public record NameMention(Span span, EntityType type, String text) {
    public NameMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }
}
