package org.annalist.store.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One deed a clause reports ({@code ordered}, {@code arrested}, {@code attacked}), with who took
 * part and when.
 *
 * @param source       the document and the span of the trigger word
 * @param type         its kind (military_action, order, appointment, …)
 * @param trigger      the trigger word
 * @param date         TIMEX3 value: the clause's own, else the narrative's at that point
 * @param place        the name of where it happened, when the clause says
 * @param participants who took part: agent, patient or recipient
 * @param sentence     the sentence that reports it
 * @param note         the endnote call of that sentence, if any
 */
public record EventRow(SourceRef source, String type, String trigger, Optional<String> date, Optional<String> place,
                       List<EventRole> participants, String sentence, Optional<NoteRef> note) {

    public EventRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        participants = List.copyOf(participants);
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(note, "note");
    }
}
