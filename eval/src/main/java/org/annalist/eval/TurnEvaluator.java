package org.annalist.eval;

import java.util.HashSet;
import java.util.Set;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldTurn;

/**
 * Transcript turns: the same start offset and a speaker that maps to the gold speaker
 * through the {@link EntityMap}, compared as sets of (start, speaker).
 */
final class TurnEvaluator implements TaskEvaluator {

    private record Key(int start, String speaker) {
    }

    @Override
    public void score(GoldDocument gold, GoldDocument predicted, EntityMap entities, Tally tally) {
        Set<Key> gtt = new HashSet<>();
        for (GoldTurn t : gold.transcriptTurns()) gtt.add(new Key(t.start(), t.speaker()));
        Set<Key> ptt = new HashSet<>();
        for (GoldTurn t : predicted.transcriptTurns()) ptt.add(new Key(t.start(), entities.get(t.speaker())));
        int both = (int) ptt.stream().filter(gtt::contains).count();
        tally.add(Task.TRANSCRIPT_TURNS, both, ptt.size(), both, gtt.size());
    }
}
