package org.annalist.read.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Span;

/**
 * Decides which {@link CallCandidates} are note calls, by the notes the text holds.
 *
 * <p>Each group of notes (see {@link NoteGroup}) is answered by the calls of the running text
 * between the group before it and itself, its window. The group's labels are aligned with
 * the window's candidates ({@link NoteAligner}): the best monotone matching by marker and
 * weight. A tentative group (labelled blocks without a heading) is notes only when calls
 * written like its labels answer at least half of them; otherwise its blocks are text.
 *
 * <p>The alignment runs twice. The first pass finds the document's call form: the family of
 * shapes most matched calls share ({@code [1]}, {@code (1)}, {@code *1}, signs, superscripts
 * or plain digits). When one bracketed or signed family holds at least
 * {@value #DOMINANT_SHARE} of the matches, the second pass leaves out plain digits that are
 * not calls by their form, so counts and section numbers cannot stand in for a missing call.
 *
 * <p>Kept besides the matched calls: candidates that are calls by their form alone
 * ({@link CallCandidate#strong()}: a call without its note, a misprinted call, a second call
 * to one note); where the document's calls are bracketed or signed, an unmatched one of that
 * form whose number lies between the call before it and the next matched call (a note lost
 * from the etext, a second call to one note), and the one left where a single label between
 * two answered ones is unanswered (a misprinted number). A document without notes keeps its strong
 * candidates and the weak ones that count up by one in a run ({@link #noNotes}); where
 * bracketed calls are in use, a book writes its calls that way and weak ones are never calls.
 *
 * <p>Links: a matched call to its note; another kept call to the note of an earlier call with
 * its marker in the same window (two calls to one note), to the one note skipped between two
 * matched calls (a misprinted marker), else to the first note with its marker in its group or,
 * failing that, the next note with its marker when no call of its own was matched to it.
 */
final class NoteCallFinder {

    static final int FOLLOW_DISTANCE = 20_000;
    static final int CHAIN_DISTANCE = 6_000;
    private static final int CHAIN_LENGTH = 3;
    static final double DOMINANT_SHARE = 0.8;
    static final int CONTINUATION_DISTANCE = 4_000;
    static final int MAX_BLOCKS_BEFORE = 3;
    /** candidates looked back over for the call before a window */
    private static final int MAX_LOOK_BACK = 1_000;

    /** The calls found and the groups of notes that calls answered (the tentative ones among them accepted). */
    record Apparatus(List<NoteCall> calls, List<NoteGroup> groups) {
        Apparatus {
            calls = List.copyOf(calls);
            groups = List.copyOf(groups);
        }
    }

    private NoteCallFinder() {
    }

    /**
     * @param text    the source
     * @param running the blocks of running text (paragraphs, headings and the tentative
     *                groups' blocks), in order
     * @param groups  every group of notes, certain and tentative, in order
     */
    static Apparatus find(String text, List<Span> running, List<NoteGroup> groups) {
        Running r = Running.of(text, running);
        if (groups.isEmpty()) {
            return new Apparatus(noNotes(r.candidates), List.of());
        }
        Pass first = align(text, r, groups, null);
        Shape family = first.dominantFamily(r.candidates);
        Pass pass = family == null || family == Shape.BARE ? first : align(text, r, groups, family);
        return new Apparatus(pass.calls(r.candidates, family), pass.accepted);
    }

    /**
     * The running text's candidates, with the block each stands in and the shape of the label
     * that block opens with (null for a plain paragraph).
     */
    private record Running(List<CallCandidate> candidates, int[] block, String[] label, List<Span> blocks) {

        static Running of(String text, List<Span> blocks) {
            List<CallCandidate> candidates = new ArrayList<>();
            List<Integer> block = new ArrayList<>();
            List<String> label = new ArrayList<>();
            for (int b = 0; b < blocks.size(); b++) {
                Span p = blocks.get(b);
                String opens = labelForm(text, p.start(), p.end());
                for (CallCandidate c : CallCandidates.in(text, p)) {
                    candidates.add(c);
                    block.add(b);
                    label.add(opens);
                }
            }
            return new Running(candidates, block.stream().mapToInt(Integer::intValue).toArray(),
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

    /** one alignment of every group with its window */
    private static Pass align(String text, Running r, List<NoteGroup> groups, Shape family) {
        List<CallCandidate> candidates = r.candidates;
        Pass pass = new Pass(text);
        int windowStart = 0;
        int c = 0;
        for (NoteGroup g : groups) {
            // the window: candidates from the end of the last accepted group to this group
            while (c < candidates.size() && candidates.get(c).span().start() < windowStart) {
                c++;
            }
            int from = c;
            int to = from;
            while (to < candidates.size() && candidates.get(to).span().start() < g.span().start()) {
                to++;
            }
            String[] forms = g.notes().stream().map(n -> labelForm(text, n.span().start(), n.span().end()))
                    .toArray(String[]::new);
            NoteAligner.Fit fit = (i, j) -> fits(r, from + i, g, forms, j, family);
            int[] match = align(g, candidates.subList(from, to), fit);
            if (!g.certain() && !(answered(match) && close(text, r, from, match, g))) {
                if (pass.extend(g, candidates, (i, j) -> fits(r, i, g, forms, j, family))) {
                    windowStart = g.span().end();
                }
                continue;
            }
            pass.add(g, from, to, match);
            windowStart = g.span().end();
        }
        pass.tail = windowStart;
        return pass;
    }

    /**
     * may candidate {@code c} answer label {@code j} of {@code g}: in the second pass only a
     * candidate of the document's family or a strong one; for a tentative group, only a
     * call written like its label and standing in no block labelled the same way, with the
     * same punctuation (notes of one series do not call each other, nor do paragraphs
     * numbered as the group is: "1." sections are no notes of "1." labels)
     */
    private static boolean fits(Running r, int c, NoteGroup g, String[] forms, int j, Shape family) {
        CallCandidate cand = r.candidates.get(c);
        if (family != null && family(cand.shape()) != family && !cand.strong()) {
            return false;
        }
        if (g.certain()) {
            return true;
        }
        Shape label = g.labels().get(j);
        return cand.shape().mirrors(label) && (r.label[c] == null || !r.label[c].equals(forms[j]));
    }

    /**
     * {@return the shape and punctuation of the label opening {@code [start, end)}}, "DIGITS."
     * for {@code 12. text}, "ROUND()" for {@code (1) text}; null when no label opens it
     */
    static String labelForm(String text, int start, int end) {
        return NoteLabel.at(text, start, end).map(l -> l.form(text)).orElse(null);
    }

    /**
     * a tentative group follows its calls: no more than {@value #MAX_BLOCKS_BEFORE} blocks of
     * text stand between the last call answering it and the group, or the group ends a
     * chapter (a heading or the end of the text follows it) and its calls stand in that
     * chapter (no heading between the first of them and the group)
     */
    private static boolean close(String text, Running r, int from, int[] match, NoteGroup g) {
        int last = -1;
        for (int m : match) {
            last = Math.max(last, m);
        }
        if (last < 0) {
            return false;
        }
        if (r.blockAt(g.span().start()) - r.block[from + last] - 1 <= MAX_BLOCKS_BEFORE) {
            return true;
        }
        int next = r.blockAt(g.span().end());
        boolean endsChapter = next == r.blocks.size() || isHeading(text, r.blocks.get(next));
        if (!endsChapter) {
            return false;
        }
        // the chapter's notes answer the chapter's calls: none before its heading
        int first = Integer.MAX_VALUE;
        for (int m : match) {
            if (m >= 0) {
                first = Math.min(first, m);
            }
        }
        for (int b = r.blockAt(g.span().start()) - 1; b > r.block[from + first]; b--) {
            if (isHeading(text, r.blocks.get(b))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeading(String text, Span block) {
        return block.length() <= HeadingFinder.MAX_LENGTH
                && HeadingFinder.level(text.substring(block.start(), block.end()).replaceAll("\\s+", " ")) > 0;
    }

    private static int[] align(NoteGroup g, List<CallCandidate> window, NoteAligner.Fit fit) {
        return NoteAligner.align(g.notes().stream().map(Note::marker).toList(), window, fit);
    }

    /** a tentative group is notes when calls answer at least half its labels */
    private static boolean answered(int[] match) {
        int matched = 0;
        for (int m : match) {
            if (m >= 0) {
                matched++;
            }
        }
        return 2 * matched >= match.length;
    }

    /** the family of shapes a book chooses its calls from: the brackets or signs, or plain digits */
    static Shape family(Shape s) {
        return switch (s) {
            case GLUED, SPACED, BARE, DIGITS -> Shape.BARE;
            default -> s;
        };
    }

    private record Window(int from, int to, int group) {
    }

    /** the outcome of one alignment */
    private static final class Pass {
        final String text;
        final Map<Integer, Note> matches = new HashMap<>();
        final List<NoteGroup> accepted = new ArrayList<>();
        final List<int[]> matchOf = new ArrayList<>();
        final List<Window> windows = new ArrayList<>();
        int tail;

        Pass(String text) {
            this.text = text;
        }

        void add(NoteGroup g, int from, int to, int[] match) {
            for (int j = 0; j < match.length; j++) {
                if (match[j] >= 0) {
                    matches.put(from + match[j], g.notes().get(j));
                }
            }
            windows.add(new Window(from, to, accepted.size()));
            accepted.add(g);
            matchOf.add(match);
        }

        /**
         * A tentative group no call in its own window answers may continue the group before it,
         * whose last note ran over several paragraphs (a quotation in a note): its labels take up
         * the numbering of that group, it stands within {@value #CONTINUATION_DISTANCE}
         * characters, and the earlier window's calls after the last matched one answer it. Then
         * the two groups are one, the paragraphs between them part of the last note;
         * {@return whether it was}
         */
        boolean extend(NoteGroup g, List<CallCandidate> candidates, NoteAligner.Fit fit) {
            if (accepted.isEmpty()) {
                return false;
            }
            int last = accepted.size() - 1;
            NoteGroup p = accepted.get(last);
            Window w = windows.get(last);
            int[] pm = matchOf.get(last);
            Note lastNote = p.notes().get(p.notes().size() - 1);
            int lastNumber = CallCandidate.numberOf(lastNote.marker());
            if (p.certain() || g.span().start() - p.span().end() > CONTINUATION_DISTANCE || lastNumber < 0
                    || p.labels().get(p.labels().size() - 1) != g.labels().get(0)
                    || CallCandidate.numberOf(g.notes().get(0).marker()) != lastNumber + 1) {
                return false;
            }
            int after = w.from();
            for (int m : pm) {
                if (m >= 0) {
                    after = w.from() + m + 1;
                }
            }
            int base = after;
            int[] gm = align(g, candidates.subList(after, w.to()), (i, j) -> fit.test(base + i, j));
            if (!answered(gm)) {
                return false;
            }
            List<Note> notes = new ArrayList<>(p.notes().subList(0, p.notes().size() - 1));
            int end = g.span().start();
            while (end > lastNote.span().end() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            notes.add(new Note(lastNote.id(), lastNote.marker(), Span.of(lastNote.span().start(), end),
                    Span.of(lastNote.body().start(), end)));
            notes.addAll(g.notes());
            List<Shape> labels = new ArrayList<>(p.labels());
            labels.addAll(g.labels());
            int[] merged = new int[pm.length + gm.length];
            System.arraycopy(pm, 0, merged, 0, pm.length);
            for (int j = 0; j < gm.length; j++) {
                merged[pm.length + j] = gm[j] < 0 ? -1 : gm[j] + after - w.from();
                if (gm[j] >= 0) {
                    matches.put(after + gm[j], g.notes().get(j));
                }
            }
            matches.replaceAll((k, n) -> n == lastNote ? notes.get(p.notes().size() - 1) : n);
            accepted.set(last, new NoteGroup(Span.of(p.span().start(), g.span().end()), notes, labels, false));
            matchOf.set(last, merged);
            return true;
        }

        /** {@return the family holding at least the dominant share of the matched candidates}, or null */
        Shape dominantFamily(List<CallCandidate> candidates) {
            Map<Shape, Integer> counts = new HashMap<>();
            for (int i : matches.keySet()) {
                counts.merge(family(candidates.get(i).shape()), 1, Integer::sum);
            }
            for (Map.Entry<Shape, Integer> e : counts.entrySet()) {
                if (e.getValue() >= DOMINANT_SHARE * matches.size()) {
                    return e.getKey();
                }
            }
            return null;
        }

        /** {@return the calls this alignment keeps, linked} */
        List<NoteCall> calls(List<CallCandidate> candidates, Shape family) {
            SpanSet groupSpans = new SpanSet(accepted.stream().map(NoteGroup::span).toList());
            boolean[] keep = new boolean[candidates.size()];
            boolean[] outside = new boolean[candidates.size()];
            for (int i = 0; i < candidates.size(); i++) {
                outside[i] = groupSpans.contains(candidates.get(i).span().start());
                keep[i] = !outside[i] && (matches.containsKey(i) || candidates.get(i).strong());
            }
            if (family != null && family != Shape.BARE) {
                for (Window w : windows) {
                    keepInSequence(candidates, family, w, keep, outside);
                    keepMisprints(candidates, family, w, keep, outside);
                }
            }
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (keep[i]) {
                    kept.add(i);
                }
            }
            List<NoteCall> calls = new ArrayList<>();
            Map<String, String> linkedInWindow = new HashMap<>();
            int w = -1;
            for (int i : kept) {
                while (w + 1 < windows.size() && windows.get(w + 1).from() <= i) {
                    w++;
                    linkedInWindow.clear();
                }
                boolean inWindow = w >= 0 && i < windows.get(w).to();
                CallCandidate c = candidates.get(i);
                Optional<String> note = Optional.ofNullable(matches.get(i)).map(Note::id);
                if (note.isEmpty() && inWindow) {
                    note = link(candidates, i, windows.get(w), linkedInWindow, kept);
                }
                note.ifPresent(id -> linkedInWindow.putIfAbsent(c.marker(), id));
                calls.add(new NoteCall(c.span(), c.marker(), c.style(), note));
            }
            return calls;
        }

        /**
         * Keeps the unmatched candidates of the document's bracketed or signed family whose
         * number lies between the call before them and the next matched call of the window (or
         * is the next number): a call whose note is missing, a second call to one note
         */
        private void keepInSequence(List<CallCandidate> candidates, Shape family, Window w, boolean[] keep,
                                    boolean[] outside) {
            // the call before the window: the last note of the group before may be missing
            int previous = -1;
            for (int i = w.from() - 1; i >= 0 && previous < 0; i--) {
                if (keep[i] && candidates.get(i).number() >= 0) {
                    previous = candidates.get(i).number();
                }
                if (w.from() - i > MAX_LOOK_BACK) {
                    break;
                }
            }
            int[] nextMatched = new int[w.to() - w.from()];
            int next = -1;
            for (int i = w.to() - 1; i >= w.from(); i--) {
                nextMatched[i - w.from()] = next;
                if (matches.containsKey(i) && candidates.get(i).number() >= 0) {
                    next = candidates.get(i).number();
                }
            }
            for (int i = w.from(); i < w.to(); i++) {
                CallCandidate c = candidates.get(i);
                int n = c.number();
                if (!keep[i] && !outside[i] && family(c.shape()) == family && n >= 0 && previous >= 0) {
                    int following = nextMatched[i - w.from()];
                    // no next call, or the numbering restarts there: the next number only
                    int upTo = following >= previous ? following : previous + 1;
                    keep[i] = previous <= n && n <= upTo;
                }
                if (keep[i] && n >= 0) {
                    previous = n;
                }
            }
        }

        /**
         * Where one label lies unanswered between two answered ones, keeps the last unmatched
         * candidate of the document's family between their calls: its number is misprinted
         */
        private void keepMisprints(List<CallCandidate> candidates, Shape family, Window w, boolean[] keep,
                                   boolean[] outside) {
            int[] match = matchOf.get(w.group());
            for (int j = 0; j < match.length; j++) {
                if (match[j] >= 0) {
                    continue;
                }
                int before = j > 0 ? match[j - 1] : -1;
                int after = j + 1 < match.length ? match[j + 1] : w.to() - w.from();
                if (j > 0 && before < 0 || after < 0) {
                    continue;
                }
                int last = -1;
                boolean taken = false;
                for (int i = w.from() + before + 1; i < w.from() + after; i++) {
                    if (outside[i] || family(candidates.get(i).shape()) != family) {
                        continue;
                    }
                    taken |= keep[i] && !matches.containsKey(i);
                    last = keep[i] ? last : i;
                }
                if (!taken && last >= 0) {
                    keep[last] = true;
                }
            }
        }

        /** the note of a kept call the alignment left unmatched, by the rules in the class comment */
        private Optional<String> link(List<CallCandidate> candidates, int i, Window w, Map<String, String> linked,
                                      List<Integer> kept) {
            NoteGroup g = accepted.get(w.group());
            int[] match = matchOf.get(w.group());
            int local = i - w.from();
            int before = -1;
            int after = match.length;
            for (int j = 0; j < match.length; j++) {
                if (match[j] >= 0 && match[j] < local) {
                    before = j;
                } else if (match[j] > local && after == match.length) {
                    after = j;
                }
            }
            // the one note skipped between two matched calls goes to the last kept call between them
            int gapEnd = w.from() + (after < match.length ? match[after] : w.to() - w.from());
            boolean lastInGap = true;
            for (int x = java.util.Collections.binarySearch(kept, i) + 1; x < kept.size() && kept.get(x) < gapEnd; x++) {
                lastInGap &= matches.containsKey(kept.get(x));
            }
            if (after - before == 2 && match[before + 1] < 0 && lastInGap) {
                return Optional.of(g.notes().get(before + 1).id());
            }
            String marker = candidates.get(i).marker();
            if (linked.containsKey(marker)) {
                return Optional.of(linked.get(marker));
            }
            Optional<Note> own = g.notes().stream().filter(n -> n.marker().equals(marker)).findFirst();
            if (own.isPresent()) {
                return own.map(Note::id);
            }
            // a note set further on, after notes that came between (Gibbon's editor's notes): unless its own call has it
            for (int gi = w.group() + 1; gi < accepted.size(); gi++) {
                for (Note n : accepted.get(gi).notes()) {
                    if (n.marker().equals(marker)) {
                        return matches.containsValue(n) ? Optional.empty() : Optional.of(n.id());
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A document without notes: strong candidates are calls; a weak one (a number after a
     * sentence or between a word and a clause) is a call when it continues the last call's
     * number by one within {@value #FOLLOW_DISTANCE} characters or opens a run of three
     * numbers counting up by one, each within {@value #CHAIN_DISTANCE} characters of the one
     * before; never where bracketed calls are in use.
     */
    static List<NoteCall> noNotes(List<CallCandidate> all) {
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
