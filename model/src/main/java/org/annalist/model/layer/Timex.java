package org.annalist.model.layer;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * A temporal expression, normalised.
 *
 * @param span   the expression's characters ("Six days later")
 * @param type   TIMEX3 type
 * @param value  TIMEX3 value ({@code 1938-08-22}, {@code 1938-SU}, {@code P10D},
 *               {@code 1938-06/1938-10} for a range)
 * @param anchor the span of the expression it was resolved from, when relative
 */
public record Timex(Span span, TimexType type, String value, Optional<Span> anchor) {
    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(anchor, "anchor");
    }
}
