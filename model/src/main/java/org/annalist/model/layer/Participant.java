package org.annalist.model.layer;

import java.util.Objects;

/**
 * An entity taking part in an event.
 *
 * @param role     what it does there
 * @param entityId its {@link Entity#id()}
 */
public record Participant(Role role, String entityId) {

    /** The part an entity plays. */
    public enum Role { AGENT, PATIENT, RECIPIENT }

    public Participant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(entityId, "entityId");
    }
}
