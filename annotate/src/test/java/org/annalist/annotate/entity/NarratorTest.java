package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.MentionKind;
import org.junit.jupiter.api.Test;

class NarratorTest {

    private static final EntityStage STAGE = new EntityStage();

    private static Entities run(TestText t) {
        return STAGE.annotate(t.build());
    }

    private static List<Entity> narrators(Entities es) {
        return es.entities().stream().filter(Entity::narrator).toList();
    }

    private static Entity narrator(Entities es) {
        List<Entity> n = narrators(es);
        assertThat(n).as("narrators of %s", es.entities().stream().map(Entity::name).toList()).hasSize(1);
        return n.get(0);
    }

    @Test
    void firstPersonPronounsOutsideQuotationsAreOneNarratorNamedByTheAuthor() {
        String s = "In April I was ordered to the river. My command reached it at dawn. Halleck met me there.";
        Entities es = run(TestText.of(s).person("Halleck").author("Ulysses S. Grant"));

        Entity n = narrator(es);
        assertThat(n.name()).isEqualTo("Ulysses S. Grant");
        assertThat(n.id()).isEqualTo("ulysses_s_grant");
        assertThat(n.roles()).containsExactly("narrator");
        assertThat(n.mentions()).extracting(Mention::text).containsExactly("I", "My", "me");
        assertThat(n.mentions()).extracting(Mention::kind).containsOnly(MentionKind.PRONOUN);
        assertThat(es.entities().stream().filter(e -> e.name().equals("Halleck")).findFirst().orElseThrow().narrator())
                .isFalse();
    }

    @Test
    void theAuthorOfAFirstPersonTextsSummariesIsItsNarrator() {
        String s = "The author gives some account of himself. My father had a small estate. I was the third son.";
        Entities es = run(TestText.of(s).tag("gives", "VBZ"));
        assertThat(narrator(es).mentions()).extracting(Mention::text)
                .containsExactly("The author", "himself", "My", "I");
        String other = "The author of the pamphlet praised himself. I was the third son.";
        assertThat(narrator(run(TestText.of(other))).mentions()).extracting(Mention::text).containsExactly("I");
    }

    @Test
    void withoutAnAuthorTheNarratorIsTheNarrator() {
        String s = "I came to the town in the spring. The mayor thanked me.";
        Entity n = narrator(run(TestText.of(s)));
        assertThat(n.name()).isEqualTo("the narrator");
        assertThat(n.mentions()).extracting(Mention::text).containsExactly("I", "me");
    }

    @Test
    void theIOfAQuotationIsItsSpeakerNotTheNarrator() {
        String s = "Sherman said, “I will march to the sea, and my men will follow me.” I doubted it.\n\n"
                + "Lee wrote: \"I cannot\nhold the line.\" I did not answer.";
        Entity n = narrator(run(TestText.of(s).person("Sherman", "Lee")));
        assertThat(n.mentions()).hasSize(2);
        assertThat(n.mentions()).allSatisfy(m -> assertThat(s.substring(m.span().end())).startsWith(" d"));
    }

    @Test
    void aBlockQuoteIsAnotherWritersFirstPerson() {
        String s = "I received this reply.\nI have no men to spare and my orders stand.\nThat ended it.";
        Entity n = narrator(run(TestText.of(s).blockQuote("I have no men to spare and my orders stand.")));
        assertThat(n.mentions()).extracting(m -> m.span().start()).containsExactly(0);
    }

    @Test
    void theFirstPersonPluralIsNoNarrator() {
        String s = "We marched at dawn and our wagons followed us to the river.";
        assertThat(narrators(run(TestText.of(s)))).isEmpty();
    }

    @Test
    void aThirdPersonTextHasNoNarratorEvenWhenItsAuthorIsKnown() {
        String s = "Halleck telegraphed to Grant that the works must be taken. He was impatient.";
        Entities es = run(TestText.of(s).person("Halleck", "Grant").author("Ulysses S. Grant"));
        assertThat(narrators(es)).isEmpty();
    }

    @Test
    void aHistoriansPrefaceMakesAFlaggedNarratorApartFromThePeopleOfTheHistory() {
        String s = "I thank my colleagues at the archive.\n\nHalleck telegraphed to Grant that the works must be "
                + "taken. He was impatient.";
        Entities es = run(TestText.of(s).person("Halleck", "Grant").author("Bruce Catton"));

        Entity n = narrator(es);
        assertThat(n.name()).isEqualTo("Bruce Catton");
        assertThat(n.mentions()).extracting(Mention::text).containsExactly("I", "my");
        assertThat(es.entities()).filteredOn(e -> !e.narrator()).extracting(Entity::name)
                .containsExactly("Halleck", "Grant");
        assertThat(es.entities()).filteredOn(e -> !e.narrator())
                .allSatisfy(e -> assertThat(e.mentions()).extracting(Mention::text).doesNotContain("I", "my"));
    }

    @Test
    void theNarratorJoinsTheAuthorNamedInTheTextInsteadOfMakingASecondPerson() {
        String s = "General Grant reached the river. I then wrote to Halleck. Mrs. Grant stayed at home.";
        Entities es = run(TestText.of(s).person("Grant", "Halleck").author("Grant, Ulysses S. (1822-1885)"));

        Entity n = narrator(es);
        assertThat(n.name()).isEqualTo("Grant");
        assertThat(n.aliases()).contains("Grant, Ulysses S. (1822-1885)");
        assertThat(n.mentions()).extracting(Mention::text).containsExactly("Grant", "I");
        assertThat(n.roles()).contains("general");
        // Mrs. Grant is another person: the author's name does not pull her in
        assertThat(es.entities()).filteredOn(e -> e.roles().contains("mrs.")).singleElement()
                .satisfies(e -> assertThat(e.narrator()).isFalse());
    }

    @Test
    void aRelativeWithAnotherGivenNameIsNotTheAuthor() {
        String s = "Jesse Grant kept a tannery. I was born in Ohio.";
        Entities es = run(TestText.of(s).person("Jesse Grant").author("Ulysses S. Grant"));
        Entity n = narrator(es);
        assertThat(n.name()).isEqualTo("Ulysses S. Grant");
        assertThat(n.mentions()).extracting(Mention::text).containsExactly("I");
    }

    @Test
    void aRomanNumeralIsNoPronoun() {
        String s = "CHAPTER I. Then I read the account.";
        Entity n = narrator(run(TestText.of(s).tag("I", "PRP").tag("Then", "RB").tag("read", "VBD")));
        assertThat(n.mentions()).extracting(m -> m.span().start()).containsExactly(s.indexOf("Then I") + 5);
    }

    @Test
    void inATranscriptTheFirstPersonIsTheSpeakerAndNoNarrator() {
        String s = "MARSH: I am tired.\nHALE: My men are tired too.";
        Entities es = run(TestText.of(s).turns().tag("am", "VBP").tag("are", "VBP"));
        assertThat(narrators(es)).isEmpty();
    }

    @Test
    void theNarratorComesInOrderOfFirstMention() {
        String s = "Halleck was in St. Louis. I was at Cairo. Sherman came later.";
        Entities es = run(TestText.of(s).person("Halleck", "Sherman").name(org.annalist.model.layer.EntityType.LOC,
                "St. Louis", "Cairo"));
        assertThat(es.entities()).extracting(Entity::name)
                .containsExactly("Halleck", "St. Louis", "the narrator", "Cairo", "Sherman");
    }

    @Test
    void authorNamesAreReadSurnameLast() {
        assertThat(Narrator.nameWords("Ulysses S. Grant")).containsExactly("ulysses", "s.", "grant");
        assertThat(Narrator.nameWords("Grant, Ulysses S. (1822-1885)")).containsExactly("ulysses", "s.", "grant");
        assertThat(Narrator.nameWords("Martin Luther King, Jr.")).containsExactly("martin", "luther", "king");
        assertThat(Narrator.nameWords("Carlyle, Thomas, 1795-1881")).containsExactly("thomas", "carlyle");
    }
}
