package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.junit.jupiter.api.Test;

/** Speakers whose entities coreference left apart, joined by their names. */
class SpeakerNamesTest {

    private int at = 0;

    private Entity person(String id, String... mentions) {
        List<Mention> ms = new ArrayList<>();
        for (String m : mentions) {
            ms.add(new Mention(Span.of(at, at + m.length()), m));
            at += m.length() + 10;
        }
        return new Entity(id, EntityType.PERSON, mentions[0], List.of(), ms);
    }

    private static Attribution spoke(String id) {
        return new Attribution(Optional.of(id), Optional.empty(), Optional.empty());
    }

    private static List<String> speakers(List<Attribution> as) {
        return as.stream().map(a -> a.speakerId().orElse("-")).toList();
    }

    @Test
    void aSurnameAloneSpeaksAsTheOneSpeakerWhoseFullNameHoldsIt() {
        EntityIndex index = new EntityIndex(new Entities(List.of(
                person("ellen", "Ellen Dunn", "she"), person("dunn", "Dunn"), person("hale", "Hale"))), List.of());
        assertThat(speakers(SpeakerNames.joined(List.of(spoke("dunn"), spoke("hale"), spoke("ellen")), index)))
                .containsExactly("ellen", "hale", "ellen");
    }

    @Test
    void aNameThatFitsTwoFullerOnesOrTheOtherGenderStaysApart() {
        EntityIndex two = new EntityIndex(new Entities(List.of(
                person("ellen", "Ellen Dunn"), person("walter", "Walter Dunn"), person("dunn", "Dunn"))), List.of());
        assertThat(speakers(SpeakerNames.joined(List.of(spoke("dunn"), spoke("ellen"), spoke("walter")), two)))
                .containsExactly("dunn", "ellen", "walter");
        EntityIndex gendered = new EntityIndex(new Entities(List.of(
                person("ellen", "Ellen Dunn", "she", "her"), person("mr", "Mr. Dunn", "he"))), List.of());
        assertThat(speakers(SpeakerNames.joined(List.of(spoke("mr"), spoke("ellen")), gendered)))
                .containsExactly("mr", "ellen");
    }

    @Test
    void titlesAreNoPartOfTheName() {
        assertThat(SpeakerNames.nameWords(person("m", "Mrs. Varga", "Anna Varga"))).containsExactly("varga", "anna");
    }
}
