package org.annalist.annotate.time;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * A stretch of years a story or one of its sections covers, in astronomical numbering (44 BC
 * is -43): the years a heading states ("Eastern Theater 1861-1863", "2006: Civil war"), or
 * the span of the body's own explicit years.
 *
 * @param first  the first year
 * @param last   the last year, not before {@code first}
 * @param month  the month the heading names with a single year ("June 479 BC: …"), or 0
 * @param source the heading that states it; empty for a frame measured over the body
 */
public record YearFrame(int first, int last, int month, Optional<Span> source) {
    public YearFrame {
        Objects.requireNonNull(source, "source");
        if (last < first) throw new IllegalArgumentException("frame ends (" + last + ") before it starts (" + first + ")");
        if (month < 0 || month > 12) throw new IllegalArgumentException("month " + month);
    }

    public static YearFrame of(int first, int last) {
        return new YearFrame(first, last, 0, Optional.empty());
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    /** {@return the year of this frame nearest to {@code year}} */
    public int nearest(int year) {
        return Math.max(first, Math.min(last, year));
    }
}
