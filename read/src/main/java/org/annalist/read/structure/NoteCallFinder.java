package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.CallStyle;
import org.annalist.model.NoteCall;
import org.annalist.model.Span;

/**
 * Decides which {@link CallCandidates} are note calls. Glued, bracketed and Markdown calls
 * are calls by their form. A spaced or bare number is a call only when the running order
 * vouches for it: it continues the last call's number by one (within
 * {@value #FOLLOW_DISTANCE} characters), or it opens a run of three numbers counting up by
 * one, each within {@value #CHAIN_DISTANCE} characters of the one before; or a note with
 * its number exists and it does not fall back in the order (a bare number must also be 1,
 * opening a run). When the document has numbered notes, a note with its number must exist. Where bracketed calls are
 * in use, spaced and bare numbers are never calls (a book writes its calls one way).
 */
final class NoteCallFinder {

    static final int FOLLOW_DISTANCE = 20_000;
    static final int CHAIN_DISTANCE = 6_000;
    private static final int CHAIN_LENGTH = 3;

    private NoteCallFinder() {
    }

    /**
     * @param text        the source
     * @param paragraphs  the spans to search, in order
     * @param noteNumbers the numbered markers of the notes present (empty when none)
     */
    static List<NoteCall> find(String text, List<Span> paragraphs, Set<String> noteNumbers) {
        List<CallCandidate> candidates = new ArrayList<>();
        for (Span p : paragraphs) {
            candidates.addAll(CallCandidates.in(text, p));
        }
        boolean bracketedInUse = candidates.stream().anyMatch(c -> c.style() == CallStyle.BRACKETED);
        List<NoteCall> calls = new ArrayList<>();
        int last = -1;
        int lastEnd = -1;
        boolean[] chained = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            CallCandidate c = candidates.get(i);
            boolean accept;
            if (c.strong()) {
                accept = true;
            } else if (bracketedInUse || !noteNumbers.isEmpty() && !noteNumbers.contains(c.marker())) {
                accept = false;
            } else {
                int n = c.number();
                boolean follows = last >= 0 && n == last + 1 && c.span().start() - lastEnd <= FOLLOW_DISTANCE;
                boolean opens = n == 1 || last < 0 || n > last;
                // a spaced number before a sentence is vouched for by its note; a bare one needs the order too
                boolean noted = !noteNumbers.isEmpty() && opens
                        && (c.style() == CallStyle.SPACED || n == 1);
                accept = follows || noted || chained[i] || opensChain(candidates, i, chained);
            }
            if (accept) {
                calls.add(new NoteCall(c.span(), c.marker(), c.style(), Optional.empty()));
                if (c.number() >= 0) {
                    last = c.number();
                }
                lastEnd = c.span().end();
            }
        }
        return List.copyOf(calls);
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
