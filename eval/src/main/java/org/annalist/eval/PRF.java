package org.annalist.eval;

/**
 * Precision, recall and F1 counts, summed over documents as the referee sums them.
 * Precision and recall are counted separately because a prediction and a gold item may
 * match several of the other side.
 *
 * @param truePredicted predictions that match some gold item
 * @param predicted     predictions counted
 * @param foundGold     gold items some prediction matches
 * @param gold          gold items counted
 */
public record PRF(int truePredicted, int predicted, int foundGold, int gold) {

    /** No counts. */
    public static final PRF ZERO = new PRF(0, 0, 0, 0);

    public PRF {
        if (truePredicted < 0 || predicted < truePredicted || foundGold < 0 || gold < foundGold) {
            throw new IllegalArgumentException("counts must satisfy 0 <= truePredicted <= predicted and "
                    + "0 <= foundGold <= gold; got " + truePredicted + "/" + predicted + ", " + foundGold + "/" + gold);
        }
    }

    /** {@return the sum of these counts and {@code other}} */
    public PRF plus(PRF other) {
        return new PRF(truePredicted + other.truePredicted, predicted + other.predicted,
                foundGold + other.foundGold, gold + other.gold);
    }

    /** {@return truePredicted / predicted}, 0 when nothing was predicted */
    public double precision() {
        return predicted == 0 ? 0.0 : (double) truePredicted / predicted;
    }

    /** {@return foundGold / gold}, 0 when there is no gold */
    public double recall() {
        return gold == 0 ? 0.0 : (double) foundGold / gold;
    }

    /** {@return the harmonic mean of precision and recall}, 0 when both are 0 */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
