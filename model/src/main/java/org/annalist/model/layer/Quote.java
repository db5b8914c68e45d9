package org.annalist.model.layer;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * One quotation.
 *
 * @param span        from the opening mark to the closing mark inclusive (to the paragraph's
 *                    end when the quote is left open; for a transcript turn, the words after
 *                    the label)
 * @param kind        what the quotation does
 * @param speakerId   the {@link Entity#id()} of who said or wrote the words, when known
 * @param addresseeId the {@link Entity#id()} of whom the words were addressed to, when stated
 * @param cue         the characters that told us the speaker (a name, a pronoun, a label)
 * @param depth       0 for a top-level quote, 1 for a quote inside it, and so on
 * @param closed      false when the quote runs to the end of its paragraph without a closing mark
 */
public record Quote(Span span, QuoteKind kind, Optional<String> speakerId, Optional<String> addresseeId,
                    Optional<Span> cue, int depth, boolean closed) {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(addresseeId, "addresseeId");
        Objects.requireNonNull(cue, "cue");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be non-negative; got depth=" + depth + " for " + span);
        }
    }

    /** {@return a closed top-level quote of {@code kind} with no speaker} */
    public static Quote of(Span span, QuoteKind kind) {
        return new Quote(span, kind, Optional.empty(), Optional.empty(), Optional.empty(), 0, true);
    }

    /** {@return a copy with {@code speakerId} as speaker, told by {@code cue}} */
    public Quote withSpeaker(String speakerId, Span cue) {
        return new Quote(span, kind, Optional.of(speakerId), addresseeId, Optional.of(cue), depth, closed);
    }

    /** {@return a copy with {@code addresseeId} as addressee} */
    public Quote withAddressee(String addresseeId) {
        return new Quote(span, kind, speakerId, Optional.of(addresseeId), cue, depth, closed);
    }
}
