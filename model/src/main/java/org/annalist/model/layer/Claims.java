package org.annalist.model.layer;

import java.util.Comparator;
import java.util.List;

/**
 * The numeric claims layer: every figure the author states (sorted by number offset) and
 * every arithmetic relation between them that the text states, recomputed.
 */
public record Claims(List<Claim> claims, List<ClaimCheck> checks) implements Layer {
    public Claims {
        claims = claims.stream().sorted(Comparator.comparing(Claim::number)).toList();
        checks = checks.stream().sorted(Comparator.comparing(ClaimCheck::stated)).toList();
    }

    /** {@return the checks that do not add up} */
    public List<ClaimCheck> inconsistent() {
        return checks.stream().filter(c -> !c.consistent()).toList();
    }
}
