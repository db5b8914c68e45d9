package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.junit.jupiter.api.Test;

/**
 * Names as OCR'd newspapers print them (invented fixtures): one person or place meets its
 * variants across a long article whatever the finder typed each occurrence.
 */
class NewspaperNamesTest {

    private static final EntityStage STAGE = new EntityStage();

    @Test
    void aCapitalisedVerbTheArticleWritesInLowerCaseEndsNoName() {
        String s = "Tom Ketchum jumped into the cab. Then Tom Jumped his horse and rode off. Tom was shot.";
        Entities es = STAGE.annotate(TestText.of(s).person("Tom Ketchum", "Tom Jumped", "Tom").build());

        Entity tom = TestText.holding(es, "Tom Ketchum");
        assertThat(tom.mentions()).filteredOn(m -> m.kind() == org.annalist.model.layer.MentionKind.NAME)
                .extracting(Mention::text).containsExactly("Tom Ketchum", "Tom", "Tom");
    }

    @Test
    void aBareNameTheFinderTypedAPersonOnceAndAPlaceMoreOftenIsThePlace() {
        String s = "He stayed in\nRavenford a year. He was born in Ravenford and left Ravenford early.";
        Entities es = STAGE.annotate(TestText.of(s)
                .nameAt(EntityType.PERSON, "Ravenford", 0)
                .nameAt(EntityType.GPE, "Ravenford", 1)
                .nameAt(EntityType.PERSON, "Ravenford", 2).build());

        Entity town = TestText.holding(es, "Ravenford");
        assertThat(town.type()).isEqualTo(EntityType.GPE);
        assertThat(town.mentions()).hasSize(3);
    }

    @Test
    void aTitledNameStaysAPersonWhateverThePlacesOfTheSameName() {
        String s = "Judge Ravenford spoke. The road to Ravenford was long. Ravenford, the town, slept. Ravenford smiled.";
        Entities es = STAGE.annotate(TestText.of(s)
                .nameAt(EntityType.PERSON, "Ravenford", 0)
                .nameAt(EntityType.GPE, "Ravenford", 1)
                .nameAt(EntityType.GPE, "Ravenford", 2)
                .nameAt(EntityType.PERSON, "Ravenford", 3).build());

        assertThat(es.entities()).filteredOn(e -> e.type() == EntityType.PERSON)
                .flatExtracting(Entity::mentions).extracting(Mention::text).contains("Ravenford");
    }

    @Test
    void aNameBeforeALowerCasePlaceHeadIsThatPlace() {
        String s = "He served from Quillon county in the assembly. Later he farmed in Quillon county by the Ambery river.";
        Entities es = STAGE.annotate(TestText.of(s).person("Quillon").build());

        Entity county = TestText.holding(es, "Quillon county");
        assertThat(county.type()).isEqualTo(EntityType.LOC);
        assertThat(county.mentions()).extracting(Mention::text).containsExactly("Quillon county", "Quillon county");
        assertThat(TestText.holding(es, "Ambery river").type()).isEqualTo(EntityType.LOC);
    }

    @Test
    void theCountyOfANameIsTheSameCountyAsTheNameCounty() {
        String s = "The court of the county of Quillon met. Quillon county voted on Monday.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.GPE, "Quillon").build());

        assertThat(TestText.holding(es, "county of Quillon").mentions()).extracting(Mention::text)
                .containsExactly("county of Quillon", "Quillon county");
    }

    @Test
    void aStateAbbreviationIsTheState() {
        String s = "He moved to Columbia, Mo. in May. The rains of Missouri were late.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.GPE, "Columbia", "Mo", "Missouri").build());

        assertThat(TestText.holding(es, "Missouri").mentions()).extracting(Mention::text).containsExactly("Mo", "Missouri");
        assertThat(TestText.holding(es, "Columbia").mentions()).hasSize(1);
    }

    @Test
    void aKnownNameInsideAHeadlineRunOnIsAMentionOfItsOwn() {
        String s = "The Ambery City Yam Market opened. Ambery City is small.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.ORG, "Ambery City Yam Market")
                .name(EntityType.GPE, "Ambery City").build());

        assertThat(es.entities()).filteredOn(e -> e.type() == EntityType.GPE).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Mention::text).containsExactly("Ambery City", "Ambery City"));
    }

    @Test
    void aNameBrokenAtALineEndWithNoSignMeetsItsWholeForm() {
        String s = "Born in Wendaska\nla, he left Wendaskala for good.";
        Entities es = STAGE.annotate(TestText.of(s).name(EntityType.GPE, "Wendaska", "Wendaskala").build());

        assertThat(TestText.holding(es, "Wendaskala").mentions()).extracting(Mention::text)
                .containsExactly("Wendaska\nla", "Wendaskala");
    }
}
