package org.annalist.read.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** The alignment of labels with call candidates: monotone, by marker, of greatest weight. */
class NoteAlignerTest {

    @Test
    void the_heavier_of_two_candidates_with_one_marker_answers_the_label() {
        List<CallCandidate> candidates = List.of(cand(0, "1", 0.15), cand(10, "1", 0.9), cand(20, "2", 0.5),
                cand(30, "4", 0.9));

        int[] match = NoteAligner.align(List.of("1", "2", "3"), candidates, (c, j) -> true);

        assertThat(match).containsExactly(1, 2, -1);
    }

    @Test
    void a_restart_of_the_numbering_is_followed_in_order() {
        List<CallCandidate> candidates = List.of(cand(0, "1", 1), cand(10, "2", 1), cand(20, "1", 1), cand(30, "2", 1));

        assertThat(NoteAligner.align(List.of("1", "2", "1", "2"), candidates, (c, j) -> true)).containsExactly(0, 1, 2, 3);
        assertThat(NoteAligner.align(List.of("1", "2", "1", "2"), candidates, (c, j) -> c != 2)).containsExactly(0, 1, -1, 3);
    }

    @Provide
    Arbitrary<List<String>> markers() {
        return Arbitraries.of("1", "2", "3", "4").list().ofMaxSize(7);
    }

    @Provide
    Arbitrary<List<Double>> weights() {
        return Arbitraries.of(0.15, 0.5, 0.9, 1.0).list().ofMaxSize(7);
    }

    @Property(tries = 500)
    void the_matching_is_monotone_by_marker_and_as_heavy_as_any(@ForAll("markers") List<String> labels,
            @ForAll("markers") List<String> written, @ForAll("weights") List<Double> weights) {
        List<CallCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            candidates.add(cand(10 * i, written.get(i), i < weights.size() ? weights.get(i) : 1.0));
        }
        int[] match = NoteAligner.align(labels, candidates, (c, j) -> true);

        int last = -1;
        double total = 0;
        for (int j = 0; j < match.length; j++) {
            if (match[j] < 0) {
                continue;
            }
            assertThat(match[j]).isGreaterThan(last);
            assertThat(candidates.get(match[j]).marker()).isEqualTo(labels.get(j));
            last = match[j];
            total += candidates.get(match[j]).weight();
        }
        assertThat(total).isGreaterThanOrEqualTo(best(labels, candidates, 0, 0) - 1e-9);
    }

    /** the heaviest monotone matching, by brute force */
    private static double best(List<String> labels, List<CallCandidate> candidates, int j, int c) {
        if (j == labels.size() || c == candidates.size()) {
            return 0;
        }
        double skipLabel = best(labels, candidates, j + 1, c);
        double skipCandidate = best(labels, candidates, j, c + 1);
        double take = candidates.get(c).marker().equals(labels.get(j))
                ? candidates.get(c).weight() + best(labels, candidates, j + 1, c + 1) : 0;
        return Math.max(take, Math.max(skipLabel, skipCandidate));
    }

    private static CallCandidate cand(int at, String marker, double weight) {
        return new CallCandidate(Span.of(at, at + marker.length()), marker, Shape.BARE, weight);
    }
}
