package org.annalist.annotate.quote;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * Who said a quotation's words and to whom, as entity ids, with the characters that told us.
 *
 * @param speakerId   the speaking entity, when found
 * @param addresseeId the addressed entity, when stated
 * @param cue         the speaker's mention, pronoun or label
 */
public record Attribution(Optional<String> speakerId, Optional<String> addresseeId, Optional<Span> cue) {

    public static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty(), Optional.empty());

    public Attribution {
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(addresseeId, "addresseeId");
        Objects.requireNonNull(cue, "cue");
    }

    Attribution withAddressee(Optional<String> addressee) {
        return addressee.isEmpty() ? this : new Attribution(speakerId, addressee, cue);
    }
}
