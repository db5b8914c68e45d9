package org.annalist.model.layer;

import java.util.List;
import java.util.Optional;

/** The entities layer: the document's people, organisations and places. */
public record Entities(List<Entity> entities) implements Layer {
    public Entities {
        entities = List.copyOf(entities);
    }

    public Optional<Entity> byId(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
