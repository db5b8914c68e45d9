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

        assertThat(es.entities()).extracting(Entity::name).containsExactly("A stranger");
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
