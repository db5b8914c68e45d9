package org.annalist.read.structure;

import java.util.List;
import java.util.function.Predicate;
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
 * <p>Which unmatched candidates are kept, and how each call finds its note, is
 * {@link CallKeeper}'s part. A document without notes keeps its strong candidates and the
 * weak ones that count up by one in a run ({@link UnnotedCalls}).
 */
final class NoteCallFinder {

    static final double DOMINANT_SHARE = 0.8;
    static final int MAX_BLOCKS_BEFORE = 3;

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
        RunningText r = RunningText.of(text, running);
        if (groups.isEmpty()) {
            return new Apparatus(UnnotedCalls.find(r.candidates()), List.of());
        }
        NoteAlignment first = align(text, r, groups, null);
        Shape family = first.dominant(r.candidates(), NoteCallFinder::family);
        NoteAlignment alignment = family == null || family == Shape.BARE ? first : align(text, r, groups, family);
        // the book's form: a bracketed or signed family, or digits glued to a word's end
        Predicate<CallCandidate> form = family != null && family != Shape.BARE ? c -> family(c.shape()) == family
                : alignment.dominant(r.candidates(), s -> s) == Shape.GLUED ? c -> c.shape() == Shape.GLUED : null;
        return new Apparatus(CallKeeper.calls(alignment, r.candidates(), form), alignment.accepted);
    }

    /** one alignment of every group with its window */
    private static NoteAlignment align(String text, RunningText r, List<NoteGroup> groups, Shape family) {
        List<CallCandidate> candidates = r.candidates();
        NoteAlignment pass = new NoteAlignment(text);
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
            String[] forms = g.notes().stream().map(n -> NoteLabel.at(text, n.span().start(), n.span().end()).map(l -> l.form(text)).orElse(null))
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
        return pass;
    }

    /**
     * may candidate {@code c} answer label {@code j} of {@code g}: in the second pass only a
     * candidate of the document's family or a strong one; for a tentative group, only a
     * call written like its label and standing in no block labelled the same way, with the
     * same punctuation (notes of one series do not call each other, nor do paragraphs
     * numbered as the group is: "1." sections are no notes of "1." labels)
     */
    private static boolean fits(RunningText r, int c, NoteGroup g, String[] forms, int j, Shape family) {
        CallCandidate cand = r.candidates().get(c);
        if (family != null && family(cand.shape()) != family && !cand.strong()) {
            return false;
        }
        if (g.certain()) {
            return true;
        }
        Shape label = g.labels().get(j);
        return cand.shape().mirrors(label) && (r.label()[c] == null || !r.label()[c].equals(forms[j]));
    }

    /**
     * a tentative group follows its calls: no more than {@value #MAX_BLOCKS_BEFORE} blocks of
     * text stand between the last call answering it and the group, or the group ends a
     * chapter or a book (a heading, or the end of the text, follows it) and its calls stand
     * in that chapter or book (no heading of the following one's rank or higher between the
     * first of them and the group)
     */
    private static boolean close(String text, RunningText r, int from, int[] match, NoteGroup g) {
        int last = -1;
        for (int m : match) {
            last = Math.max(last, m);
        }
        if (last < 0) {
            return false;
        }
        if (r.blockAt(g.span().start()) - r.block()[from + last] - 1 <= MAX_BLOCKS_BEFORE) {
            return true;
        }
        // the group ends a chapter or a book: a heading (or the text's end) follows it
        int next = r.blockAt(g.span().end());
        int ends = next == r.blocks().size() ? 1 : headingLevel(text, r.blocks().get(next));
        if (ends == 0) {
            return false;
        }
        // its notes answer that chapter's or book's calls: no heading of that rank before the group
        int first = Integer.MAX_VALUE;
        for (int m : match) {
            if (m >= 0) {
                first = Math.min(first, m);
            }
        }
        for (int b = r.blockAt(g.span().start()) - 1; b > r.block()[from + first]; b--) {
            int level = headingLevel(text, r.blocks().get(b));
            if (level > 0 && level <= ends) {
                return false;
            }
        }
        return true;
    }

    /** {@return the block's heading level, 0 when it is no heading} */
    private static int headingLevel(String text, Span block) {
        return block.length() > HeadingFinder.MAX_LENGTH ? 0
                : HeadingFinder.level(text.substring(block.start(), block.end()).replaceAll("\\s+", " "));
    }

    static int[] align(NoteGroup g, List<CallCandidate> window, NoteAligner.Fit fit) {
        return NoteAligner.align(g.notes().stream().map(Note::marker).toList(), window, fit);
    }

    /** a tentative group is notes when calls answer at least half its labels */
    static boolean answered(int[] match) {
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


}
