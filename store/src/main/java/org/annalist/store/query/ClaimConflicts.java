package org.annalist.store.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds figures from different documents that cannot both hold: the same subject and measure,
 * dates that may be the same (either unknown, or one within the other: {@code 1938-08} and
 * {@code 1938-08-11}), and ranges ({@link ClaimRange}) with no value in common.
 */
public final class ClaimConflicts {

    /** Sides named from the writer's point of view: "our" and "the enemy" differ from book to book. */
    private static final Set<String> RELATIVE_SUBJECTS = Set.of("our_forces", "enemy_forces");

    private ClaimConflicts() {
    }

    /** {@return the conflicting pairs among {@code claims}, in the order of the first claim, then the second} */
    public static List<ClaimConflict> among(List<ClaimRow> claims) {
        List<ClaimConflict> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimRow a = claims.get(i);
            if (!comparable(a)) continue;
            for (int j = i + 1; j < claims.size(); j++) {
                ClaimRow b = claims.get(j);
                if (comparable(b) && conflict(a, b)) out.add(new ClaimConflict(a.subject().get(), a.measure(), a, b));
            }
        }
        return out;
    }

    /** {@return true when {@code a} and {@code b}, from different documents, are about the same thing and disagree} */
    public static boolean conflict(ClaimRow a, ClaimRow b) {
        return a.source().documentId() != b.source().documentId()
                && a.subject().isPresent() && a.subject().equals(b.subject())
                && a.measure().equals(b.measure())
                && sameTime(a.date(), b.date())
                && !a.range().overlaps(b.range());
    }

    private static boolean comparable(ClaimRow c) {
        return c.subject().isPresent() && !RELATIVE_SUBJECTS.contains(c.subject().get());
    }

    private static boolean sameTime(Optional<String> a, Optional<String> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        return a.get().startsWith(b.get()) || b.get().startsWith(a.get());
    }
}
