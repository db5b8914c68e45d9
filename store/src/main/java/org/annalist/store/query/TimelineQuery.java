package org.annalist.store.query;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.annalist.annotate.time.TimexValue;

/**
 * Which timeline rows to list.
 *
 * @param entity rows whose sentence mentions this collection entity (by name or alias)
 * @param from   rows whose interval ends on or after this day
 * @param to     rows whose interval starts on or before this day
 * @param outsideFrame only the dates outside their document's frame ({@link TimelineRow#outsideFrame()}); the
 *               other views (events, network, claims) ignore it
 */
public record TimelineQuery(Optional<String> entity, Optional<LocalDate> from, Optional<LocalDate> to, boolean outsideFrame) {

    public static final TimelineQuery ALL = new TimelineQuery(Optional.empty(), Optional.empty(), Optional.empty());

    /** A query of every row the entity and days select. */
    public TimelineQuery(Optional<String> entity, Optional<LocalDate> from, Optional<LocalDate> to) {
        this(entity, from, to, false);
    }

    public TimelineQuery {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("--to " + to.get() + " is before --from " + from.get());
        }
    }

    /**
     * {@return true when the query has no days, or the TIMEX3 {@code date} (any with days: 1938,
     * 1938-08, 1938-SU, 1938-08-16) meets them}
     */
    public boolean meets(Optional<String> date) {
        if (from.isEmpty() && to.isEmpty()) return true;
        Optional<LocalDate[]> days = date.flatMap(TimelineQuery::days);
        if (days.isEmpty()) return false;
        if (from.isPresent() && days.get()[1].isBefore(from.get())) return false;
        return to.isEmpty() || !days.get()[0].isAfter(to.get());
    }

    /** {@return the first and last day of a TIMEX3 value} (a day, month, season, half, quarter, year, …), if it has them */
    static Optional<LocalDate[]> days(String value) {
        return TimexValue.parse(value).map(p -> new LocalDate[] {p.interval().earliest(), p.interval().latest()});
    }
}
