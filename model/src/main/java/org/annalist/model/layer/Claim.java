package org.annalist.model.layer;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * One numeric claim: a figure the author states about a group ("The Soviets lost 792 killed").
 *
 * @param span      the claim's words, from its qualifier (or its number) to its measure
 * @param number    the characters of the figure itself ({@code 3,279}, {@code 1.5 million})
 * @param value     the figure's value; for a range ("between 50,000 and 200,000") its low end
 * @param high      a range's high end, when the figure is a range
 * @param measure   what is counted, lower case ({@code killed}, {@code troops}, {@code fewer casualties})
 * @param kind      what kind of figure it is, which ranks it in a ledger
 * @param subject   whose figure it is, an id such as {@code japanese_forces}, when the text says
 * @param qualifier how the figure is hedged ({@code more than}, {@code about})
 * @param sentence  the sentence that states it, standing for its event until an events layer exists
 * @param event     the id of the event the figure belongs to, once an events stage links it
 */
public record Claim(Span span, Span number, double value, Optional<Double> high, String measure, ClaimKind kind,
                    Optional<String> subject, Qualifier qualifier, Span sentence, Optional<String> event) {

    public Claim {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(event, "event");
        if (!span.contains(number)) {
            throw new IllegalArgumentException("number " + number + " must lie inside the claim span " + span);
        }
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            throw new IllegalArgumentException("value must be a finite non-negative number; got " + value + " at " + number);
        }
        if (high.isPresent() && !(high.get() > value) || high.isPresent() && Double.isInfinite(high.get())) {
            throw new IllegalArgumentException("a range's high end must be finite and above its low end " + value
                    + "; got " + high.get() + " at " + number);
        }
        if (measure.isBlank()) {
            throw new IllegalArgumentException("measure must not be blank; got '" + measure + "' at " + number);
        }
    }

    /** What two claims must share to be about the same thing: whose, what, and which event. */
    public record Key(String subject, String measure, String event) {
        public Key {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(event, "event");
        }
    }

    /** {@return the claim's key; an absent subject or event is the empty string} */
    public Key key() {
        return new Key(subject.orElse(""), measure, event.orElse(""));
    }

    /**
     * {@return true when {@code other} is about the same thing (same subject, measure and event,
     * each known) but states a different value}: the conflicts a cross-document store reports
     */
    public boolean disagreesWith(Claim other) {
        Key a = key();
        Key b = other.key();
        return !a.subject().isEmpty() && !a.event().isEmpty() && a.equals(b) && value != other.value;
    }

    /** A plain figure (no range) of the kind {@code kind}. */
    public Claim(Span span, Span number, double value, String measure, ClaimKind kind, Optional<String> subject,
                 Qualifier qualifier, Span sentence, Optional<String> event) {
        this(span, number, value, Optional.empty(), measure, kind, subject, qualifier, sentence, event);
    }

    /** {@return a copy belonging to the event {@code eventId}} */
    public Claim withEvent(String eventId) {
        return new Claim(span, number, value, high, measure, kind, subject, qualifier, sentence, Optional.of(eventId));
    }

    /** {@return a copy with {@code q} as qualifier} */
    public Claim withQualifier(Qualifier q) {
        return new Claim(span, number, value, high, measure, kind, subject, q, sentence, event);
    }

    /** {@return true when the figure is a range of estimates} */
    public boolean range() {
        return high.isPresent();
    }
}
