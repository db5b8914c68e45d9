package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Span;

/**
 * The call candidates of the running text, each with the block it stands in and the form of
 * the label that block opens with ({@link NoteLabel#form}; null for a plain paragraph).
 *
 * @param candidates the candidates, in text order
 * @param block      for each candidate, the index of its block in {@code blocks}
 * @param label      for each candidate, the form of its block's label, or null
 * @param blocks     the blocks of running text, in order
 */
record RunningText(List<CallCandidate> candidates, int[] block, String[] label, List<Span> blocks) {

static RunningText of(String text, List<Span> blocks) {
        List<CallCandidate> candidates = new ArrayList<>();
        List<Integer> block = new ArrayList<>();
        List<String> label = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Span p = blocks.get(b);
            String opens = NoteLabel.at(text, p.start(), p.end()).map(l -> l.form(text)).orElse(null);
            for (CallCandidate c : CallCandidates.in(text, p)) {
                candidates.add(c);
                block.add(b);
                label.add(opens);
            }
        }
        return new RunningText(candidates, block.stream().mapToInt(Integer::intValue).toArray(),
                label.toArray(new String[0]), blocks);
    }

    /** {@return the index of the first block starting at or after {@code offset}} */
    int blockAt(int offset) {
        int lo = 0;
        int hi = blocks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
