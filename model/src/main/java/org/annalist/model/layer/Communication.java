package org.annalist.model.layer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * One message the text reports: who told whom, how and when.
 *
 * @param evidence     the sentence that reports it
 * @param cue          the words that told us (a verb such as {@code radioed}, a noun such as
 *                     {@code memo})
 * @param act          what the message does (an order, a request, a declaration, …)
 * @param senderIds    {@link Entity#id()}s of who sent it; never empty
 * @param recipientIds {@link Entity#id()}s of whom it went to; empty when the text names no
 *                     entity for them, and for a public act ({@code proclaimed}) addressed to no one
 * @param channel      how it travelled, when the text says
 * @param date         TIMEX3 value at the granularity the text supports, when known
 * @param dateSource   the timex the date was taken from
 * @param quote        the span of the quotation giving its content, when quoted
 */
public record Communication(Span evidence, Span cue, SpeechAct act, List<String> senderIds,
                            List<String> recipientIds, Optional<Channel> channel, Optional<String> date, Optional<Span> dateSource,
                            Optional<Span> quote) {
    public Communication {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(act, "act");
        senderIds = List.copyOf(senderIds);
        recipientIds = List.copyOf(recipientIds);
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateSource, "dateSource");
        Objects.requireNonNull(quote, "quote");
        if (senderIds.isEmpty()) {
            throw new IllegalArgumentException("communication without a sender at " + cue);
        }
        if (!evidence.contains(cue)) {
            throw new IllegalArgumentException("cue " + cue + " lies outside its evidence " + evidence);
        }
    }
}
