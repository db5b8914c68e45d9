package org.annalist.model.layer;

import java.util.Objects;
import org.annalist.model.Span;

/**
 * One mention of an entity: a name, a title, an epithet or a pronoun.
 *
 * @param span     the characters of the mention (a possessive {@code ’s} may be left out)
 * @param text     the covered text
 * @param kind     name, nominal or pronoun
 * @param metonymy whether a place or building name here stands for its government or agency
 */
public record Mention(Span span, String text, MentionKind kind, Metonymy metonymy) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(metonymy, "metonymy");
    }

    /** A name mention used literally. */
    public Mention(Span span, String text) {
        this(span, text, MentionKind.NAME, Metonymy.NONE);
    }

    /** {@return true when the name stands for a government or agency} */
    public boolean metonymic() {
        return metonymy != Metonymy.NONE;
    }
}
