package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.MentionKind;
import org.junit.jupiter.api.Test;

/** Nouns for a person that are no title ("the old man", "a stranger") make person mentions of their own. */
class PersonNounsTest {

    private static final EntityStage STAGE = new EntityStage();

    private static List<String> texts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void theOldManAndTheManLaterAreOnePerson() {
        Entities es = STAGE.annotate(TestText.of("The old man sat by the fire. Then the man looked at the door.")
                .tag("sat", "VBD").tag("Then", "RB").build());

        List<Entity> people = es.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(people).hasSize(1);
        assertThat(texts(people.get(0))).containsExactly("The old man", "the man");
        assertThat(people.get(0).mentions()).extracting(Mention::kind).containsOnly(MentionKind.NOMINAL);
    }

    @Test
    void aCrowdIsNoPersonAndAnIndefiniteNounStartsANewOne() {
        Entities es = STAGE.annotate(TestText.of("The men marched in silence. A stranger came to the camp.")
                .tag("men", "NNS").tag("marched", "VBD").tag("came", "VBD").build());

        assertThat(es.entities()).extracting(Entity::name).containsExactly("The men", "A stranger");
        assertThat(es.entities()).extracting(Entity::type).containsExactly(EntityType.ORG, EntityType.PERSON);
    }

    @Test
    void aPluralPersonNounIsAGroupOfItsOwnAndTheSameWordsOfTheSamePossessorAreTheSamePeople() {
        Entities es = STAGE.annotate(TestText.of("Holt left his companions at the ford. Holt sent his companions home. "
                + "The workmen waited. The workmen slept.")
                .person("Holt").tag("left", "VBD").tag("companions", "NNS").tag("workmen", "NNS")
                .tag("home", "RB").tag("waited", "VBD").tag("slept", "VBD").tag("sent", "VBD").build());

        List<Entity> groups = es.entities().stream().filter(e -> e.type() == EntityType.ORG).toList();
        assertThat(groups).extracting(Entity::name).containsExactly("his companions", "The workmen");
        assertThat(groups).extracting(PersonNounsTest::texts)
                .containsExactly(List.of("companions", "companions"), List.of("The workmen", "The workmen"));
        Entity holt = es.entities().stream().filter(e -> e.name().equals("Holt")).findFirst().orElseThrow();
        assertThat(texts(holt)).containsExactly("Holt", "his", "Holt", "his");
    }

    @Test
    void aNameInAppositionAfterANominalIsThatPerson() {
        Entities es = STAGE.annotate(TestText.of("Dunn came home. His nephew, Holt, was tired. Holt slept. "
                + "The uncle, Dunn, waited.")
                .person("Holt", "Dunn").tag("came", "VBD").tag("home", "RB").tag("tired", "JJ")
                .tag("slept", "VBD").tag("waited", "VBD").build());

        Entity holt = es.entities().stream().filter(e -> e.name().equals("Holt")).findFirst().orElseThrow();
        assertThat(texts(holt)).containsExactly("nephew", "Holt", "Holt");
        assertThat(holt.roles()).containsExactly("nephew");
        Entity dunn = es.entities().stream().filter(e -> e.name().equals("Dunn")).findFirst().orElseThrow();
        assertThat(texts(dunn)).containsExactly("Dunn", "His", "The uncle", "Dunn");
    }

    @Test
    void aNamedPersonKeepsHisNameWhenAPersonNounFollows() {
        Entities es = STAGE.annotate(TestText.of("Holt met a farmer near the ford. Holt said the farmer was tired.")
                .person("Holt").build());

        assertThat(es.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Holt", "a farmer");
        Entity holt = es.entities().stream().filter(e -> e.name().equals("Holt")).findFirst().orElseThrow();
        assertThat(texts(holt)).containsExactly("Holt", "Holt");
    }
}
