package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.MentionKind;
import org.junit.jupiter.api.Test;

/** Groups and nominal parties through the entity stage, on texts of our own. */
class GroupNominalsTest {

    private static final EntityStage STAGE = new EntityStage();

    private static Entities run(TestText t) {
        return STAGE.annotate(t.build());
    }

    private static List<String> mentionTexts(Entities es) {
        return es.entities().stream().flatMap(e -> e.mentions().stream())
                .filter(m -> m.kind() == MentionKind.NOMINAL).map(Mention::text).toList();
    }

    @Test
    void aGroupActingAsOnePartyIsAMentionOfItsOwn() {
        String s = "The Republican government sent envoys. His advisers were silent. Six more Southern states seceded. "
                + "The rebels held the bridge.";
        Entities es = run(TestText.of(s).tag("Republican", "JJ").tag("Southern", "JJ").tag("Six", "CD")
                .tag("more", "JJR").tag("seceded", "VBD").tag("held", "VBD").tag("sent", "VBD").tag("were", "VBD"));
        assertThat(mentionTexts(es)).contains("The Republican government", "advisers", "Six more Southern states",
                "The rebels");
        assertThat(es.entities()).filteredOn(e -> e.name().equals("The Republican government"))
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void theGroupNamedAgainIsTheSameEntityButAnotherHeadIsNot() {
        String s = "The Republican government fell. The army marched. The government fled to Valencia.";
        Entities es = run(TestText.of(s).tag("Republican", "JJ").tag("fell", "VBD").tag("marched", "VBD")
                .tag("fled", "VBD").name(EntityType.GPE, "Valencia"));
        Entity government = es.entities().stream().filter(e -> e.name().equals("The Republican government"))
                .findFirst().orElseThrow();
        assertThat(government.mentions()).extracting(Mention::text)
                .containsExactly("The Republican government", "The government");
    }

    @Test
    void aPhraseSpellingANamedGroupIsThatGroup() {
        String s = "The Red Army crossed the Don. Later the Red army retreated.";
        Entities es = run(TestText.of(s).name(EntityType.ORG, "Red Army").name(EntityType.LOC, "Don")
                .tag("crossed", "VBD").tag("retreated", "VBD").tag("Red", "NNP").tag("army", "NN"));
        Entity army = es.entities().stream().filter(e -> e.name().equals("Red Army")).findFirst().orElseThrow();
        assertThat(army.mentions()).extracting(Mention::text).containsExactly("Red Army", "the Red army");
    }

    @Test
    void aPredicateABareSingularAndAModifierNounAreNoGroupMentions() {
        String s = "They formed a government at Tours. Government troops arrived. He was the enemy of order.";
        Entities es = run(TestText.of(s).name(EntityType.GPE, "Tours").tag("formed", "VBD").tag("arrived", "VBD")
                .tag("troops", "NNS").tag("Government", "NN"));
        assertThat(mentionTexts(es)).containsExactly("Government troops");
    }
}
