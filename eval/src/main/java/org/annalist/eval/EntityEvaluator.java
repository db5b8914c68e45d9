package org.annalist.eval;

import static org.annalist.eval.EntityMap.overlap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annalist.eval.EntityMap.Placed;
import org.annalist.eval.gold.GoldDocument;

/**
 * Entities. Mentions: recall of gold mentions that some predicted mention overlaps (gold
 * is partial, so precision is 1 whenever anything is found). Each found gold span takes the
 * predicted mention that overlaps it most, then the one whose ends lie nearest, then the
 * smallest entity id. Links: over every pair of found spans, {@code links_same} counts pairs
 * gold puts in one entity and the system does too; {@code links_apart} pairs gold keeps
 * apart and the system does too.
 */
final class EntityEvaluator implements TaskEvaluator {

    private record SpanKey(int start, int end) {
    }

    private record Pairing(String goldId, String predictedId) {
    }

    private record Hit(int negOverlap, int distance, String predictedId) {
    }

    @Override
    public void score(GoldDocument gold, GoldDocument predicted, EntityMap entities, Tally tally) {
        List<Placed> pm = EntityMap.mentions(predicted);
        List<Placed> gml = EntityMap.mentions(gold);
        // a gold span seen twice keeps its first place and its last pairing, as a Python dict does
        Map<SpanKey, Pairing> found = new LinkedHashMap<>();
        for (Placed g : gml) {
            Hit best = null;
            for (Placed p : pm) {
                if (!overlap(g.start(), g.end(), p.start(), p.end())) continue;
                Hit h = new Hit(-(Math.min(g.end(), p.end()) - Math.max(g.start(), p.start())),
                        Math.abs(p.start() - g.start()) + Math.abs(p.end() - g.end()), p.id());
                if (best == null || before(h, best)) best = h;
            }
            if (best != null) found.put(new SpanKey(g.start(), g.end()), new Pairing(g.id(), best.predictedId()));
        }
        tally.add(Task.ENTITIES_MENTIONS, found.size(), found.size(), found.size(), gml.size());
        List<Pairing> pairs = new ArrayList<>(found.values());
        int sameTp = 0;
        int sameN = 0;
        int diffTp = 0;
        int diffN = 0;
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                Pairing a = pairs.get(i);
                Pairing b = pairs.get(j);
                boolean predictedSame = Objects.equals(a.predictedId(), b.predictedId());
                if (Objects.equals(a.goldId(), b.goldId())) {
                    sameN++;
                    if (predictedSame) sameTp++;
                } else {
                    diffN++;
                    if (!predictedSame) diffTp++;
                }
            }
        }
        tally.add(Task.ENTITIES_LINKS_SAME, sameTp, sameN, sameTp, sameN);
        tally.add(Task.ENTITIES_LINKS_APART, diffTp, diffN, diffTp, diffN);
    }

    // Python's tuple order on (-overlap, distance, id)
    private static boolean before(Hit a, Hit b) {
        if (a.negOverlap() != b.negOverlap()) return a.negOverlap() < b.negOverlap();
        if (a.distance() != b.distance()) return a.distance() < b.distance();
        return Py.compare(a.predictedId(), b.predictedId()) < 0;
    }
}
