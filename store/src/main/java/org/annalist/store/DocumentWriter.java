package org.annalist.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.BlockQuote;
import org.annalist.model.Heading;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.Quotes;
import org.annalist.model.layer.Channel;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.ClaimCheck;
import org.annalist.model.layer.Claims;
import org.annalist.model.layer.Communication;
import org.annalist.model.layer.Communications;
import org.annalist.model.layer.Event;
import org.annalist.model.layer.Events;
import org.annalist.model.layer.Hedge;
import org.annalist.model.layer.Hedges;
import org.annalist.model.layer.Participant;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.Tokens;

/**
 * Turns one annotated document into rows: its structure and every layer present
 * ({@link AnnotatedText#has}), each row handed to a {@link RowSink} once. The only place that
 * knows how a document becomes rows; the store and the Spark job both write what it emits.
 *
 * <p>Claims come with their arithmetic checks ({@code claim_checks}, {@code claim_check_operands})
 * and the date of their sentence, so the chronicle can compare figures across documents.
 */
final class DocumentWriter {

    private final RowSink sink;
    private final long documentId;
    private final AnnotatedText text;
    private final SourceText source;
    private final SentenceIndex sentences;

    DocumentWriter(RowSink sink, long documentId, AnnotatedText text) {
        this.sink = sink;
        this.documentId = documentId;
        this.text = text;
        this.source = text.source();
        List<Sentence> list = text.has(Tokens.class) ? text.layer(Tokens.class).sentences() : List.of();
        this.sentences = new SentenceIndex(list, text.structure().paragraphs(), source.length());
    }

    /** {@return the names of the layers written, besides the structure} */
    static List<String> layerNames(AnnotatedText text) {
        List<String> names = new ArrayList<>();
        names.add("structure");
        if (text.has(Tokens.class)) names.add("sentences");
        if (text.has(Entities.class)) names.add("entities");
        if (text.has(Timexes.class)) names.add("timexes");
        if (text.has(Quotes.class)) names.add("quotes");
        if (text.has(Communications.class)) names.add("communications");
        if (text.has(Events.class)) names.add("events");
        if (text.has(Claims.class)) names.add("claims");
        if (text.has(Hedges.class)) names.add("hedges");
        return names;
    }

    void write() {
        Structure s = text.structure();
        paragraphs(s.paragraphs());
        sentences();
        headings(s.headings());
        blockQuotes(s.blockQuotes());
        turns(s.turns());
        notes(s.notes());
        noteCalls(s.noteCalls());
        if (text.has(Entities.class)) entities(text.layer(Entities.class));
        if (text.has(Timexes.class)) timexes(text.layer(Timexes.class));
        if (text.has(Quotes.class)) quotes(text.layer(Quotes.class));
        if (text.has(Communications.class)) communications(text.layer(Communications.class));
        if (text.has(Events.class)) events(text.layer(Events.class));
        if (text.has(Claims.class)) claims(text.layer(Claims.class));
        if (text.has(Hedges.class)) hedges(text.layer(Hedges.class));
    }

    private void paragraphs(List<Paragraph> paragraphs) {
        int i = 0;
        for (Paragraph p : paragraphs) {
            row(StoreTable.PARAGRAPHS, i++, p.span(), source.slice(p.span()));
        }
    }

    private void sentences() {
        for (int i = 0; i < sentences.size(); i++) {
            row(StoreTable.SENTENCES, i, Span.of(sentences.start(i), sentences.end(i)), sentences.extentEnd(i));
        }
    }

    private void headings(List<Heading> headings) {
        int i = 0;
        for (Heading h : headings) row(StoreTable.HEADINGS, i++, h.span(), h.level(), h.text());
    }

    private void blockQuotes(List<BlockQuote> quotes) {
        int i = 0;
        for (BlockQuote b : quotes) row(StoreTable.BLOCK_QUOTES, i++, b.span());
    }

    private void turns(List<TranscriptTurn> turns) {
        int i = 0;
        for (TranscriptTurn t : turns) {
            row(StoreTable.TURNS, i++, t.span(), t.label().start(), t.label().end(), t.speaker());
        }
    }

    private void notes(List<Note> notes) {
        for (Note n : notes) {
            emit(StoreTable.NOTES, documentId, n.id(), n.marker(), n.span().start(), n.span().end(),
                    n.body().start(), n.body().end(), source.slice(n.body()));
        }
    }

    private void noteCalls(List<NoteCall> calls) {
        int i = 0;
        for (NoteCall c : calls) {
            row(StoreTable.NOTE_CALLS, i++, c.span(), c.marker(), lower(c.style()), c.noteId().orElse(null));
        }
    }

    private void entities(Entities entities) {
        List<Object[]> aliases = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> mentions = new ArrayList<>();
        for (Entity e : entities.entities()) {
            emit(StoreTable.ENTITIES, documentId, e.id(), e.type().name(), e.name(), e.mentions().size());
            for (String a : e.aliases()) aliases.add(new Object[] {documentId, e.id(), a});
            int r = 0;
            for (String ro : e.roles()) roles.add(new Object[] {documentId, e.id(), r++, ro});
            for (Mention m : e.mentions()) {
                mentions.add(new Object[] {documentId, e.id(), m.span().start(), m.span().end(), m.text(),
                        lower(m.kind()), lower(m.metonymy()), sentence(m.span().start())});
            }
        }
        aliases.forEach(a -> sink.row(StoreTable.ENTITY_ALIASES, a));
        roles.forEach(r -> sink.row(StoreTable.ENTITY_ROLES, r));
        mentions.forEach(m -> sink.row(StoreTable.MENTIONS, m));
    }

    private void timexes(Timexes timexes) {
        int i = 0;
        Set<Timex> outside = new HashSet<>(timexes.outsideFrame());
        for (Timex t : timexes.items()) {
            row(StoreTable.TIMEXES, i++, t.span(), source.slice(t.span()), t.type().name(), t.value(),
                    t.interval().map(v -> v.earliest().toString()).orElse(null),
                    t.interval().map(v -> v.latest().toString()).orElse(null),
                    // ISO strings of BC years do not sort (-0100 < -0043 as text): order by day numbers
                    t.interval().map(v -> Math.toIntExact(v.earliest().toEpochDay())).orElse(null),
                    t.interval().map(v -> Math.toIntExact(v.latest().toEpochDay())).orElse(null),
                    lower(t.granularity()), t.mod().map(DocumentWriter::lower).orElse(null),
                    t.anchor().map(Span::start).orElse(null), t.anchor().map(Span::end).orElse(null),
                    t.vague() ? 1 : 0, sentence(t.span().start()), lower(t.certainty()), lower(t.matter()),
                    outside.contains(t) ? 1 : 0);
        }
    }

    private void quotes(Quotes quotes) {
        int i = 0;
        for (Quote q : quotes.quotes()) {
            row(StoreTable.QUOTES, i++, q.span(), lower(q.kind()), q.speakerId().orElse(null),
                    q.addresseeId().orElse(null), q.cue().map(Span::start).orElse(null),
                    q.cue().map(Span::end).orElse(null), q.depth(), q.closed() ? 1 : 0,
                    // the sentence where the quote ends: its note call, if any, follows there
                    sentence(Math.max(q.span().start(), q.span().end() - 1)));
        }
    }

    private void communications(Communications communications) {
        List<Object[]> parties = new ArrayList<>();
        int i = 0;
        for (Communication c : communications.items()) {
            row(StoreTable.COMMUNICATIONS, i, c.cue(), c.channel().map(Channel::label).orElse(null),
                    c.date().orElse(null), c.evidence().start(), c.evidence().end(), sentence(c.cue().start()));
            for (String id : c.senderIds()) parties.add(new Object[] {documentId, i, "sender", id});
            for (String id : c.recipientIds()) parties.add(new Object[] {documentId, i, "recipient", id});
            i++;
        }
        parties.forEach(p -> sink.row(StoreTable.COMMUNICATION_PARTIES, p));
    }

    private void events(Events events) {
        List<Object[]> participants = new ArrayList<>();
        int i = 0;
        for (Event e : events.items()) {
            row(StoreTable.EVENTS, i, e.evidence(), e.trigger().start(), e.trigger().end(), e.type().label(),
                    e.date().orElse(null), e.placeId().orElse(null), sentence(e.trigger().start()));
            for (Participant p : e.participants()) {
                participants.add(new Object[] {documentId, i, p.role().name().toLowerCase(Locale.ROOT), p.entityId()});
            }
            i++;
        }
        participants.forEach(p -> sink.row(StoreTable.EVENT_PARTICIPANTS, p));
    }

    private void claims(Claims claims) {
        List<Timex> dated = text.has(Timexes.class) ? text.layer(Timexes.class).items().stream()
                .filter(t -> !t.vague() && t.interval().isPresent()).toList() : List.of();
        int i = 0;
        for (Claim c : claims.claims()) {
            row(StoreTable.CLAIMS, i++, c.span(), c.number().start(), c.number().end(), c.subject().orElse(null),
                    c.measure(), c.value(), c.qualifier().label(), dateOf(c.sentence(), dated).orElse(null),
                    sentence(c.number().start()), c.kind().label(), c.high().orElse(null));
        }
        checks(claims.checks());
    }

    /** {@return the value of the first resolved, non-vague timex in {@code sentence}}: the claim's date, when the text gives one */
    private static Optional<String> dateOf(Span sentence, List<Timex> dated) {
        return dated.stream().filter(t -> sentence.contains(t.span())).map(Timex::value).findFirst();
    }

    private void checks(List<ClaimCheck> checks) {
        List<Object[]> operands = new ArrayList<>();
        int i = 0;
        for (ClaimCheck c : checks) {
            emit(StoreTable.CLAIM_CHECKS, documentId, i, lower(c.kind()), c.stated().start(), c.stated().end(),
                    c.statedValue(), c.computed(), c.tolerance(), c.consistent() ? 1 : 0, sentence(c.stated().start()));
            int k = 0;
            for (Span s : c.operands()) operands.add(new Object[] {documentId, i, k++, s.start(), s.end()});
            i++;
        }
        operands.forEach(o -> sink.row(StoreTable.CLAIM_CHECK_OPERANDS, o));
    }

    private void hedges(Hedges hedges) {
        int i = 0;
        for (Hedge h : hedges.hedges()) {
            row(StoreTable.HEDGES, i++, h.span(), h.cue().start(), h.cue().end(), lower(h.kind()));
        }
    }

    /** A row that starts (document_id, ordinal, span_start, span_end), then {@code rest}. */
    private void row(StoreTable table, int ordinal, Span span, Object... rest) {
        Object[] values = new Object[4 + rest.length];
        values[0] = documentId;
        values[1] = ordinal;
        values[2] = span.start();
        values[3] = span.end();
        System.arraycopy(rest, 0, values, 4, rest.length);
        sink.row(table, values);
    }

    private void emit(StoreTable table, Object... values) {
        sink.row(table, values);
    }

    /** {@return the sentence at {@code offset}}, null outside every sentence */
    private Integer sentence(int offset) {
        int s = sentences.sentenceOf(offset);
        return s < 0 ? null : s;
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
