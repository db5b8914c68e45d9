package org.annalist.annotate.time;

import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.TimexMod;

/**
 * A temporal expression the finder detected, not yet placed on the timeline.
 *
 * @param span the expression's characters in the source (approximation words included)
 * @param expr what it says
 * @param mod  an approximation or part-of-period modifier read from the extent
 */
public record Candidate(Span span, TimeExpr expr, Optional<TimexMod> mod) {
    public Candidate {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(expr, "expr");
        Objects.requireNonNull(mod, "mod");
    }

    public Candidate(Span span, TimeExpr expr) {
        this(span, expr, Optional.empty());
    }

    Candidate withSpan(Span s) {
        return new Candidate(s, expr, mod);
    }

    Candidate withMod(TimexMod m) {
        return new Candidate(span, expr, Optional.of(m));
    }

    Candidate withExpr(TimeExpr e) {
        return new Candidate(span, e, mod);
    }
}
