package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Structure;
import org.annalist.model.layer.Communication;
import org.annalist.model.layer.Communications;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.pipeline.StandardPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who sends and who receives, through the standard pipeline, on passages of our own written
 * as memoirs and histories are: a message with no recipient named, a visit that is no
 * message, instructions given to someone.
 */
class CommunicationPartiesTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = StandardPipeline.create(StandardPipeline.Options.DEFAULT);
    }

    /** {@return each communication as "senders → recipients"}, parties by the last word of their entities' names */
    private static List<String> messages(String text) {
        AnnotatedText t = pipeline.run(new SourceDocument(SourceText.of("p.txt", text), Structure.EMPTY));
        Map<String, String> names = t.layer(Entities.class).entities().stream()
                .collect(Collectors.toMap(Entity::id, e -> e.name().substring(e.name().lastIndexOf(' ') + 1)));
        List<String> out = new ArrayList<>();
        for (Communication c : t.layer(Communications.class).items()) {
            out.add((c.senderIds().stream().map(names::get).collect(Collectors.joining(", ")) + " → "
                    + c.recipientIds().stream().map(names::get).collect(Collectors.joining(", "))).strip());
        }
        return out;
    }

    @Test
    void aTelegramWithNoRecipientNamedGoesToNoOneWhenItsSenderTelegraphedToMany() {
        assertThat(messages("""
                On May 1, 1862, General Marsh telegraphed to Colonel Hale. On May 3, Marsh telegraphed to \
                Governor Dunn about the roads. On May 9, Marsh telegraphed that the bridges were down.""")).containsExactly(
                "Marsh → Hale", "Marsh → Dunn", "Marsh →");
    }

    @Test
    void aRadioMessageWithNoRecipientNamedGoesWhereItsSendersRadioMessagesAlwaysWent() {
        assertThat(messages("""
                On May 1, 1938, Captain Varga radioed Admiral Ostrova. The fleet sailed at dawn. The weather \
                was fair. The crossing took a week. On May 9, Varga radioed that the fleet had landed.""")).containsExactly(
                "Varga → Ostrova", "Varga → Ostrova");
    }

    @Test
    void callingOnAnOfficerIsAVisitNotAMessage() {
        assertThat(messages("Colonel Varga landed and called on General Hale at his quarters.")).isEmpty();
    }

    @Test
    void instructionsGivenToSomeoneAreTheGiversNotTheirs() {
        assertThat(messages("General Marsh gave Colonel Hale instructions to hold the bridge.")).containsExactly(
                "Marsh → Hale");
    }
}
