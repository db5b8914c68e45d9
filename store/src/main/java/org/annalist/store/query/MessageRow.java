package org.annalist.store.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reported message with all its parties.
 *
 * @param source     the document and the span of the words that report it (the cue)
 * @param cue        those words
 * @param channel    how it travelled, when the text says
 * @param date       TIMEX3 value, when known
 * @param senders    who sent it, each named by the one rule of {@link EntityDirectory}
 * @param recipients to whom
 * @param sentence   the sentence that reports it
 * @param note       the endnote call of that sentence after the cue, if any
 */
public record MessageRow(SourceRef source, String cue, Optional<String> channel, Optional<String> date,
                         List<Party> senders, List<Party> recipients, String sentence, Optional<NoteRef> note) {
    public MessageRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(date, "date");
        senders = List.copyOf(senders);
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(note, "note");
    }
}
