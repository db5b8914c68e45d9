package org.annalist.store.query;

import java.util.Objects;
import java.util.Optional;

/**
 * One sender→recipient pair of one reported message. A message to three recipients gives three
 * edges with the same source; a message whose recipients the text does not name gives one edge
 * with no recipient.
 *
 * @param source    the document and the span of the words that report it (the cue: "telephoned", "memo")
 * @param cue       those words
 * @param channel   how it travelled, when the text says
 * @param date      TIMEX3 value, when known
 * @param sentence  the sentence that reports it
 * @param note      the endnote call of that sentence after the cue, if any
 */
public record NetworkEdge(Party sender, Optional<Party> recipient, SourceRef source, String cue,
                          Optional<String> channel, Optional<String> date, String sentence, Optional<NoteRef> note) {
    public NetworkEdge {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(note, "note");
    }
}
