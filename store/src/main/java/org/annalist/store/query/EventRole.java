package org.annalist.store.query;

import java.util.Objects;

/**
 * An entity in one role of an event or a message.
 *
 * @param role  agent, patient or recipient (of an event); sender or recipient (of a message)
 * @param party the entity: its collection entity when resolved, else its document entity
 */
public record EventRole(String role, Party party) {
    public EventRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(party, "party");
    }
}
