package org.annalist.store.query;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which timeline rows to list.
 *
 * @param entity rows whose sentence mentions this collection entity (by name or alias)
 * @param from   rows whose interval ends on or after this day
 * @param to     rows whose interval starts on or before this day
 */
public record TimelineQuery(Optional<String> entity, Optional<LocalDate> from, Optional<LocalDate> to) {

    public static final TimelineQuery ALL = new TimelineQuery(Optional.empty(), Optional.empty(), Optional.empty());

    public TimelineQuery {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("--to " + to.get() + " is before --from " + from.get());
        }
    }
}
