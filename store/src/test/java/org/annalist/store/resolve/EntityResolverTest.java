package org.annalist.store.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private static EntityResolver.Member member(long doc, String type, String name, Set<String> context, Set<String> roles) {
        return new EntityResolver.Member(doc, NameKey.of(name), type, name, 3, List.of(), true, context, roles, Set.of());
    }

    @Test
    void aFullNameOfOneTypeMergesEvenWithNoContextInCommon() {
        var a = member(1, "PERSON", "Mary Holt", Set.of("anna reed"), Set.of());
        var b = member(2, "PERSON", "Mary Holt", Set.of("ned cole"), Set.of());

        assertThat(EntityResolver.confidence(a, b)).isEqualTo(0.65).isGreaterThanOrEqualTo(EntityResolver.THRESHOLD);
        assertThat(EntityResolver.group(List.of(a, b))).hasSize(1);
    }

    @Test
    void sharedCompanyAndARoleRaiseAOneWordPersonAboveTheThreshold() {
        var alone = member(1, "PERSON", "Holt", Set.of("anna reed", "reed"), Set.of("general"));
        var stranger = member(2, "PERSON", "Holt", Set.of("ned cole", "cole"), Set.of("general"));
        var friend = member(3, "PERSON", "Holt", Set.of("anna reed", "reed", "tom pike"), Set.of("general"));

        assertThat(EntityResolver.confidence(alone, stranger)).isLessThan(EntityResolver.THRESHOLD);
        assertThat(EntityResolver.confidence(alone, friend)).isEqualTo(0.965);
        var groups = EntityResolver.group(List.of(alone, stranger, friend));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).members).containsExactly(alone, friend);
        assertThat(groups.get(0).confidence()).isEqualTo(0.965);
        assertThat(groups.get(1).confidence()).isEqualTo(1.0);
    }

    @Test
    void aOneWordPlaceWithDifferentNeighboursStaysApartButMergesWhenNothingIsKnown() {
        var ohio = member(1, "GPE", "Cairo", Set.of("illinois", "paducah"), Set.of());
        var nile = member(2, "GPE", "Cairo", Set.of("egypt", "alexandria"), Set.of());
        var bare = member(3, "GPE", "Cairo", Set.of(), Set.of());

        assertThat(EntityResolver.confidence(ohio, nile)).isEqualTo(0.35);
        assertThat(EntityResolver.confidence(ohio, bare)).isEqualTo(0.5);
    }

    @Test
    void aOneWordPlaceWhoseDocumentsShareMostPlacesMerges() {
        var one = new EntityResolver.Member(1, "cairo", "GPE", "Cairo", 2, List.of(), true, Set.of("illinois"), Set.of(),
                Set.of("illinois", "paducah", "kentucky", "ohio"));
        var two = new EntityResolver.Member(2, "cairo", "GPE", "Cairo", 2, List.of(), true, Set.of("kentucky"), Set.of(),
                Set.of("illinois", "paducah", "kentucky", "columbus"));
        var nile = new EntityResolver.Member(3, "cairo", "GPE", "Cairo", 2, List.of(), true, Set.of("egypt"), Set.of(),
                Set.of("egypt", "alexandria", "ohio"));

        assertThat(EntityResolver.confidence(one, two)).isEqualTo(0.594);
        assertThat(EntityResolver.confidence(one, nile)).isLessThan(EntityResolver.THRESHOLD);
        assertThat(EntityResolver.group(List.of(one, nile, two))).hasSize(2);
    }

    @Test
    void aCuratedMergeMakesEveryMemberSure() {
        var a = member(1, "PERSON", "Holt", Set.of("anna reed"), Set.of());
        var b = member(2, "PERSON", "Holt", Set.of("ned cole"), Set.of());
        List<String> warnings = new java.util.ArrayList<>();

        var groups = EntityResolver.apply(new CurationOp.Merge(1, "Holt", "Holt"), EntityResolver.group(List.of(a, b)), warnings);

        assertThat(warnings).isEmpty();
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).confidence()).isEqualTo(1.0);
        assertThat(groups.get(0).confidence(a)).isEqualTo(1.0);
    }
}
