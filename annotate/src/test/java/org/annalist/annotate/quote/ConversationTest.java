package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Metonymy;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.QuoteKind;
import org.junit.jupiter.api.Test;

/** Dialogue passages of our own: speakers the paragraphs show without a tag. */
class ConversationTest {

    /** Every occurrence of each name (and of the pronouns listed for it) is a mention of the entity. */
    private static Entity person(String text, String id, List<String> names, List<String> pronounsAt) {
        List<Mention> mentions = new ArrayList<>();
        for (String name : names) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
            while (m.find()) mentions.add(new Mention(Span.of(m.start(), m.end()), m.group()));
        }
        for (String p : pronounsAt) {
            int at = text.indexOf(p);
            mentions.add(new Mention(Span.of(at, at + p.length()), p, MentionKind.PRONOUN, Metonymy.NONE));
        }
        return new Entity(id, EntityType.PERSON, names.get(0), List.of(), mentions);
    }

    private static List<String> speakers(String text, Entities entities) {
        List<Paragraph> paragraphs = QuoteFinder.paragraphs(text).stream().map(Paragraph::new).toList();
        AnnotatedText annotated = AnnotatedText.of(new SourceDocument(SourceText.of("dialogue.txt", text),
                Structure.EMPTY.withParagraphs(paragraphs))).with(entities);
        return QuoteStage.standard().annotate(annotated).quotes().stream()
                .filter(q -> q.kind() == QuoteKind.SPEECH && q.depth() == 0)
                .map(q -> q.speakerId().orElse("-")).toList();
    }

    @Test
    void quoteOnlyParagraphsAlternateBetweenTheTwoLastSpeakers() {
        String text = """
                Marsh came into the room where Hale sat writing.

                “Is the road open?” asked Marsh.

                “It is open,” said Hale.

                “Then we leave tonight.”

                “Not without the guns.”

                “The guns can follow.”
                """;
        Entities cast = new Entities(List.of(person(text, "marsh", List.of("Marsh"), List.of()),
                person(text, "hale", List.of("Hale"), List.of())));
        assertThat(speakers(text, cast)).containsExactly("marsh", "hale", "marsh", "hale", "marsh");
    }

    @Test
    void theOneAddressedByNameAnswersAndIsNeverTheSpeakerOfHisOwnName() {
        String text = """
                Ostrova and Marsh stood at the window.

                “Tell me, Marsh, when does the train leave?”

                “At dawn, if the snow allows.”
                """;
        Entities cast = new Entities(List.of(person(text, "ostrova", List.of("Ostrova"), List.of()),
                person(text, "marsh", List.of("Marsh"), List.of())));
        // the first turn addresses Marsh: not Marsh's words; the answer is Marsh's
        List<String> found = speakers(text, cast);
        assertThat(found.get(0)).isNotEqualTo("marsh");
        assertThat(found.get(1)).isEqualTo("marsh");
    }

    @Test
    void aQuoteAfterNarrativeIsSpokenByThePersonTheNarrativeLeavesOnStage() {
        String text = """
                The train was late. Ostrova looked at the clock for a long time.

                “We shall miss the boat.”

                “Not if we hurry,” said Hale, and he took up the bags. “Come.”
                """;
        Entities cast = new Entities(List.of(person(text, "ostrova", List.of("Ostrova"), List.of()),
                person(text, "hale", List.of("Hale"), List.of())));
        assertThat(speakers(text, cast)).containsExactly("ostrova", "hale", "hale");
    }

    @Test
    void inversionsAndPronounsAfterTheWordsNameTheSpeaker() {
        String text = """
                Hale opened the letter slowly.

                “It is from the front,” said he.

                Ostrova put down her cup. “Read it,” she said.

                “I cannot,” replied Hale.
                """;
        Entities cast = new Entities(List.of(person(text, "hale", List.of("Hale"), List.of()),
                person(text, "ostrova", List.of("Ostrova", "her cup".substring(0, 3)), List.of())));
        assertThat(speakers(text, cast)).containsExactly("hale", "ostrova", "hale");
    }
}
