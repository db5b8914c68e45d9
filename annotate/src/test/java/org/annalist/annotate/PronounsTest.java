package org.annalist.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PronounsTest {

    @Test
    void eachThirdPersonFormTellsItsKindInAnyCase() {
        assertThat(Pronouns.kind("Himself")).contains(Pronouns.Kind.MALE);
        assertThat(Pronouns.kind("HER")).contains(Pronouns.Kind.FEMALE);
        assertThat(Pronouns.kind("theirs")).contains(Pronouns.Kind.PLURAL);
        assertThat(Pronouns.kind("its")).contains(Pronouns.Kind.NEUTER);
        assertThat(Pronouns.kind("Marsh")).isEmpty();
        assertThat(Pronouns.kind("I")).isEmpty();
    }

    @Test
    void theClassesOfFormsAreApart() {
        assertThat(Pronouns.personal("she")).isTrue();
        assertThat(Pronouns.personal("they")).isFalse();
        assertThat(Pronouns.plural("them")).isTrue();
        assertThat(Pronouns.neuter("itself")).isTrue();
        assertThat(Pronouns.object("him")).isTrue();
        assertThat(Pronouns.object("himself")).isFalse(); // a reflexive may take its own clause's subject
        assertThat(Pronouns.firstPersonSingular("Myself")).isTrue();
        assertThat(Pronouns.firstPersonSingular("we")).isFalse();
    }
}
