package org.annalist.annotate.entity;

import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Metonymy;

/**
 * A mention before linking: where it is (characters and tokens), what kind it is, and what
 * the linkers need to know about it.
 *
 * @param span      the mention's characters (a possessive {@code ’s} left out)
 * @param kind      name, nominal or pronoun
 * @param type      the entity type it implies
 * @param first     its first token
 * @param last      its last token
 * @param name      for a name, its words as a full name ({@code Ivan, Marov}); else empty
 * @param roles     titles and offices given with it, lower case
 * @param gender    the gender its title or pronoun implies
 * @param head      for a nominal or pronoun, its head word in lower case; else empty
 * @param modifiers for a nominal, its modifiers in lower case ({@code chinese}); else empty
 * @param article   how a nominal is determined
 * @param plural    whether a nominal or pronoun is plural
 * @param epithet   whether a definite nominal may refer back to a person by recency
 * @param metonymy  whether a place or building name stands for its government or agency
 */
record Candidate(Span span, MentionKind kind, EntityType type, int first, int last, List<String> name,
        List<String> roles, Gender gender, String head, List<String> modifiers, Article article, boolean plural,
        boolean epithet, Metonymy metonymy) {

    /** How a nominal is determined: {@code the marshal}, {@code a general}, {@code his deputy}. */
    enum Article {
        DEFINITE, INDEFINITE, POSSESSIVE, BARE, NONE
    }

    Candidate {
        Objects.requireNonNull(span, "span");
        name = List.copyOf(name);
        roles = List.copyOf(roles);
        modifiers = List.copyOf(modifiers);
        if (last < first) throw new IllegalArgumentException("last token " + last + " < first " + first);
    }

    static Candidate name(Span span, EntityType type, int first, int last, List<String> name, List<String> roles,
            Gender gender, Metonymy metonymy) {
        return new Candidate(span, MentionKind.NAME, type, first, last, name, roles, gender, "", List.of(),
                Article.NONE, false, false, metonymy);
    }

    /** {@return the name's last word, the surname of a person} */
    String surname() {
        return name.isEmpty() ? "" : name.get(name.size() - 1);
    }

    /** {@return the name as one string} */
    String fullName() {
        return String.join(" ", name);
    }
}
