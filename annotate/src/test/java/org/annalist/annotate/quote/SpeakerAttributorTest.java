package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.Metonymy;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.QuoteKind;
import org.annalist.model.layer.Quotes;
import org.junit.jupiter.api.Test;

class SpeakerAttributorTest {

    /** A cast of invented people; each entity's mentions are every occurrence of its names. */
    private static Entities cast(String text) {
        return new Entities(List.of(
                entity(text, "marsh", EntityType.PERSON, "Marsh", "the envoy"),
                entity(text, "hale", EntityType.PERSON, "Hale", "the colonel"),
                entity(text, "ostrova", EntityType.PERSON, "Ostrova"),
                entity(text, "council", EntityType.ORG, "the council")));
    }

    private static Entity entity(String text, String id, EntityType type, String... names) {
        List<Mention> mentions = new ArrayList<>();
        for (String name : names) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text);
            while (m.find()) mentions.add(new Mention(Span.of(m.start(), m.end()), m.group()));
        }
        return new Entity(id, type, names[0], List.of(), mentions);
    }

    /** text ⇒ speaker/addressee of every speech quote, in order, split by ¦; - is none. */
    private static final String TABLE = """
            “We hold the ridge,” Hale would observe, without pride. ⇒ hale/-
            “Not one step back,” said the colonel. ⇒ hale/-
            Marsh radioed from the coast that “the convoy sails at dawn.” ⇒ marsh/-
            Ostrova boasted to the council that “the treaty is ours.” ⇒ ostrova/council
            Hale told Marsh that “the guns have arrived.” ⇒ hale/marsh
            “We were slow,” Hale admitted. He added, “The roads failed us.” ⇒ hale/- ¦ hale/-
            Marsh had long dismissed reports from Hale as “rumours spread by frightened clerks.” ⇒ marsh/-
            Ostrova stood up. “Nobody leaves the city tonight.” ⇒ ostrova/-
            “Tell me, Marsh, where are the trains?” Hale asked. ⇒ hale/marsh
            “The harvest failed,” the report said. ⇒ -/-
            An unnamed officer said that “the bridge is mined.” ⇒ -/-
            Marsh was told that “the border is closed.” ⇒ -/-
            “Wait for the thaw,” Ostrova wrote, adding that Hale “has never kept a promise.” ⇒ ostrova/- ¦ ostrova/-
            According to Hale, “the pass was already closed by snow.” ⇒ hale/-
            “The pass was already closed by snow,” according to the colonel. ⇒ hale/-
            Hale to Marsh: “Send the reserve north at once.” ⇒ hale/-
            """;

    @Test
    void everyRowOfTheTableNamesItsSpeakersAndAddressees() {
        QuoteStage stage = QuoteStage.standard();
        for (String row : TABLE.lines().toList()) {
            String[] parts = row.split("⇒");
            String text = parts[0].strip();
            AnnotatedText annotated = AnnotatedText.of(new SourceDocument(SourceText.of("t.txt", text), Structure.EMPTY))
                    .with(cast(text));
            List<String> got = stage.annotate(annotated).ofKind(QuoteKind.SPEECH).stream()
                    .map(q -> q.speakerId().orElse("-") + "/" + q.addresseeId().orElse("-")).toList();
            List<String> expected = Arrays.stream(parts[1].split("¦")).map(String::strip).toList();
            assertThat(got).as(row).isEqualTo(expected);
        }
    }

    @Test
    void aTranscriptTurnIsSpokenByItsLabelAndAddressedToItsVocativeOrTheOtherSpeaker() {
        String text = "HALE: Tell me, Marsh, when do we move?\nMARSH: At dawn.\nHALE: Good. Say “dawn” to them.";
        int l2 = text.indexOf("MARSH:"), l3 = text.lastIndexOf("HALE:");
        List<TranscriptTurn> turns = List.of(
                new TranscriptTurn(Span.of(0, l2 - 1), Span.of(0, 4), "Hale"),
                new TranscriptTurn(Span.of(l2, l3 - 1), Span.of(l2, l2 + 5), "Marsh"),
                new TranscriptTurn(Span.of(l3, text.length()), Span.of(l3, l3 + 4), "Hale"));
        AnnotatedText annotated = AnnotatedText.of(new SourceDocument(SourceText.of("t.txt", text),
                Structure.EMPTY.withTurns(turns))).with(cast(text));

        Quotes quotes = QuoteStage.standard().annotate(annotated);

        List<Quote> transcript = quotes.ofKind(QuoteKind.TRANSCRIPT);
        assertThat(transcript).extracting(q -> text.substring(q.span().start(), q.span().end()))
                .containsExactly("Tell me, Marsh, when do we move?", "At dawn.", "Good. Say “dawn” to them.");
        assertThat(transcript).extracting(Quote::speakerId)
                .containsExactly(Optional.of("hale"), Optional.of("marsh"), Optional.of("hale"));
        assertThat(transcript).extracting(Quote::addresseeId)
                .containsExactly(Optional.of("marsh"), Optional.of("hale"), Optional.of("marsh"));
        assertThat(quotes.quotes()).filteredOn(q -> q.kind() != QuoteKind.TRANSCRIPT)
                .singleElement().satisfies(q -> assertThat(q.depth()).isEqualTo(1));
    }

    @Test
    void anIndentedBlockIsSpeechOfWhoeverTheSentenceBeforeNames() {
        String text = "Ostrova wrote to the council:\n\n    We have no coal and no bread. The city will not hold.\n\nThe council did not answer.";
        int start = text.indexOf("We have");
        int end = text.indexOf("hold.") + 5;
        Structure structure = Structure.EMPTY
                .withParagraphs(List.of(new org.annalist.model.Paragraph(Span.of(0, 29)),
                        new org.annalist.model.Paragraph(Span.of(31, end)),
                        new org.annalist.model.Paragraph(Span.of(end + 2, text.length()))))
                .withBlockQuotes(List.of(new org.annalist.model.BlockQuote(Span.of(31, end))));
        AnnotatedText annotated = AnnotatedText.of(new SourceDocument(SourceText.of("t.txt", text), structure))
                .with(cast(text));
        assertThat(QuoteStage.standard().annotate(annotated).quotes()).singleElement().satisfies(q -> {
            assertThat(q.span()).isEqualTo(Span.of(start, end));
            assertThat(q.kind()).isEqualTo(QuoteKind.SPEECH);
            assertThat(q.speakerId()).contains("ostrova");
        });
    }

    @Test
    void aPronounSkipsTheLatestPersonWhenTheirGenderDisagrees() {
        String text = "Marsh met Mrs Ostrova at the station. He said, “We leave at dawn.” She said, “Not I.”";
        Entities entities = new Entities(List.of(
                entity(text, "marsh", EntityType.PERSON, "Marsh"),
                entity(text, "ostrova", EntityType.PERSON, "Mrs Ostrova")));
        AnnotatedText annotated = AnnotatedText.of(new SourceDocument(SourceText.of("t.txt", text), Structure.EMPTY))
                .with(entities);
        assertThat(QuoteStage.standard().annotate(annotated).ofKind(QuoteKind.SPEECH))
                .extracting(Quote::speakerId).containsExactly(Optional.of("marsh"), Optional.of("ostrova"));
    }

    @Test
    void aFirstPersonNarratorIsNotTheLastPersonNamed() {
        String text = "Hale came in late. “Sit down,” I said.";
        AnnotatedText annotated = AnnotatedText.of(new SourceDocument(SourceText.of("t.txt", text), Structure.EMPTY))
                .with(cast(text));
        assertThat(QuoteStage.standard().annotate(annotated).ofKind(QuoteKind.SPEECH))
                .singleElement().satisfies(q -> assertThat(q.speakerId()).isEmpty());
    }

    @Test
    void aPronounFarFromAnyPersonStaysWithoutSpeaker() {
        String text = "Marsh arrived. " + "The rain fell on the empty square. ".repeat(100) + "He said, “Enough.”";
        AnnotatedText annotated = AnnotatedText.of(new SourceDocument(SourceText.of("t.txt", text), Structure.EMPTY))
                .with(cast(text));
        assertThat(QuoteStage.standard().annotate(annotated).ofKind(QuoteKind.SPEECH))
                .singleElement().satisfies(q -> assertThat(q.speakerId()).isEmpty());
    }

    private static List<String> speakers(String text, Entities entities) {
        AnnotatedText annotated = AnnotatedText.of(new SourceDocument(SourceText.of("t.txt", text), Structure.EMPTY))
                .with(entities);
        return QuoteStage.standard().annotate(annotated).ofKind(QuoteKind.SPEECH).stream()
                .map(q -> q.speakerId().orElse("-")).toList();
    }

    @Test
    void inTextASentenceALineAQuoteAloneAfterAQuoteLineIsTheOtherPartysTurn() {
        String text = """
                Marsh met Hale at the gate .
                " It is late .
                Where are you going ? " said Hale .
                " Home . "
                " Why ?
                Is it far ? "
                " Because it is late . "
                """;
        assertThat(speakers(text, cast(text))).containsExactly("hale", "marsh", "hale", "marsh");
    }

    @Test
    void inTextASentenceALineTheSpeakerOfACuedQuoteGoesOnOnTheNextLineUnlessHeAsked() {
        String text = """
                Marsh met Hale at the gate .
                " It is late .
                We should go , " said Hale .
                " The night is cold . "
                " Say so .
                Are you cold ? " said Hale .
                " No . "
                """;
        assertThat(speakers(text, cast(text))).containsExactly("hale", "hale", "hale", "marsh");
    }

    @Test
    void saidMyFatherNamesTheFatherNotTheNarratorNestedInIt() {
        String text = "I came home late. “Sit down,” said my father.";
        int my = text.indexOf("my father");
        Entities entities = new Entities(List.of(
                new Entity("narrator", EntityType.PERSON, "the narrator", List.of(),
                        List.of(new Mention(Span.of(0, 1), "I"), new Mention(Span.of(my, my + 2), "my"))),
                new Entity("father", EntityType.PERSON, "my father", List.of(),
                        List.of(new Mention(Span.of(my, my + 9), "my father")))));
        assertThat(speakers(text, entities)).containsExactly("father");
    }

    @Test
    void heNeverTakesUpTheNarratorsI() {
        String text = "Hale came to the door and I let him in. “Sit down,” he said.";
        Entities entities = new Entities(List.of(
                entity(text, "hale", EntityType.PERSON, "Hale"),
                new Entity("narrator", EntityType.PERSON, "the narrator", List.of(),
                        List.of(new Mention(Span.of(text.indexOf(" I ") + 1, text.indexOf(" I ") + 2), "I")))));
        assertThat(speakers(text, entities)).containsExactly("hale");
    }

    @Test
    void sheInADialogueIsTheWomanTakingPartInItNotTheLastPersonOfUnknownGender() {
        String text = "“We leave at dawn,” said Mrs Ostrova. "
                + "The rain fell on the empty square and the lamps went out one by one. ".repeat(9)
                + "The driver waited. “Not yet,” she said.";
        int driver = text.indexOf("The driver");
        Entities entities = new Entities(List.of(
                entity(text, "ostrova", EntityType.PERSON, "Mrs Ostrova"),
                new Entity("driver", EntityType.PERSON, "The driver", List.of(), List.of(new Mention(
                        Span.of(driver, driver + "The driver".length()), "The driver", MentionKind.NOMINAL, Metonymy.NONE)))));
        assertThat(speakers(text, entities)).containsExactly("ostrova", "ostrova");
    }

    @Test
    void heAfterAPersonNamedInTheSentenceBeforeIsThatPersonThoughNoPronounToldTheGender() {
        String text = "General Joffre issued his order: “Advance at all costs.” Moltke was shaken. "
                + "“Where are the victories?” he wrote.";
        Entities entities = new Entities(List.of(
                entity(text, "joffre", EntityType.PERSON, "General Joffre", "his"),
                entity(text, "moltke", EntityType.PERSON, "Moltke")));
        assertThat(speakers(text, entities)).containsExactly("joffre", "moltke");
    }
}
