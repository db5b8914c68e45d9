package org.annalist.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.eval.gold.GoldClaim;
import org.annalist.eval.gold.GoldDocument;

/**
 * Numeric claims: a prediction matches a gold claim with the same value (as floats) and at
 * least one shared measure word; words are the lower-cased, whitespace-separated parts of
 * the measure, hyphens read as spaces, longer than three characters.
 */
final class ClaimEvaluator implements TaskEvaluator {

    @Override
    public void score(GoldDocument gold, GoldDocument predicted, EntityMap entities, Tally tally) {
        List<GoldClaim> gcl = gold.claims();
        List<GoldClaim> pcl = predicted.claims();
        tally.add(Task.CLAIMS,
                (int) pcl.stream().filter(p -> gcl.stream().anyMatch(g -> matches(p, g))).count(), pcl.size(),
                (int) gcl.stream().filter(g -> pcl.stream().anyMatch(p -> matches(p, g))).count(), gcl.size());
    }

    private static boolean matches(GoldClaim p, GoldClaim g) {
        if (p.value() == null || g.value() == null) return false; // float() raised in the referee
        if (p.value().doubleValue() != g.value().doubleValue()) return false;
        Set<String> shared = words(p.measure());
        shared.retainAll(words(g.measure()));
        return !shared.isEmpty();
    }

    /** {@return the measure words of {@code s}}, as {@code words} in score.py */
    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Py.split(Py.lower(s == null ? "" : s).replace("-", " "))) {
            if (Py.len(w) > 3) out.add(w);
        }
        return out;
    }
}
