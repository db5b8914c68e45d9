package org.annalist.model.layer;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Matter;
import org.annalist.model.Span;

/**
 * A temporal expression, normalised.
 *
 * @param span        the expression's characters ("Six days later"), approximation words
 *                    directly before included ("nearly ten days")
 * @param type        TIMEX3 type
 * @param value       TIMEX3 value ({@code 1938-08-22}, {@code 1938-SU}, {@code P10D},
 *                    {@code 1938-06/1938-10} for a range, {@code PRESENT_REF})
 * @param anchor      the span of the expression it was resolved from, when relative or
 *                    underspecified
 * @param interval    the calendar days the value may cover, when it names a calendar stretch
 * @param granularity how precise the value is
 * @param mod         TIMEX3 mod ("early" → START, "nearly" → APPROX)
 * @param vague       true for deictic, vague references ("now", "soon", "previously") that
 *                    gold marks optional
 * @param certainty   how the value was reached: stated in full, completed from context, by the
 *                    story's order, or guessed
 * @param matter      whether the expression stands in the front matter, the body or the back
 *                    matter (a preface's signature date is front matter and never sets the story's time)
 */
public record Timex(Span span, TimexType type, String value, Optional<Span> anchor,
                    Optional<TimeInterval> interval, Granularity granularity, Optional<TimexMod> mod,
                    boolean vague, Certainty certainty, Matter matter) {
    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(mod, "mod");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(matter, "matter");
        if (value.isBlank()) {
            throw new IllegalArgumentException("timex value is blank at " + span);
        }
    }

    /** A timex of the body whose value is stated in full. */
    public Timex(Span span, TimexType type, String value, Optional<Span> anchor,
                 Optional<TimeInterval> interval, Granularity granularity, Optional<TimexMod> mod, boolean vague) {
        this(span, type, value, anchor, interval, granularity, mod, vague, Certainty.STATED, Matter.BODY);
    }

    /** A timex with no interval, granularity NONE, no mod, not vague, stated, in the body. */
    public Timex(Span span, TimexType type, String value, Optional<Span> anchor) {
        this(span, type, value, anchor, Optional.empty(), Granularity.NONE, Optional.empty(), false);
    }
}
