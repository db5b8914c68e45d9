package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Metonymy;
import org.annalist.model.layer.Names;
import org.annalist.model.layer.Tokens;
import org.junit.jupiter.api.Test;

class EntityStageTest {

    private static final EntityStage STAGE = new EntityStage();

    private static Entities run(TestText t) {
        return STAGE.annotate(t.build());
    }

    private static Entity named(Entities es, String name) {
        return es.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in "
                        + es.entities().stream().map(Entity::name).toList()));
    }

    private static Optional<Entity> holding(Entities es, String text, int occurrence, String source) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = source.indexOf(text, at + 1);
        int start = at;
        return es.entities().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.span().start() == start)).findFirst();
    }

    @Test
    void declaresThatItReadsTokensAndNames() {
        assertThat(STAGE.reads()).containsExactlyInAnyOrder(Tokens.class, Names.class);
        assertThat(STAGE.produces()).isEqualTo(Entities.class);
    }

    @Test
    void titlesBeforeANameBecomeRolesAndStayOutOfTheName() {
        String s = "Marshal Hale met comrade Dunn at the river.";
        Entities es = run(TestText.of(s).person("Marshal Hale", "Dunn"));

        Entity hale = named(es, "Hale");
        assertThat(hale.roles()).containsExactly("marshal");
        assertThat(hale.mentions()).extracting(Mention::text).containsExactly("Hale");
        assertThat(named(es, "Dunn").roles()).containsExactly("comrade");
    }

    @Test
    void anEditorialBracketGivesTheFullNameAndTheRole() {
        String s = "At dawn [air force commander Ivo] Marsh ordered the attack.";
        Entities es = run(TestText.of(s).person("Ivo] Marsh"));

        Entity marsh = named(es, "Ivo Marsh");
        assertThat(marsh.type()).isEqualTo(EntityType.PERSON);
        assertThat(marsh.roles()).containsExactly("air force commander");
        assertThat(marsh.mentions()).extracting(Mention::text).containsExactly("Marsh");
    }

    @Test
    void aGivenNameInsideTheBracketFoundApartJoinsTheSurnameAfterIt() {
        String s = "At dawn [air force commander Ivo] Marsh ordered the attack.";
        Entities es = run(TestText.of(s).person("Ivo", "Marsh"));

        assertThat(es.entities()).extracting(Entity::name).containsExactly("Ivo Marsh");
        assertThat(es.entities().get(0).roles()).containsExactly("air force commander");
    }

    @Test
    void aPossessiveIsAMentionOfTheNameWithoutItsEnding() {
        String s = "Edwin Hale’s letter reached Dunn. Later, Hale’s temper was short.";
        Entities es = run(TestText.of(s).person("Edwin Hale", "Hale", "Dunn"));

        Entity hale = named(es, "Edwin Hale");
        assertThat(hale.mentions()).extracting(Mention::text).containsExactly("Edwin Hale", "Hale");
        assertThat(hale.aliases()).containsExactly("Hale");
    }

    @Test
    void twoPeopleWithTheSameSurnameStayApartWhenTheirGivenNamesDiffer() {
        String s = "Anna Marsh wrote to Peter Marsh about the harvest.";
        Entities es = run(TestText.of(s).person("Anna Marsh", "Peter Marsh"));

        assertThat(es.entities()).extracting(Entity::name).containsExactly("Anna Marsh", "Peter Marsh");
    }

    @Test
    void mrAndMrsOfOneSurnameAreTwoPeople() {
        String s = "Mr. Pell came to dinner. Mrs. Pell waited at home.";
        Entities es = run(TestText.of(s).person("Mr. Pell", "Mrs. Pell"));

        assertThat(es.entities()).hasSize(2);
        assertThat(es.entities()).extracting(Entity::roles).containsExactly(List.of("mr."), List.of("mrs."));
    }

    @Test
    void aLoneGivenNameJoinsTheOnePersonWhoseFullNameBeginsWithIt() {
        String s = "Matthew Cole came to the farm. Later, Matthew smiled.";
        Entities es = run(TestText.of(s).person("Matthew Cole", "Matthew"));

        assertThat(named(es, "Matthew Cole").mentions()).extracting(Mention::text)
                .containsExactly("Matthew Cole", "Matthew");
    }

    @Test
    void aFormOfAddressMakesAPersonWhateverTheFinderSaid() {
        String s = "Miss Pell opened the school.";
        Entities es = run(TestText.of(s).name(EntityType.ORG, "Miss Pell"));

        assertThat(named(es, "Pell").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(es, "Pell").roles()).containsExactly("miss");
    }

    @Test
    void aBareSurnameJoinsTheOnlyPersonOfThatName() {
        String s = "Vlad Orsk came to the city. Orsk left in spring.";
        Entities es = run(TestText.of(s).person("Vlad Orsk", "Orsk"));

        assertThat(es.entities()).hasSize(1);
        assertThat(es.entities().get(0).mentions()).hasSize(2);
    }

    @Test
    void aPronounLinksToTheSubjectOfThePreviousSentence() {
        String s = "Hale wrote to the council. He waited for weeks.";
        Entities es = run(TestText.of(s).person("Hale"));

        Entity hale = named(es, "Hale");
        assertThat(hale.mentions()).extracting(Mention::text, Mention::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hale", MentionKind.NAME),
                        org.assertj.core.groups.Tuple.tuple("He", MentionKind.PRONOUN));
    }

    @Test
    void aPronounStaysUnlinkedWhenTwoPeopleCompeteAndNeitherIsTheSubject() {
        String s = "The letter from Marsh reached Hale. He was furious.";
        Entities es = run(TestText.of(s).person("Marsh", "Hale"));

        assertThat(holding(es, "He", 0, s)).isEmpty();
        assertThat(es.entities()).allSatisfy(e -> assertThat(e.mentions()).hasSize(1));
    }

    @Test
    void aPronounRefusesAPersonOfTheOtherGender() {
        String s = "Queen Mara spoke. He left.";
        Entities es = run(TestText.of(s).person("Mara").tag("Queen", "NNP"));

        assertThat(named(es, "Mara").roles()).containsExactly("queen");
        assertThat(holding(es, "He", 0, s)).isEmpty();
    }

    @Test
    void aGivenNameKeepsAPronounOfTheOtherGenderAway() {
        String s = "Anna Orsk wrote to the council. He waited.";
        Entities es = run(TestText.of(s).person("Anna Orsk"));

        assertThat(holding(es, "He", 0, s)).isEmpty();
    }

    @Test
    void theMarshalLinksToThePersonIntroducedWithThatTitle() {
        String s = "Marshal Hale inspected the troops. Dunn then praised the marshal.";
        Entities es = run(TestText.of(s).person("Hale", "Dunn"));

        assertThat(named(es, "Hale").mentions()).extracting(Mention::text).containsExactly("Hale", "the marshal");
        assertThat(named(es, "Dunn").mentions()).hasSize(1);
    }

    @Test
    void aUniqueOfficeLinksOnlyToItsHolderNeverByRecency() {
        String s = "King Olaf ruled the north. Hale wrote to Dunn. Then the King smiled.";
        Entities es = run(TestText.of(s).person("Olaf", "Hale", "Dunn").tag("King", "NNP").tag("ruled", "VBD"));

        assertThat(named(es, "Olaf").mentions()).extracting(Mention::text).containsExactly("Olaf", "the King");

        String t = "Hale wrote to Dunn. Then the King smiled.";
        Entities alone = run(TestText.of(t).person("Hale", "Dunn"));
        assertThat(named(alone, "the King").mentions()).hasSize(1);
    }

    @Test
    void anEpithetNeverLinksToTheSubjectOfItsOwnClause() {
        String s = "Hale wrote to Dunn. Later Dunn summoned the despot.";
        Entities es = run(TestText.of(s).person("Hale", "Dunn"));

        assertThat(named(es, "Hale").mentions()).extracting(Mention::text).containsExactly("Hale", "the despot");
    }

    @Test
    void anEpithetSkipsThePersonARelativeClauseDescribes() {
        String s = "Hale replied that Dunn, whom the old leader despised, had left.";
        Entities es = run(TestText.of(s).person("Hale", "Dunn").tag("despised", "VBD").tag("replied", "VBD"));

        assertThat(named(es, "Hale").mentions()).extracting(Mention::text).containsExactly("Hale", "the old leader");
    }

    @Test
    void anOfficeQualifiedByANationalityIntroducesSomeoneNew() {
        String s = "Hale radioed that the German ambassador had left.";
        Entities es = run(TestText.of(s).person("Hale"));

        assertThat(named(es, "Hale").mentions()).hasSize(1);
        assertThat(named(es, "the German ambassador").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aLaterNominalWithTheSameHeadJoinsTheEarlierOne() {
        String s = "Troops marched for the Ruritanian emperor. Hale waited. The emperor smiled.";
        Entities es = run(TestText.of(s).person("Hale"));

        assertThat(named(es, "the Ruritanian emperor").mentions()).extracting(Mention::text)
                .containsExactly("the Ruritanian emperor", "The emperor");
    }

    @Test
    void anAcronymJoinsTheNameItAbbreviatesAndABracketedNameTheNameBeforeIt() {
        String s = "The Communist Party of the Soviet Union met. Later the CPSU decided. The Cheka (VChK) arrested Hale.";
        Entities es = run(TestText.of(s).name(EntityType.ORG, "Communist Party of the Soviet Union", "CPSU", "Cheka",
                "VChK").person("Hale").tag("decided", "VBD").tag("arrested", "VBD"));

        assertThat(named(es, "Communist Party of the Soviet Union").mentions()).extracting(Mention::text)
                .containsExactly("Communist Party of the Soviet Union", "CPSU");
        assertThat(named(es, "Cheka").mentions()).extracting(Mention::text).containsExactly("Cheka", "VChK");
    }

    @Test
    void nationalityAdjectivesAreNotPlaces() {
        String s = "Japanese troops met Chinese forces near Kelmsk.";
        Entities es = run(TestText.of(s).name(EntityType.MISC, "Japanese").name(EntityType.GPE, "Chinese", "Kelmsk"));

        // the peoples are no places; their troops and forces are groups, parties of their own
        assertThat(es.entities()).extracting(Entity::name).containsExactly("Japanese troops", "Chinese forces", "Kelmsk");
        assertThat(es.entities()).filteredOn(e -> e.name().equals("Kelmsk")).extracting(Entity::type)
                .containsExactly(EntityType.GPE);
    }

    @Test
    void headWordsAndTheGazetteerTypePlaces() {
        String s = "Troops held Lake Vorn and Ost Heights. Hale went to Kelmsk and Moscow and Europe.";
        Entities es = run(TestText.of(s).name(EntityType.GPE, "Lake Vorn", "Ost Heights", "Europe")
                .name(EntityType.ORG, "Kelmsk", "Moscow").person("Hale"));

        assertThat(named(es, "Lake Vorn").type()).isEqualTo(EntityType.LOC);
        assertThat(named(es, "Ost Heights").type()).isEqualTo(EntityType.LOC);
        assertThat(named(es, "Kelmsk").type()).isEqualTo(EntityType.GPE);
        assertThat(named(es, "Moscow").type()).isEqualTo(EntityType.GPE);
        assertThat(named(es, "Europe").type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void aCapitalThatActsStandsForItsGovernmentAndABuildingForItsAgency() {
        String s = "Tokyo urged Berlin to act. Hale lived in Tokyo. Hale wrote to Lubyanka.";
        Entities es = run(TestText.of(s).name(EntityType.GPE, "Tokyo", "Berlin", "Lubyanka").person("Hale")
                .tag("urged", "VBD"));

        assertThat(named(es, "Tokyo").mentions()).extracting(Mention::metonymy)
                .containsExactly(Metonymy.GOVERNMENT, Metonymy.NONE);
        assertThat(named(es, "Berlin").mentions()).extracting(Mention::metonymy).containsExactly(Metonymy.GOVERNMENT);
        Entity lubyanka = named(es, "Lubyanka");
        assertThat(lubyanka.type()).isEqualTo(EntityType.FAC);
        assertThat(lubyanka.mentions()).extracting(Mention::metonymy).containsExactly(Metonymy.INSTITUTION);
    }

    @Test
    void everyDistinctTranscriptSpeakerIsOnePersonWithEveryLabelAsAMention() {
        String s = "MARSH: You will return on Monday.\nHALE: We shall not.\nMARSH: We shall see.";
        Entities es = run(TestText.of(s).turns());

        assertThat(es.entities()).extracting(Entity::id).containsExactly("marsh", "hale");
        Entity marsh = es.byId("marsh").orElseThrow();
        assertThat(marsh.name()).isEqualTo("Marsh");
        assertThat(marsh.mentions()).extracting(m -> m.span().start()).containsExactly(0, s.lastIndexOf("MARSH"));
        assertThat(marsh.mentions()).extracting(Mention::text).containsOnly("MARSH");
    }

    @Test
    void firstPersonPronounsInATurnAreItsSpeaker() {
        String s = "MARSH: I await your answer.\nHALE: My men are ready.";
        Entities es = run(TestText.of(s).turns().tag("await", "VBP").tag("are", "VBP"));

        assertThat(named(es, "Marsh").mentions()).extracting(Mention::text).containsExactly("MARSH", "I");
        assertThat(named(es, "Hale").mentions()).extracting(Mention::text).containsExactly("HALE", "My");
    }

    @Test
    void aNominalInAppositionToANameIsThatPersonAndGivesARole() {
        String s = "Vlad Orsk, the city deputy head, wrote to Dunn.";
        Entities es = run(TestText.of(s).person("Vlad Orsk", "Dunn"));

        Entity orsk = named(es, "Vlad Orsk");
        assertThat(orsk.mentions()).extracting(Mention::text).containsExactly("Vlad Orsk", "the city deputy head");
        assertThat(orsk.roles()).containsExactly("city deputy head");
    }

    @Test
    void aNominalInAppositionAfterAPossessorIsThatPersonToo() {
        String s = "Vlad Orsk, the enemy's chief of staff, wrote to Dunn.";
        Entities es = run(TestText.of(s).person("Vlad Orsk", "Dunn"));

        Entity orsk = named(es, "Vlad Orsk");
        assertThat(orsk.mentions()).extracting(Mention::text).containsExactly("Vlad Orsk", "chief of staff");
        assertThat(orsk.roles()).containsExactly("chief of staff");
        // the possessor is a group of its own (GroupNominals), not part of Orsk
        assertThat(es.entities()).extracting(Entity::name).containsExactly("Vlad Orsk", "the enemy", "Dunn");
    }

    @Test
    void aTranscriptLabelJoinsThePersonNamedInTheProse() {
        String s = "Edwin Hale telephoned at noon.\nHALE: Report.\nDUNN: Ready.";
        Entities es = run(TestText.of(s).person("Edwin Hale").turns().tag("telephoned", "VBD"));

        assertThat(named(es, "Edwin Hale").mentions()).extracting(Mention::text).containsExactly("Edwin Hale", "HALE");
        assertThat(named(es, "Dunn").mentions()).extracting(Mention::text).containsExactly("DUNN");
    }

    @Test
    void aNameFoundOnceIsFoundWhereTheFinderMissedIt() {
        String s = "Orsk spoke first. Then Orsk left.";
        AnnotatedText t = TestText.of(s).build();
        Names one = new Names(List.of(new org.annalist.model.layer.NameMention(
                org.annalist.model.Span.of(0, 4), EntityType.PERSON, "Orsk")));
        AnnotatedText text = org.annalist.annotate.AnnotatedText.of(t.document()).with(t.layer(Tokens.class)).with(one);

        Entities es = STAGE.annotate(text);

        assertThat(named(es, "Orsk").mentions()).hasSize(2);
    }

    @Test
    void aCapitalisedWordListedWithPeopleIsAPerson() {
        String s = "He sent a memo to Hale, Orsk, and Dunn at once.";
        Entities es = run(TestText.of(s).person("Hale", "Dunn"));

        assertThat(named(es, "Orsk").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aCapitalisedWordThatSpeaksIsAPerson() {
        String s = "At the plenum Orsk averred that the harvest had failed.";
        Entities es = run(TestText.of(s).tag("averred", "VBD").tag("failed", "VBN"));

        assertThat(named(es, "Orsk").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void mentionsCoverTheirTextAndARerunGivesTheSameEntities() {
        String s = "Marshal Hale inspected the troops. He smiled. Dunn praised the marshal in Tokyo.";
        TestText t = TestText.of(s).person("Hale", "Dunn").name(EntityType.GPE, "Tokyo");
        AnnotatedText text = t.build();
        Entities first = STAGE.annotate(text);

        for (Entity e : first.entities()) {
            for (Mention m : e.mentions()) assertThat(s.substring(m.span().start(), m.span().end())).isEqualTo(m.text());
            assertThat(e.mentions()).isSortedAccordingTo((a, b) -> a.span().compareTo(b.span()));
        }
        assertThat(STAGE.annotate(text)).isEqualTo(first);
    }
}
