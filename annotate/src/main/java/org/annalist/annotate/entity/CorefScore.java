package org.annalist.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.Mention;

/**
 * The referee's entity figures ({@code shared/tools/score.py}) for one or more documents:
 * recall of gold mentions (a gold mention is found when a system mention overlaps it; the
 * one overlapping most, then nearest in its ends, stands for it), then pairwise links among
 * found mentions — {@code same}: pairs gold puts in one entity that the system also does;
 * {@code apart}: pairs gold keeps apart that the system also does. Add documents with
 * {@link #add}; the figures are sums over all of them.
 *
 * @param goldMentions  gold mentions seen
 * @param foundMentions gold mentions found
 * @param samePairs     found pairs gold links
 * @param sameKept      of those, pairs the system links too
 * @param apartPairs    found pairs gold keeps apart
 * @param apartKept     of those, pairs the system keeps apart too
 */
public record CorefScore(long goldMentions, long foundMentions, long samePairs, long sameKept, long apartPairs,
        long apartKept) {

    /** One gold entity: an id and its mentions. */
    public record GoldEntity(String id, List<Span> mentions) {
        public GoldEntity {
            Objects.requireNonNull(id, "id");
            mentions = List.copyOf(mentions);
        }
    }

    public static final CorefScore ZERO = new CorefScore(0, 0, 0, 0, 0, 0);

    /** {@return the score with the document of {@code gold} and {@code predicted} added} */
    public CorefScore add(List<GoldEntity> gold, Entities predicted) {
        record Pred(Span span, int entity) {
        }
        List<Pred> pm = new ArrayList<>();
        List<Entity> es = predicted.entities();
        for (int e = 0; e < es.size(); e++) for (Mention m : es.get(e).mentions()) pm.add(new Pred(m.span(), e));
        List<int[]> found = new ArrayList<>(); // {gold entity, predicted entity}
        List<Span> seen = new ArrayList<>();
        long golds = 0;
        for (int g = 0; g < gold.size(); g++) {
            for (Span s : gold.get(g).mentions()) {
                golds++;
                if (seen.contains(s)) continue; // the referee keys found mentions by their offsets
                Pred best = null;
                long bestKey = Long.MAX_VALUE;
                for (Pred p : pm) {
                    if (!p.span().overlaps(s)) continue;
                    int overlap = Math.min(s.end(), p.span().end()) - Math.max(s.start(), p.span().start());
                    int distance = Math.abs(p.span().start() - s.start()) + Math.abs(p.span().end() - s.end());
                    long key = -(long) overlap * 1_000_000L + distance;
                    if (key < bestKey) {
                        bestKey = key;
                        best = p;
                    }
                }
                if (best != null) {
                    seen.add(s);
                    found.add(new int[] {g, best.entity()});
                }
            }
        }
        long same = 0, sameOk = 0, apart = 0, apartOk = 0;
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                boolean goldSame = found.get(i)[0] == found.get(j)[0];
                boolean predSame = found.get(i)[1] == found.get(j)[1];
                if (goldSame) {
                    same++;
                    if (predSame) sameOk++;
                } else {
                    apart++;
                    if (!predSame) apartOk++;
                }
            }
        }
        return new CorefScore(goldMentions + golds, foundMentions + seen.size(), samePairs + same, sameKept + sameOk,
                apartPairs + apart, apartKept + apartOk);
    }

    /** {@return the share of gold mentions found} */
    public double mentionRecall() {
        return goldMentions == 0 ? 0 : (double) foundMentions / goldMentions;
    }

    /** {@return the share of gold links kept} (the referee's links_same F1: P = R here) */
    public double linksSame() {
        return samePairs == 0 ? 0 : (double) sameKept / samePairs;
    }

    /** {@return the share of gold separations kept} (the referee's links_apart F1) */
    public double linksApart() {
        return apartPairs == 0 ? 0 : (double) apartKept / apartPairs;
    }
}
