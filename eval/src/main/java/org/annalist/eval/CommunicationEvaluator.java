package org.annalist.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.eval.gold.GoldCommunication;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldEntity;

/**
 * Communications. A prediction matches a gold communication when one of its senders maps
 * (through the {@link EntityMap}) to one of the gold senders, and, where gold names a
 * recipient that is one of its entities, one of its recipients maps to such a recipient.
 * Gold parties that are not gold entity ids are ignored; a gold communication with no such
 * sender matches nothing. {@code communications.date} is recall only: matched gold
 * communications with a date whose match carries the same date.
 */
final class CommunicationEvaluator implements TaskEvaluator {

    @Override
    public void score(GoldDocument gold, GoldDocument predicted, EntityMap entities, Tally tally) {
        Set<String> gids = new HashSet<>();
        for (GoldEntity e : gold.entities()) gids.add(e.id());
        List<GoldCommunication> gc = gold.communications();
        List<GoldCommunication> pc = predicted.communications();
        tally.add(Task.COMMUNICATIONS,
                (int) pc.stream().filter(p -> gc.stream().anyMatch(g -> matches(p, g, entities, gids))).count(), pc.size(),
                (int) gc.stream().filter(g -> pc.stream().anyMatch(p -> matches(p, g, entities, gids))).count(), gc.size());
        List<GoldCommunication> dated = gc.stream().filter(g -> Py.truthy(g.date())).toList();
        int datedFound = (int) dated.stream()
                .filter(g -> pc.stream().anyMatch(p -> matches(p, g, entities, gids) && Objects.equals(p.date(), g.date())))
                .count();
        tally.add(Task.COMMUNICATIONS_DATE, 0, 0, datedFound, dated.size());
    }

    private static boolean matches(GoldCommunication p, GoldCommunication g, EntityMap entities, Set<String> gids) {
        Set<String> ps = mapped(p.senders(), entities);
        Set<String> pr = mapped(p.recipients(), entities);
        Set<String> gs = new HashSet<>(g.senders());
        gs.retainAll(gids);
        Set<String> gr = new HashSet<>(g.recipients());
        gr.retainAll(gids);
        if (gs.isEmpty() || !meets(ps, gs)) return false;
        return gr.isEmpty() || meets(pr, gr);
    }

    private static Set<String> mapped(List<String> ids, EntityMap entities) {
        Set<String> out = new HashSet<>();
        for (String id : ids) out.add(entities.get(id));
        return out;
    }

    private static boolean meets(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) return true;
        }
        return false;
    }
}
