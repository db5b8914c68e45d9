package org.annalist.eval;

import static org.annalist.eval.EntityMap.overlap;

import java.util.List;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldTimex;

/**
 * TempEval-3 style timex scoring. Extent: a prediction matches a required gold timex it
 * overlaps. Value: it also carries the same value (Python {@code str} of the predicted
 * value, so a missing one is {@code "None"}). Optional gold timexes count neither way: a
 * prediction that overlaps only optional ones is not counted.
 */
final class TimexEvaluator implements TaskEvaluator {

    @Override
    public void score(GoldDocument gold, GoldDocument predicted, EntityMap entities, Tally tally) {
        List<GoldTimex> pt = predicted.timexes();
        List<GoldTimex> req = gold.timexes().stream().filter(g -> !g.optional()).toList();
        List<GoldTimex> opt = gold.timexes().stream().filter(GoldTimex::optional).toList();
        List<GoldTimex> pcount = pt.stream().filter(p -> !(anyOverlap(p, opt) && !anyOverlap(p, req))).toList();
        int extTpP = (int) pcount.stream().filter(p -> anyOverlap(p, req)).count();
        int extTpR = (int) req.stream().filter(g -> anyOverlap(g, pt)).count();
        tally.add(Task.TIMEX_EXTENT, extTpP, pcount.size(), extTpR, req.size());
        int valTpP = (int) pcount.stream()
                .filter(p -> req.stream().anyMatch(g -> overlaps(p, g) && Py.str(p.value()).equals(g.value())))
                .count();
        int valTpR = (int) req.stream()
                .filter(g -> pt.stream().anyMatch(p -> overlaps(p, g) && Py.str(p.value()).equals(g.value())))
                .count();
        tally.add(Task.TIMEX_VALUE, valTpP, pcount.size(), valTpR, req.size());
    }

    private static boolean anyOverlap(GoldTimex t, List<GoldTimex> pool) {
        return pool.stream().anyMatch(o -> overlaps(t, o));
    }

    private static boolean overlaps(GoldTimex a, GoldTimex b) {
        return overlap(a.start(), a.end(), b.start(), b.end());
    }
}
