package org.annalist.model.layer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * One deed a clause reports.
 *
 * @param evidence     the sentence
 * @param trigger      the word that names the deed ({@code arrested}, {@code ordered})
 * @param type         its kind
 * @param participants who took part, by role
 * @param date         TIMEX3 value: the clause's own, else the narrative's at that point
 * @param placeId      the {@link Entity#id()} of where it happened, when the clause says
 */
public record Event(Span evidence, Span trigger, EventType type, List<Participant> participants,
                    Optional<String> date, Optional<String> placeId) {
    public Event {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(type, "type");
        participants = List.copyOf(participants);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(placeId, "placeId");
        if (!evidence.contains(trigger)) {
            throw new IllegalArgumentException("trigger " + trigger + " lies outside its evidence " + evidence);
        }
    }

    /** {@return the entity ids playing {@code role}} */
    public List<String> inRole(Participant.Role role) {
        return participants.stream().filter(p -> p.role() == role).map(Participant::entityId).toList();
    }
}
