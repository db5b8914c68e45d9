package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.junit.jupiter.api.Test;

/** An organisation named with "of" and a place, on a text of our own. */
class OrganisationOfPlaceTest {

    @Test
    void anOrganisationOfAPlaceIsOneNameThatItsAcronymSpells() {
        String s = "The Workers Party of Ostrova met in secret. Later the WPO split.";
        Entities es = new EntityStage().annotate(TestText.of(s).name(EntityType.ORG, "Workers Party", "WPO")
                .name(EntityType.GPE, "Ostrova").tag("met", "VBD").tag("split", "VBD").build());
        Entity party = es.entities().stream().filter(e -> e.name().equals("Workers Party of Ostrova")).findFirst()
                .orElseThrow();
        assertThat(party.mentions()).extracting(Mention::text).containsExactly("Workers Party of Ostrova", "WPO");
        assertThat(es.entities()).extracting(Entity::name).contains("Ostrova");
    }
}
