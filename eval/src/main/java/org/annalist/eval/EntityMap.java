package org.annalist.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldEntity;
import org.annalist.eval.gold.GoldMention;

/**
 * Maps each predicted entity id to the gold entity id its mentions overlap most
 * ({@code entity_map} in score.py). Each overlap votes its share, the overlap length over
 * the longer of the two mentions; the highest total wins, the first gold entity voted for
 * on a tie. A predicted entity that overlaps nothing maps by name: its lower-cased name
 * equal to a gold entity's name or one of its mention texts, the first such gold entity.
 */
public final class EntityMap {

    /** A gold mention with its entity, flattened as the referee flattens them. */
    record Placed(int start, int end, String id) {
    }

    private final Map<String, String> goldIdOf;

    private EntityMap(Map<String, String> goldIdOf) {
        this.goldIdOf = goldIdOf;
    }

    /** {@return the map of {@code predicted}'s entities onto {@code gold}'s} */
    public static EntityMap of(GoldDocument gold, GoldDocument predicted) {
        List<Placed> gm = mentions(gold);
        Map<String, String> res = new HashMap<>();
        for (GoldEntity e : predicted.entities()) {
            Map<String, Double> votes = new LinkedHashMap<>();
            for (GoldMention m : e.mentions()) {
                for (Placed g : gm) {
                    if (overlap(m.start(), m.end(), g.start(), g.end())) {
                        double share = (double) (Math.min(m.end(), g.end()) - Math.max(m.start(), g.start()))
                                / Math.max(m.end() - m.start(), g.end() - g.start());
                        votes.merge(g.id(), share, Double::sum);
                    }
                }
            }
            if (!votes.isEmpty()) {
                res.put(e.id(), firstMax(votes));
            } else {
                String nm = e.name() == null ? "" : Py.lower(e.name());
                if (nm.isEmpty()) continue;
                for (GoldEntity ge : gold.entities()) {
                    if (namedAs(ge, nm)) {
                        res.put(e.id(), ge.id());
                        break;
                    }
                }
            }
        }
        return new EntityMap(res);
    }

    /** {@return the gold id for predicted id {@code id}}, null when unmapped (Python's {@code dict.get}) */
    public String get(String id) {
        return goldIdOf.get(id);
    }

    /** {@return every mention of {@code doc} with its entity id, in file order} */
    static List<Placed> mentions(GoldDocument doc) {
        List<Placed> out = new ArrayList<>();
        for (GoldEntity e : doc.entities()) {
            for (GoldMention m : e.mentions()) out.add(new Placed(m.start(), m.end(), e.id()));
        }
        return out;
    }

    static boolean overlap(int a0, int a1, int b0, int b1) {
        return a0 < b1 && b0 < a1;
    }

    // Python's max(d, key=d.get): the first key holding the greatest value
    private static String firstMax(Map<String, Double> votes) {
        String best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        boolean first = true;
        for (Map.Entry<String, Double> v : votes.entrySet()) {
            if (first || v.getValue() > bestValue) {
                best = v.getKey();
                bestValue = v.getValue();
                first = false;
            }
        }
        return best;
    }

    private static boolean namedAs(GoldEntity ge, String nm) {
        if (ge.name() != null && nm.equals(Py.lower(ge.name()))) return true;
        for (GoldMention m : ge.mentions()) {
            if (m.text() != null && nm.equals(Py.lower(m.text()))) return true;
        }
        return false;
    }
}
