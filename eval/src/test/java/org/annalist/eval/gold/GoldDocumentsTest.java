package org.annalist.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.annalist.annotate.AnnotatedText;
import org.annalist.eval.EvalReport;
import org.annalist.eval.Referee;
import org.annalist.eval.Task;
import org.annalist.model.CallStyle;
import org.annalist.model.Heading;
import org.annalist.model.NoteCall;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceFormat;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.TimexType;
import org.annalist.model.layer.Timexes;
import org.junit.jupiter.api.Test;

class GoldDocumentsTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static final String TEXT =
            "THE MEETING\nStalin spoke on 1 August 1938.12 Molotov agreed.\nSTALIN: Tell me.\nMOLOTOV: Yes.\nBERIA: No.\n";

    private static final Structure STRUCTURE = Structure.EMPTY
            .withHeadings(List.of(new Heading(Span.of(0, 11), 1, "THE MEETING")))
            .withNoteCalls(List.of(new NoteCall(Span.of(42, 44), "12", CallStyle.GLUED, Optional.empty())))
            .withTurns(List.of(
                    new TranscriptTurn(Span.of(61, 77), Span.of(61, 67), "Stalin"),
                    new TranscriptTurn(Span.of(78, 91), Span.of(78, 85), "Molotov"),
                    new TranscriptTurn(Span.of(92, 102), Span.of(92, 97), "Beria")));

    private static final Entities ENTITIES = new Entities(List.of(
            new Entity("stalin", EntityType.PERSON, "Stalin", List.of(), List.of(
                    new Mention(Span.of(61, 67), "STALIN"), new Mention(Span.of(12, 18), "Stalin"))),
            new Entity("molotov", EntityType.PERSON, "Vyacheslav Molotov", List.of("Molotov"), List.of(
                    new Mention(Span.of(45, 52), "Molotov")))));

    @Test
    void structure_entities_and_timexes_become_the_gold_shape_with_turn_speakers_as_entity_ids() throws Exception {
        AnnotatedText text = AnnotatedText.of(new SourceDocument(SourceText.of("meeting.txt", TEXT), STRUCTURE))
                .with(ENTITIES)
                .with(new Timexes(List.of(new Timex(Span.of(28, 41), TimexType.DATE, "1938-08-01", Optional.empty()))));

        GoldDocument doc = GoldDocuments.from(text);

        assertThat(M.readTree(GoldJson.toJson(doc))).isEqualTo(M.readTree("""
                {"format": "annalist-gold/1", "document": "meeting.txt", "chars": 103,
                 "timexes": [{"start": 28, "end": 41, "text": "1 August 1938", "type": "DATE",
                              "value": "1938-08-01", "optional": false, "certainty": "stated", "matter": "body"}],
                 "notes": [{"marker": "12", "start": 42, "end": 44}],
                 "quotes": [],
                 "entities": [
                   {"id": "stalin", "type": "PERSON", "name": "Stalin",
                    "mentions": [{"start": 12, "end": 18, "text": "Stalin"}, {"start": 61, "end": 67, "text": "STALIN"}]},
                   {"id": "molotov", "type": "PERSON", "name": "Vyacheslav Molotov",
                    "mentions": [{"start": 45, "end": 52, "text": "Molotov"}]}],
                 "communications": [], "claims": [],
                 "headings": [{"text": "THE MEETING", "start": 0}],
                 "transcript_turns": [{"speaker": "stalin", "start": 61}, {"speaker": "molotov", "start": 78},
                                      {"start": 92}],
                 "hedges": []}
                """));
    }

    @Test
    void a_source_that_is_not_verbatim_carries_its_text_and_absent_layers_give_empty_arrays() {
        SourceText html = new SourceText("meeting.html", TEXT, SourceFormat.HTML, "UTF-8", false);
        GoldDocument doc = GoldDocuments.from(AnnotatedText.of(new SourceDocument(html, STRUCTURE)));

        assertThat(doc.text()).isEqualTo(TEXT);
        assertThat(doc.document()).isEqualTo("meeting.html");
        assertThat(doc.entities()).isEmpty();
        assertThat(doc.timexes()).isEmpty();
        assertThat(doc.transcriptTurns()).containsExactly(
                new GoldTurn(null, 61), new GoldTurn(null, 78), new GoldTurn(null, 92));
        assertThat(doc.notes()).containsExactly(new GoldNote("12", 42, 44));
    }

    @Test
    void the_written_output_scores_full_marks_against_itself_as_gold() throws Exception {
        AnnotatedText text = AnnotatedText.of(new SourceDocument(SourceText.of("meeting.txt", TEXT), STRUCTURE))
                .with(ENTITIES);
        GoldDocument doc = GoldDocuments.from(text);

        EvalReport report = Referee.score(doc, doc);

        assertThat(report.row(Task.TRANSCRIPT_TURNS).f1()).isEqualTo(1.0);
        assertThat(report.row(Task.ENTITIES_LINKS_SAME).gold()).isEqualTo(1);
    }
}
