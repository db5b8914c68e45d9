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
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, List<String> roles,
        List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = mentions.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList();
    }

    /** An entity without roles. */
    public Entity(String id, EntityType type, String name, List<String> aliases, List<Mention> mentions) {
        this(id, type, name, aliases, List.of(), mentions);
    }
}
