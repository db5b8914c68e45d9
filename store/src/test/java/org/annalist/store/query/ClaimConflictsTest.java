package org.annalist.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimConflictsTest {

    private static ClaimRow claim(String doc, String subject, String measure, double value, String date) {
        return new ClaimRow(new SourceRef(doc.hashCode(), doc, 0, 5), Double.toString(value), Optional.of(subject), measure,
                Optional.of("casualties"), value, Optional.empty(), "exact", Optional.ofNullable(date), ClaimRange.of(value, "exact"), "", Optional.empty());
    }

    @Test
    void differentFiguresForTheSameSideAndMeasureInTwoDocumentsConflict() {
        ClaimRow a = claim("a.txt", "union_forces", "killed", 3_155, "1863-07");
        ClaimRow b = claim("b.txt", "union_forces", "killed", 3_100, "1863-07-03");

        assertThat(ClaimConflicts.among(List.of(a, b))).containsExactly(new ClaimConflict("union_forces", "killed", a, b));
    }

    @Test
    void figuresOfOneDocumentOtherMeasuresOtherDatesOrRelativeSidesDoNotConflict() {
        ClaimRow a = claim("a.txt", "union_forces", "killed", 3_155, "1863-07");

        assertThat(ClaimConflicts.among(List.of(a, claim("a.txt", "union_forces", "killed", 1_000, null)))).isEmpty();
        assertThat(ClaimConflicts.among(List.of(a, claim("b.txt", "union_forces", "wounded", 1_000, null)))).isEmpty();
        assertThat(ClaimConflicts.among(List.of(a, claim("b.txt", "union_forces", "killed", 1_000, "1864-05")))).isEmpty();
        assertThat(ClaimConflicts.among(List.of(claim("a.txt", "enemy_forces", "killed", 5, null),
                claim("b.txt", "enemy_forces", "killed", 900, null)))).isEmpty();
    }
}
