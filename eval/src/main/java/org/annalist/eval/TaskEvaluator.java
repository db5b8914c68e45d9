package org.annalist.eval;

import org.annalist.eval.gold.GoldDocument;

/**
 * Scores one family of tasks on one document pair, as {@code score_doc} in
 * {@code shared/tools/score.py} does for it.
 */
interface TaskEvaluator {

    /**
     * Adds the counts of {@code predicted} against {@code gold} to {@code tally}.
     *
     * @param entities the predicted-to-gold entity mapping of this pair
     */
    void score(GoldDocument gold, GoldDocument predicted, EntityMap entities, Tally tally);
}
