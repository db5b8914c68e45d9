package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.Mention;
import org.junit.jupiter.api.Test;

/** Names as fiction and old print give them: given names first, the narrator's kin, words broken at line ends. */
class PrintAndFictionNamesTest {

    private static final EntityStage STAGE = new EntityStage();

    @Test
    void aFullNameJoinsThePersonKnownBeforeByTheGivenNameAlone() {
        String s = "Gabriel looked at the sheep. At dawn Gabriel Oak walked to the hill.";
        Entities es = STAGE.annotate(TestText.of(s).person("Gabriel", "Gabriel Oak").build());

        assertThat(TestText.holding(es, "Gabriel").mentions()).extracting(Mention::text).containsExactly("Gabriel", "Gabriel Oak");
    }

    @Test
    void aGivenNameSharedByTwoPeopleKnownByItAloneJoinsNeither() {
        String s = "Mr. Gabriel sold the farm. Gabriel Oak walked to the hill.";
        Entities es = STAGE.annotate(TestText.of(s).person("Mr. Gabriel", "Gabriel Oak").build());

        assertThat(TestText.holding(es, "Gabriel Oak").mentions()).extracting(Mention::text).containsExactly("Gabriel Oak");
    }

    @Test
    void theNarratorsOwnKinAreOnePersonInTheNarrationButNotInsideQuotes() {
        String s = "At dusk my mother waited by the fire. Later my mother smiled. “Then my mother smiled,” said Hale.";
        Entities es = STAGE.annotate(TestText.of(s).person("Hale").build());

        Entity mother = TestText.holding(es, "mother");
        assertThat(mother.name()).isEqualTo("my mother");
        assertThat(mother.mentions()).extracting(Mention::span).extracting(sp -> sp.start())
                .containsExactly(s.indexOf("mother"), s.indexOf("my mother", 10) + 3);
    }

    @Test
    void aNameBrokenAtALineEndIsOneWordAndMeetsItsWholeForm() {
        String s = "Signor Musso¬\nlini spoke at noon. Crowds cheered Mussolini in the square.";
        Entities es = STAGE.annotate(TestText.of(s).person("Musso", "Mussolini").build());

        Entity duce = TestText.holding(es, "Mussolini");
        assertThat(duce.name()).isEqualTo("Mussolini");
        assertThat(duce.mentions()).extracting(Mention::text).containsExactly("Musso¬\nlini", "Mussolini");
    }

    @Test
    void aHyphenBeforeALineBreakJoinsOnlyALowerCaseRest() {
        String s = "The Duke of Welling-\nton rode out. Wellington reached the ridge.";
        Entities es = STAGE.annotate(TestText.of(s).person("Welling", "Wellington").build());

        assertThat(TestText.holding(es, "Wellington").mentions()).hasSize(2);
        assertThat(TokenIndex.plain("Congreſs")).isEqualTo("Congress");
        assertThat(TokenIndex.plain("ﬁeld")).isEqualTo("field");
    }

    @Test
    void aTitleCaseHeadingJoiningTwoPeopleByAndNamesTwo() {
        String s = "Reign Of Marsh And Hale.\nMarsh ruled the east. Hale held the west.";
        Entities es = STAGE.annotate(TestText.of(s).person("Marsh And Hale", "Marsh", "Hale").build());

        assertThat(es.entities()).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().contains("And")));
        assertThat(TestText.holding(es, "Marsh").mentions()).hasSize(2);
        assertThat(TestText.holding(es, "Hale").mentions()).hasSize(2);
    }
}
