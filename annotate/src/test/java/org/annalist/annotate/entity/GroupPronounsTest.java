package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.junit.jupiter.api.Test;

/** The pronouns of groups and bodies through the entity stage, on texts of our own. */
class GroupPronounsTest {

    private static final EntityStage STAGE = new EntityStage();

    private static Entity named(Entities es, String name) {
        return es.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> texts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void theyAndTheirAreThePluralGroupBefore() {
        String s = "The rebels held the bridge. They burned their boats.";
        Entities es = STAGE.annotate(TestText.of(s).tag("held", "VBD").tag("burned", "VBD").tag("rebels", "NNS").build());
        assertThat(texts(named(es, "The rebels"))).containsExactly("The rebels", "They", "their");
    }

    @Test
    void itAndItsAreTheOrganisationOrStateBeforeButNeverAPerson() {
        String s = "The Varga Republic mobilised. Its army crossed the river. Marsh waited and it rained.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.GPE, "Varga Republic").name(EntityType.PERSON, "Marsh")
                .tag("mobilised", "VBD").tag("crossed", "VBD").tag("rained", "VBD").build());
        assertThat(texts(named(es, "Varga Republic"))).containsExactly("Varga Republic", "Its");
        assertThat(texts(named(es, "Marsh"))).containsExactly("Marsh");
    }

    @Test
    void aPlaceholderItAndAnObjectOfItsOwnSubjectLinkNothing() {
        String s = "The Varga Republic fell. It was clear that peace would come. "
                + "The rebels held the envoys, who praised them.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.GPE, "Varga Republic").tag("fell", "VBD")
                .tag("clear", "JJ").tag("held", "VBD").tag("praised", "VBD").tag("rebels", "NNS").tag("envoys", "NNS")
                .tag("who", "WP").build());
        assertThat(texts(named(es, "Varga Republic"))).containsExactly("Varga Republic");
        assertThat(es.entities()).flatExtracting(e -> texts(e)).doesNotContain("It", "them");
    }

    @Test
    void aReflexiveRightAfterAGroupStressesIt() {
        String s = "The council met the rebels. The council itself voted.";
        Entities es = STAGE.annotate(TestText.of(s).tag("met", "VBD").tag("voted", "VBD").tag("rebels", "NNS")
                .tag("itself", "PRP").build());
        assertThat(texts(named(es, "The council"))).containsExactly("The council", "The council", "itself");
    }

    @Test
    void aPeopleDescribedByPlainWordsIsThePeopleNamedBefore() {
        String s = "The Hungarians held the pass. Later the exhausted Hungarians withdrew.";
        Entities es = STAGE.annotate(TestText.of(s).tag("held", "VBD").tag("withdrew", "VBD").tag("exhausted", "VBN")
                .tag("Hungarians", "NNPS").build());
        assertThat(texts(named(es, "The Hungarians"))).containsExactly("The Hungarians", "the exhausted Hungarians");
    }
}
