package org.annalist.model.layer;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place of one document, with every mention found.
 *
 * @param id       stable within the document, e.g. {@code stalin}
 * @param type     its kind
 * @param name     canonical name (the longest proper name seen)
 * @param aliases  other names it goes by in the text
 * @param roles    titles, ranks and offices the text gives it ({@code marshal},
 *                 {@code air force commander}), lower case, in order of first use
 * @param mentions its mentions, sorted by offset
 * @param narrator true for the person who writes or tells the text: the first-person
 *                 {@code I}, {@code me}, {@code my} outside quotations. Set apart so that later
 *                 stages and readers can tell the memoirist from a historian who says
 *                 {@code I} only in a preface; only a {@link EntityType#PERSON} can narrate
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, List<String> roles,
        List<Mention> mentions, boolean narrator) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (narrator && type != EntityType.PERSON) {
            throw new IllegalArgumentException("a narrator is a PERSON, got " + type + " for " + id);
        }
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = mentions.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
    }

    /** An entity that does not narrate. */
    public Entity(String id, EntityType type, String name, List<String> aliases, List<String> roles,
            List<Mention> mentions) {
        this(id, type, name, aliases, roles, mentions, false);
    }

    /** An entity without roles. */
    public Entity(String id, EntityType type, String name, List<String> aliases, List<Mention> mentions) {
        this(id, type, name, aliases, List.of(), mentions);
    }
}
