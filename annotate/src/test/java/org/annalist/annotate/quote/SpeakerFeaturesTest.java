package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.junit.jupiter.api.Test;

/** What the ranker is told of each candidate speaker, on a dialogue of our own. */
class SpeakerFeaturesTest {

    private static final String TEXT = """
            Marsh came into the room where Hale sat writing.

            “Is the road open?” asked Marsh.

            “It is open,” said Hale.

            “Then we leave tonight.”
            """;

    private static Entity person(String id, String name) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = Pattern.compile("\\b" + name + "\\b").matcher(TEXT);
        while (m.find()) mentions.add(new Mention(Span.of(m.start(), m.end()), m.group()));
        return new Entity(id, EntityType.PERSON, name, List.of(), mentions);
    }

    private static List<SpeakerChoice> choices() {
        List<Paragraph> paragraphs = QuoteFinder.paragraphs(TEXT).stream().map(Paragraph::new).toList();
        AnnotatedText text = AnnotatedText.of(new SourceDocument(SourceText.of("d.txt", TEXT),
                Structure.EMPTY.withParagraphs(paragraphs))).with(new Entities(List.of(person("marsh", "Marsh"), person("hale", "Hale"))));
        return QuoteStage.standard(Optional.empty()).speakerChoices(text);
    }

    private static double feature(SpeakerChoice c, String id, String feature) {
        return c.features().get(c.candidates().indexOf(id))[SpeakerRanker.FEATURES.indexOf(feature)];
    }

    @Test
    void everyPersonInReachIsACandidateWithOneValueAFeature() {
        List<SpeakerChoice> cs = choices();
        assertThat(cs).hasSize(3);
        for (SpeakerChoice c : cs) {
            assertThat(c.candidates()).containsExactlyInAnyOrder("marsh", "hale");
            for (double[] row : c.features()) {
                assertThat(row).hasSize(SpeakerRanker.FEATURES.size());
                for (double v : row) assertThat(v).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void anInversionAfterTheWordsNamesTheSpeakerAndTheSieveCuesIt() {
        SpeakerChoice first = choices().get(0);
        assertThat(first.cued()).isTrue();
        assertThat(first.sieve()).contains("marsh");
        assertThat(feature(first, "marsh", "after.inverted")).isEqualTo(1);
        assertThat(feature(first, "marsh", "sieve.verb")).isEqualTo(1);
        assertThat(feature(first, "hale", "after.inverted")).isZero();
        assertThat(feature(first, "hale", "before.rank1")).isEqualTo(1); // named last before the words
    }

    @Test
    void aTurnWithoutACueHearsTheSpeakerTwoTurnsBackAgainAndNotTheOneBefore() {
        SpeakerChoice third = choices().get(2);
        assertThat(third.cued()).isFalse();
        assertThat(feature(third, "marsh", "turn.before.even")).isEqualTo(1);
        assertThat(feature(third, "hale", "turn.before.odd")).isEqualTo(1);
        assertThat(feature(third, "hale", "turn.before.even")).isZero();
    }

    @Test
    void theSieveSaysWhichRuleOfTheDialogueGaveItsSpeaker() {
        SpeakerChoice third = choices().get(2);
        assertThat(third.sieve()).contains("marsh");
        assertThat(feature(third, "marsh", "sieve.alternation")).isEqualTo(1);
        for (String other : List.of("sieve.same-turn", "sieve.vocative", "sieve.sole-person", "sieve.narrative-before",
                "sieve.other-party", "sieve.continued", "sieve.verb")) {
            assertThat(feature(third, "marsh", other)).as(other).isZero();
        }
    }
}
