package org.annalist.annotate.claim;

import java.util.Objects;
import org.annalist.model.layer.Claim;

/**
 * A claim as the finder saw it, before its checks: its figure (for the precision), the role it
 * plays in the sentence and where its clause begins.
 *
 * @param claim       the claim
 * @param figure      its figure
 * @param role        a plain figure, a stated difference ("2,600 fewer"), a stated total
 *                    ("a total of", "in all") or a proportion ("half of", "three to one"), which no
 *                    arithmetic check adds up
 * @param clauseStart offset of the clause holding the figure (after the last {@code ;} of the
 *                    sentence before it), which tells the sides of a difference apart
 */
public record FoundClaim(Claim claim, Figure figure, Role role, int clauseStart) {

    /** What a figure does in its sentence. */
    public enum Role { PLAIN, DIFFERENCE, TOTAL, PROPORTION }

    public FoundClaim {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(role, "role");
    }
}
