package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns the labels of a run of notes with the call candidates of the running text before
 * them: the monotone matching (the k-th matched candidate answers an earlier label than the
 * (k+1)-th) of candidates with labels of the same marker that has the greatest total
 * candidate weight. Labels without a call and candidates without a label stay unmatched, so
 * missing calls, missing notes and numbers that are not calls cost nothing but what they
 * leave out.
 *
 * <p>A sparse weighted longest common subsequence: only pairs with equal markers are visited,
 * in candidate order, with a Fenwick tree of prefix maxima over the labels; time
 * O(P log L) for P such pairs and L labels, memory O(P).
 */
final class NoteAligner {

    /** Whether a candidate (its index in the list aligned) may answer a label, besides having its marker. */
    interface Fit {
        boolean test(int candidate, int label);
    }

    private NoteAligner() {
    }

    /**
     * {@return for each label, the index in {@code candidates} of the call that answers it, or -1}
     *
     * @param markers    the labels' markers, in the order their calls come
     * @param candidates the candidates, in text order
     * @param fit        which pairs of equal marker may be matched
     */
    static int[] align(List<String> markers, List<CallCandidate> candidates, Fit fit) {
        int labels = markers.size();
        Map<String, int[]> byMarker = new HashMap<>();
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int j = 0; j < labels; j++) {
            lists.computeIfAbsent(markers.get(j), k -> new ArrayList<>()).add(j);
        }
        lists.forEach((m, l) -> byMarker.put(m, l.stream().mapToInt(Integer::intValue).toArray()));

        // nodes of the best chains: label, candidate, previous node
        List<int[]> nodes = new ArrayList<>();
        double[] tree = new double[labels + 1];
        int[] treeNode = new int[labels + 1];
        Arrays.fill(treeNode, -1);
        double[] best = new double[labels];
        for (int c = 0; c < candidates.size(); c++) {
            CallCandidate candidate = candidates.get(c);
            int[] js = byMarker.get(candidate.marker());
            if (js == null) {
                continue;
            }
            // from the last label back, so that one candidate never answers two labels
            for (int x = js.length - 1; x >= 0; x--) {
                int j = js[x];
                if (!fit.test(c, j)) {
                    continue;
                }
                int prefix = query(tree, treeNode, j);
                double value = candidate.weight() + (prefix < 0 ? 0 : valueOf(tree, treeNode, j));
                if (value > best[j] + 1e-9) {
                    best[j] = value;
                    nodes.add(new int[] {j, c, prefix});
                    update(tree, treeNode, j + 1, value, nodes.size() - 1);
                }
            }
        }
        int[] match = new int[labels];
        Arrays.fill(match, -1);
        for (int node = query(tree, treeNode, labels); node >= 0; node = nodes.get(node)[2]) {
            match[nodes.get(node)[0]] = nodes.get(node)[1];
        }
        return match;
    }

    /** {@return the node holding the greatest value among labels {@code [0, j)}}, or -1 */
    private static int query(double[] tree, int[] treeNode, int j) {
        double bestValue = 0;
        int bestNode = -1;
        for (int i = j; i > 0; i -= i & -i) {
            if (treeNode[i] >= 0 && tree[i] > bestValue) {
                bestValue = tree[i];
                bestNode = treeNode[i];
            }
        }
        return bestNode;
    }

    private static double valueOf(double[] tree, int[] treeNode, int j) {
        double bestValue = 0;
        for (int i = j; i > 0; i -= i & -i) {
            if (treeNode[i] >= 0 && tree[i] > bestValue) {
                bestValue = tree[i];
            }
        }
        return bestValue;
    }

    private static void update(double[] tree, int[] treeNode, int i, double value, int node) {
        for (; i < tree.length; i += i & -i) {
            if (treeNode[i] < 0 || value > tree[i]) {
                tree[i] = value;
                treeNode[i] = node;
            }
        }
    }
}
