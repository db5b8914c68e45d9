package org.annalist.annotate.time;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Certainty;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.TimeInterval;
import org.annalist.model.layer.TimexType;

/**
 * A candidate placed on the timeline.
 *
 * @param type        TIMEX3 type
 * @param value       TIMEX3 value; {@code X} digits where the text leaves them open
 * @param interval    the days the value may cover, when it names a calendar stretch
 * @param granularity how precise the value is
 * @param anchor      the span of the expression it counted from, for relative and
 *                    underspecified expressions
 * @param vague       true for deictic references ("now", "soon")
 * @param certainty   how the value was reached
 */
public record Resolution(TimexType type, String value, Optional<TimeInterval> interval, Granularity granularity,
                         Optional<Span> anchor, boolean vague, Certainty certainty) {
    public Resolution {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(certainty, "certainty");
    }

    /** A resolution whose value the expression states in full. */
    public Resolution(TimexType type, String value, Optional<TimeInterval> interval, Granularity granularity,
                      Optional<Span> anchor, boolean vague) {
        this(type, value, interval, granularity, anchor, vague, Certainty.STATED);
    }

    /** {@return true when the value names a whole calendar day} */
    public boolean isDay() {
        return granularity == Granularity.DAY && interval.isPresent()
                && interval.get().earliest().equals(interval.get().latest());
    }

    Resolution withAnchor(Optional<Span> a) {
        return new Resolution(type, value, interval, granularity, a, vague, certainty);
    }

    Resolution withCertainty(Certainty c) {
        return new Resolution(type, value, interval, granularity, anchor, vague, c);
    }

    /** {@return this resolution, no surer than {@code c}} */
    Resolution atMost(Certainty c) {
        return c.compareTo(certainty) > 0 ? withCertainty(c) : this;
    }
}
