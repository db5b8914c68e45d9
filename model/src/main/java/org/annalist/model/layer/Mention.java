package org.annalist.model.layer;

import java.util.Objects;
import org.annalist.model.Span;

/** One mention of an entity: a name, a title, an epithet or a pronoun. */
public record Mention(Span span, String text) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
