package org.annalist.annotate.time;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;
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
 */
public record Resolution(TimexType type, String value, Optional<TimeInterval> interval, Granularity granularity,
                         Optional<Span> anchor, boolean vague) {
    public Resolution {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(anchor, "anchor");
    }

    /** {@return true when the value names a whole calendar day} */
    public boolean isDay() {
        return granularity == Granularity.DAY && interval.isPresent()
                && interval.get().earliest().equals(interval.get().latest());
    }

    Resolution withAnchor(Optional<Span> a) {
        return new Resolution(type, value, interval, granularity, a, vague);
    }
}
