package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.model.NoteCall;

/**
 * The calls of a document without notes, where no alignment can vouch for a number: strong
 * candidates, and weak ones by the running order alone (see {@link #find}).
 */
final class UnnotedCalls {

    static final int FOLLOW_DISTANCE = 20_000;
    static final int CHAIN_DISTANCE = 6_000;
    private static final int CHAIN_LENGTH = 3;

    private UnnotedCalls() {
    }

    /**
     * A document without notes: strong candidates are calls; a weak one (a number after a
     * sentence or between a word and a clause) is a call when it continues the last call's
     * number by one within {@value #FOLLOW_DISTANCE} characters or opens a run of three
     * numbers counting up by one, each within {@value #CHAIN_DISTANCE} characters of the one
     * before; never where bracketed calls are in use.
     */
    static List<NoteCall> find(List<CallCandidate> all) {
        List<CallCandidate> candidates = all.stream()
                .filter(c -> c.strong() || (c.shape() == Shape.SPACED || c.shape() == Shape.BARE)
                        && c.weight() >= 0.9 - 1e-9)
                .toList();
        boolean bracketedInUse = candidates.stream().anyMatch(c -> c.shape() == Shape.SQUARE);
        List<NoteCall> calls = new ArrayList<>();
        int last = -1;
        int lastEnd = -1;
        boolean[] chained = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            CallCandidate c = candidates.get(i);
            boolean accept;
            if (c.strong()) {
                accept = true;
            } else if (bracketedInUse) {
                accept = false;
            } else {
                boolean follows = last >= 0 && c.number() == last + 1 && c.span().start() - lastEnd <= FOLLOW_DISTANCE;
                accept = follows || chained[i] || opensChain(candidates, i, chained);
            }
            if (accept) {
                calls.add(new NoteCall(c.span(), c.marker(), c.style(), Optional.empty()));
                if (c.number() >= 0) {
                    last = c.number();
                }
                lastEnd = c.span().end();
            }
        }
        return calls;
    }

    /** marks and {@return whether} candidate {@code i} opens a counting run of weak candidates */
    private static boolean opensChain(List<CallCandidate> candidates, int i, boolean[] chained) {
        int[] members = new int[CHAIN_LENGTH];
        members[0] = i;
        int found = 1;
        int k = i + 1;
        while (found < CHAIN_LENGTH && k < candidates.size()) {
            CallCandidate prev = candidates.get(members[found - 1]);
            CallCandidate c = candidates.get(k);
            if (c.span().start() - prev.span().end() > CHAIN_DISTANCE) {
                return false;
            }
            if (!c.strong() && c.number() == prev.number() + 1) {
                members[found++] = k;
            }
            k++;
        }
        if (found < CHAIN_LENGTH) {
            return false;
        }
        for (int m : members) {
            chained[m] = true;
        }
        return true;
    }
}
