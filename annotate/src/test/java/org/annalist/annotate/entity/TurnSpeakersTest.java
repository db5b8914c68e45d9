package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.junit.jupiter.api.Test;

class TurnSpeakersTest {

    private static final String TEXT = """
            MARSH: You will return on Monday.
            HALE: We shall not.
            MARSH: We shall see.""";

    private static TranscriptTurn turn(int lineStart, int lineEnd, int labelEnd, String speaker) {
        return new TranscriptTurn(Span.of(lineStart, lineEnd), Span.of(lineStart, labelEnd), speaker);
    }

    @Test
    void oneEntityPerDistinctSpeakerWithEveryLabelAsAMention() {
        int l2 = TEXT.indexOf("HALE"), l3 = TEXT.lastIndexOf("MARSH");
        Structure structure = Structure.EMPTY.withTurns(List.of(
                turn(0, l2 - 1, 5, "Marsh"),
                turn(l2, l3 - 1, l2 + 4, "Hale"),
                turn(l3, TEXT.length(), l3 + 5, "Marsh")));
        AnnotatedText text = AnnotatedText.of(new SourceDocument(SourceText.of("t.txt", TEXT), structure));

        Entities entities = new TurnSpeakers().annotate(text);

        assertThat(entities.entities()).extracting(Entity::id).containsExactly("marsh", "hale");
        Entity marsh = entities.byId("marsh").orElseThrow();
        assertThat(marsh.name()).isEqualTo("Marsh");
        assertThat(marsh.mentions()).extracting(m -> m.span().start()).containsExactly(0, l3);
        assertThat(marsh.mentions()).extracting(m -> m.text()).containsOnly("MARSH");
    }

    @Test
    void idsKeepLettersAndDigitsOnly() {
        assertThat(TurnSpeakers.idOf("Mr. Smith")).isEqualTo("mr_smith");
        assertThat(TurnSpeakers.idOf("Ézé O’Neil")).isEqualTo("eze_o_neil");
        assertThat(TurnSpeakers.idOf("...")).isEqualTo("speaker");
    }
}
