package org.annalist.eval;

import java.util.EnumMap;
import java.util.Map;

/** Counts per task while the referee walks the documents; not shared between threads. */
final class Tally {

    private final Map<Task, PRF> counts = new EnumMap<>(Task.class);

    Tally() {
        for (Task t : Task.values()) counts.put(t, PRF.ZERO);
    }

    /** Adds one document's counts for {@code task}, in the referee's argument order. */
    void add(Task task, int truePredicted, int predicted, int foundGold, int gold) {
        counts.merge(task, new PRF(truePredicted, predicted, foundGold, gold), PRF::plus);
    }

    PRF get(Task task) {
        return counts.get(task);
    }
}
