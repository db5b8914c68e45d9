package org.annalist.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.CallStyle;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Granularity;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.TimeInterval;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.TimexType;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.Tokens;

/**
 * Small annotated documents built by hand (no NLP): paragraphs split on blank lines,
 * sentences on ". ", a note call wherever {@code [n]} stands, a dated timex wherever an ISO
 * date stands, and a PERSON entity for each listed name.
 */
final class Samples {

    private Samples() {
    }

    static AnnotatedText annotated(String name, String text, String... people) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int at = 0;
        for (String p : text.split("\n\n", -1)) {
            paragraphs.add(new Paragraph(Span.of(at, at + p.length())));
            at += p.length() + 2;
        }
        List<NoteCall> calls = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(text);
        while (m.find()) calls.add(new NoteCall(Span.of(m.start(), m.end()), m.group(1), CallStyle.BRACKETED, Optional.empty()));
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' || i == text.length() - 1) {
                sentences.add(new Sentence(Span.of(start, i + 1), List.of()));
                start = i + 1;
                while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\n'
                        || text.charAt(start) == '[' || Character.isDigit(text.charAt(start)) || text.charAt(start) == ']')) {
                    start++;
                }
                i = start - 1;
            }
        }
        List<Timex> timexes = new ArrayList<>();
        var d = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text);
        while (d.find()) {
            var day = java.time.LocalDate.parse(d.group());
            timexes.add(new Timex(Span.of(d.start(), d.end()), TimexType.DATE, d.group(), Optional.empty(),
                    Optional.of(TimeInterval.day(day)), Granularity.DAY, Optional.empty(), false));
        }
        List<Entity> entities = new ArrayList<>();
        for (String person : people) {
            List<Mention> mentions = new ArrayList<>();
            int i = text.indexOf(person);
            while (i >= 0) {
                mentions.add(new Mention(Span.of(i, i + person.length()), person));
                i = text.indexOf(person, i + 1);
            }
            entities.add(new Entity(person.toLowerCase(java.util.Locale.ROOT).replace(' ', '_'), EntityType.PERSON,
                    person, List.of(), List.of("general"), mentions));
        }
        Structure structure = Structure.EMPTY.withParagraphs(paragraphs).withNoteCalls(calls).withNotes(notes);
        return AnnotatedText.of(new SourceDocument(SourceText.of(name, text), structure))
                .with(new Tokens(sentences))
                .with(new Timexes(timexes))
                .with(new Entities(entities));
    }

    static DocumentSource source(String name, String text) {
        return new DocumentSource(name, "/sources/" + name, DocumentSource.hash(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
