package org.annalist.eval;

import java.util.List;
import java.util.Objects;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldQuote;

/**
 * Quotations. Detection: starts within 2 characters. Speaker: among quotes with a speaker
 * on both sides, detection plus the predicted speaker mapping to the gold speaker through
 * the {@link EntityMap}.
 */
final class QuoteEvaluator implements TaskEvaluator {

    @Override
    public void score(GoldDocument gold, GoldDocument predicted, EntityMap entities, Tally tally) {
        List<GoldQuote> gq = gold.quotes();
        List<GoldQuote> pq = predicted.quotes();
        tally.add(Task.QUOTES_DETECT,
                (int) pq.stream().filter(p -> gq.stream().anyMatch(g -> near(p, g))).count(), pq.size(),
                (int) gq.stream().filter(g -> pq.stream().anyMatch(p -> near(p, g))).count(), gq.size());
        List<GoldQuote> gs = gq.stream().filter(g -> Py.truthy(g.speaker())).toList();
        List<GoldQuote> ps = pq.stream().filter(p -> Py.truthy(p.speaker())).toList();
        tally.add(Task.QUOTES_SPEAKER,
                (int) ps.stream().filter(p -> gs.stream().anyMatch(g -> speakerOk(p, g, entities))).count(), ps.size(),
                (int) gs.stream().filter(g -> ps.stream().anyMatch(p -> speakerOk(p, g, entities))).count(), gs.size());
    }

    private static boolean near(GoldQuote p, GoldQuote g) {
        return Math.abs(p.start() - g.start()) <= 2;
    }

    private static boolean speakerOk(GoldQuote p, GoldQuote g, EntityMap entities) {
        return near(p, g) && Objects.equals(entities.get(p.speaker()), g.speaker());
    }
}
