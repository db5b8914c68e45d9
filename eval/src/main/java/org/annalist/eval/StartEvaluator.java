package org.annalist.eval;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.eval.gold.GoldDocument;

/**
 * Scores a task by exact start offsets, compared as sets (duplicates count once): note
 * calls and headings.
 */
final class StartEvaluator implements TaskEvaluator {

    private final Task task;
    private final Function<GoldDocument, Set<Integer>> starts;

    private StartEvaluator(Task task, Function<GoldDocument, Set<Integer>> starts) {
        this.task = task;
        this.starts = starts;
    }

    static StartEvaluator notes() {
        return new StartEvaluator(Task.NOTES,
                d -> d.notes().stream().map(n -> n.start()).collect(Collectors.toSet()));
    }

    static StartEvaluator headings() {
        return new StartEvaluator(Task.HEADINGS,
                d -> d.headings().stream().map(h -> h.start()).collect(Collectors.toSet()));
    }

    @Override
    public void score(GoldDocument gold, GoldDocument predicted, EntityMap entities, Tally tally) {
        Set<Integer> g = starts.apply(gold);
        Set<Integer> p = starts.apply(predicted);
        int both = (int) p.stream().filter(g::contains).count();
        tally.add(task, both, p.size(), both, g.size());
    }
}
