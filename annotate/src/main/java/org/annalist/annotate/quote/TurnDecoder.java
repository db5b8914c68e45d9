package org.annalist.annotate.quote;

import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * Decodes the speakers of a run of quotes together rather than each alone. Each quote has its
 * possible speakers, each with the ranker's score; three quotes in a row, each opening a new
 * turn, score {@link #ALTERNATION} more when the third is spoken by the first's speaker and the
 * second by someone else ({@code A, B, A}: two people talking). The best sequence is found by
 * Viterbi over pairs of neighbouring speakers. With no run (a single quote) this is the
 * ranker's own choice.
 *
 * <p>A run breaks where more than {@link #RUN_GAP} characters or a line of narrative lie between
 * two quotes. A quote on the same line (or in the same paragraph, where paragraphs are turns)
 * as the one before is that speaker's turn still, and a quote after a line holding only the
 * reporting clause of the one before ({@code “…,” said Hale.⏎“…”}) may be either's: neither
 * counts as a new turn. Stateless and thread-safe.
 */
final class TurnDecoder {

    /**
     * The score of {@code A, B, A} over three turns, in the ranker's log-odds; chosen by
     * cross-validation by document on LitBank dev (0.5 to 2 give about the same; 3 and more
     * overrule the ranker too often when reporting-clause lines count as turns).
     */
    static final double ALTERNATION = 1.5;

    /** How far apart, in characters, two quotes of one run may be. */
    static final int RUN_GAP = 400;

    /** What lies between a quote and the one before. */
    enum Boundary {
        /** the same line or paragraph: the same turn */
        SAME,
        /** a new line (or paragraph) with nothing but quotes between: a new turn */
        TURN,
        /** a new line after a line of the reporting clause of the quote before: the turn may or may not pass */
        CUE,
        /** narrative, or a long way: the run ends */
        BREAK
    }

    private TurnDecoder() {
    }

    /**
     * {@return the index of the chosen speaker of each quote among its options}
     *
     * @param options each quote's possible speakers (empty: nobody) and the score of each
     * @param bounds  the boundary before each quote (the first's is not read)
     */
    static int[] decode(List<SpeakerRanker.Options> options, List<Boundary> bounds) {
        List<double[]> scores = options.stream().map(SpeakerRanker.Options::scores).toList();
        List<List<Optional<String>>> ids = options.stream().map(SpeakerRanker.Options::speakers).toList();
        int n = scores.size();
        int[] out = new int[n];
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && bounds.get(end) != Boundary.BREAK) end++;
            run(scores, ids, bounds, start, end, out);
            start = end;
        }
        return out;
    }

    /** Viterbi over quotes {@code from} to {@code to} (exclusive), a state a pair of neighbouring speakers. */
    private static void run(List<double[]> scores, List<List<Optional<String>>> ids, List<Boundary> bounds, int from, int to,
                            int[] out) {
        if (to - from == 1) {
            out[from] = argmax(scores.get(from));
            return;
        }
        // best[k][i][j]: the best score of quotes from..k, quote k-1 spoken by its i-th, quote k by its j-th
        double[][][] best = new double[to][][];
        int[][][] back = new int[to][][];
        double[] first = scores.get(from), second = scores.get(from + 1);
        best[from + 1] = new double[first.length][second.length];
        for (int i = 0; i < first.length; i++) {
            for (int j = 0; j < second.length; j++) best[from + 1][i][j] = first[i] + second[j];
        }
        for (int k = from + 2; k < to; k++) {
            List<Optional<String>> a = ids.get(k - 2), b = ids.get(k - 1), c = ids.get(k);
            boolean turns = bounds.get(k - 1) == Boundary.TURN && bounds.get(k) == Boundary.TURN;
            best[k] = new double[b.size()][c.size()];
            back[k] = new int[b.size()][c.size()];
            for (int j = 0; j < b.size(); j++) {
                for (int l = 0; l < c.size(); l++) {
                    double top = Double.NEGATIVE_INFINITY;
                    for (int i = 0; i < a.size(); i++) {
                        boolean alternates = turns && a.get(i).isPresent() && a.get(i).equals(c.get(l))
                                && b.get(j).isPresent() && !a.get(i).equals(b.get(j));
                        double v = best[k - 1][i][j] + (alternates ? ALTERNATION : 0);
                        if (v > top) {
                            top = v;
                            back[k][j][l] = i;
                        }
                    }
                    best[k][j][l] = top + scores.get(k)[l];
                }
            }
        }
        double top = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < best[to - 1].length; j++) {
            for (int l = 0; l < best[to - 1][j].length; l++) {
                if (best[to - 1][j][l] > top) {
                    top = best[to - 1][j][l];
                    out[to - 2] = j;
                    out[to - 1] = l;
                }
            }
        }
        for (int k = to - 1; k >= from + 2; k--) out[k - 2] = back[k][out[k - 1]][out[k]];
    }

    private static int argmax(double[] v) {
        int arg = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[arg]) arg = i;
        return arg;
    }

    /**
     * {@return the boundary before quote {@code k}}
     *
     * @param turnsKnown whether a paragraph is a turn (else a line holds a sentence)
     */
    static Boundary before(String text, List<FoundQuote> speech, List<Span> paragraphs, boolean turnsKnown, int k) {
        if (k == 0) return Boundary.BREAK;
        Span a = speech.get(k - 1).span(), b = speech.get(k).span();
        if (b.start() - a.end() > RUN_GAP) return Boundary.BREAK;
        if (b.start() < a.end()) return Boundary.SAME; // a quotation inside another: the same voice
        if (turnsKnown) {
            int pa = Spans.indexHolding(paragraphs, a.end() - 1), pb = Spans.indexHolding(paragraphs, b.start());
            if (pa < 0 || pb < 0 || pb > pa + 1) return Boundary.BREAK;
            return pa == pb ? Boundary.SAME : Boundary.TURN;
        }
        String between = text.substring(a.end(), b.start());
        if (!between.contains("\n")) return Boundary.SAME;
        if (Word.in(text, a.end(), b.start()).isEmpty()) return Boundary.TURN;
        return AnsweredNames.adjacentTurns(text, a, b) ? Boundary.CUE : Boundary.BREAK;
    }
}
