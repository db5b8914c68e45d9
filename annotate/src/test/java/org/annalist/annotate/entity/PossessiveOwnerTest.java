package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.junit.jupiter.api.Test;

/** Whose a possessive pronoun is, when two people are near, on texts of our own. */
class PossessiveOwnerTest {

    private static final EntityStage STAGE = new EntityStage();

    private static List<String> mentionsOf(Entities es, String name) {
        return es.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow()
                .mentions().stream().map(Mention::text).toList();
    }

    @Test
    void aGroupsPossessiveInItsClauseIsTheSubjects() {
        String s = "At the request of the Varga Republic the council sent its envoys.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.GPE, "Varga Republic")
                .tag("sent", "VBD").tag("envoys", "NNS").tag("request", "NN").build());
        assertThat(mentionsOf(es, "the council")).containsExactly("the council", "its");
        assertThat(mentionsOf(es, "Varga Republic")).containsExactly("Varga Republic");
    }

    @Test
    void aPossessiveAfterAndIsTheOneJustBefore() {
        String s = "Marsh greeted Dunn and his staff.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.PERSON, "Marsh", "Dunn")
                .tag("greeted", "VBD").tag("staff", "NN").build());
        assertThat(mentionsOf(es, "Dunn")).containsExactly("Dunn", "his");
    }
}
