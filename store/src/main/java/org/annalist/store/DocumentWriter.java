package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.annalist.model.layer.Hedge;
import org.annalist.model.layer.Hedges;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.Tokens;

/**
 * Writes one annotated document's rows: its structure and every layer present
 * ({@link AnnotatedText#has}). Runs inside the caller's transaction; commits nothing.
 *
 * <p>Claims come with their arithmetic checks ({@code claim_checks}, {@code claim_check_operands})
 * and the date of their sentence, so the chronicle can compare figures across documents.
 */
final class DocumentWriter {

    private final Connection conn;
    private final long documentId;
    private final AnnotatedText text;
    private final SourceText source;
    private final SentenceIndex sentences;

    DocumentWriter(Connection conn, long documentId, AnnotatedText text) {
        this.conn = conn;
        this.documentId = documentId;
        this.text = text;
        this.source = text.source();
        List<Sentence> list = text.has(Tokens.class) ? text.layer(Tokens.class).sentences() : List.of();
        this.sentences = new SentenceIndex(list, text.structure().paragraphs(), source.length());
    }

    /** {@return the names of the layers written, besides the structure} */
    static List<String> layerNames(AnnotatedText text) {
        List<String> names = new java.util.ArrayList<>();
        names.add("structure");
        if (text.has(Tokens.class)) names.add("sentences");
        if (text.has(Entities.class)) names.add("entities");
        if (text.has(Timexes.class)) names.add("timexes");
        if (text.has(Quotes.class)) names.add("quotes");
        if (text.has(Communications.class)) names.add("communications");
        if (text.has(Claims.class)) names.add("claims");
        if (text.has(Hedges.class)) names.add("hedges");
        return names;
    }

    void write() throws SQLException {
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
        if (text.has(Claims.class)) claims(text.layer(Claims.class));
        if (text.has(Hedges.class)) hedges(text.layer(Hedges.class));
    }

    private void paragraphs(List<Paragraph> paragraphs) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO paragraphs(document_id, ordinal, span_start, span_end, text) VALUES (?,?,?,?,?)")) {
            int i = 0;
            for (Paragraph p : paragraphs) {
                row(ps, i++, p.span());
                ps.setString(5, source.slice(p.span()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void sentences() throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO sentences(document_id, ordinal, span_start, span_end, extent_end) VALUES (?,?,?,?,?)")) {
            for (int i = 0; i < sentences.size(); i++) {
                row(ps, i, Span.of(sentences.start(i), sentences.end(i)));
                ps.setInt(5, sentences.extentEnd(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void headings(List<Heading> headings) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO headings(document_id, ordinal, span_start, span_end, level, text) VALUES (?,?,?,?,?,?)")) {
            int i = 0;
            for (Heading h : headings) {
                row(ps, i++, h.span());
                ps.setInt(5, h.level());
                ps.setString(6, h.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void blockQuotes(List<BlockQuote> quotes) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO block_quotes(document_id, ordinal, span_start, span_end) VALUES (?,?,?,?)")) {
            int i = 0;
            for (BlockQuote b : quotes) {
                row(ps, i++, b.span());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void turns(List<TranscriptTurn> turns) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO turns(document_id, ordinal, span_start, "
                + "span_end, label_start, label_end, speaker) VALUES (?,?,?,?,?,?,?)")) {
            int i = 0;
            for (TranscriptTurn t : turns) {
                row(ps, i++, t.span());
                ps.setInt(5, t.label().start());
                ps.setInt(6, t.label().end());
                ps.setString(7, t.speaker());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void notes(List<Note> notes) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO notes(document_id, note_id, marker, "
                + "span_start, span_end, body_start, body_end, body) VALUES (?,?,?,?,?,?,?,?)")) {
            for (Note n : notes) {
                ps.setLong(1, documentId);
                ps.setString(2, n.id());
                ps.setString(3, n.marker());
                ps.setInt(4, n.span().start());
                ps.setInt(5, n.span().end());
                ps.setInt(6, n.body().start());
                ps.setInt(7, n.body().end());
                ps.setString(8, source.slice(n.body()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void noteCalls(List<NoteCall> calls) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO note_calls(document_id, ordinal, span_start, "
                + "span_end, marker, style, note_id) VALUES (?,?,?,?,?,?,?)")) {
            int i = 0;
            for (NoteCall c : calls) {
                row(ps, i++, c.span());
                ps.setString(5, c.marker());
                ps.setString(6, lower(c.style()));
                text(ps, 7, c.noteId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void entities(Entities entities) throws SQLException {
        try (PreparedStatement ent = conn.prepareStatement("INSERT INTO entities(document_id, entity_key, type, name, "
                + "mention_count) VALUES (?,?,?,?,?)");
             PreparedStatement alias = conn.prepareStatement(
                     "INSERT INTO entity_aliases(document_id, entity_key, alias) VALUES (?,?,?)");
             PreparedStatement role = conn.prepareStatement(
                     "INSERT INTO entity_roles(document_id, entity_key, ordinal, role) VALUES (?,?,?,?)");
             PreparedStatement mention = conn.prepareStatement("INSERT INTO mentions(document_id, entity_key, "
                     + "span_start, span_end, text, kind, metonymy, sentence) VALUES (?,?,?,?,?,?,?,?)")) {
            for (Entity e : entities.entities()) {
                ent.setLong(1, documentId);
                ent.setString(2, e.id());
                ent.setString(3, e.type().name());
                ent.setString(4, e.name());
                ent.setInt(5, e.mentions().size());
                ent.addBatch();
                for (String a : e.aliases()) {
                    alias.setLong(1, documentId);
                    alias.setString(2, e.id());
                    alias.setString(3, a);
                    alias.addBatch();
                }
                int r = 0;
                for (String ro : e.roles()) {
                    role.setLong(1, documentId);
                    role.setString(2, e.id());
                    role.setInt(3, r++);
                    role.setString(4, ro);
                    role.addBatch();
                }
                for (Mention m : e.mentions()) {
                    mention.setLong(1, documentId);
                    mention.setString(2, e.id());
                    mention.setInt(3, m.span().start());
                    mention.setInt(4, m.span().end());
                    mention.setString(5, m.text());
                    mention.setString(6, lower(m.kind()));
                    mention.setString(7, lower(m.metonymy()));
                    sentence(mention, 8, m.span().start());
                    mention.addBatch();
                }
            }
            ent.executeBatch();
            alias.executeBatch();
            role.executeBatch();
            mention.executeBatch();
        }
    }

    private void timexes(Timexes timexes) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO timexes(document_id, ordinal, span_start, "
                + "span_end, text, type, value, interval_start, interval_end, start_day, end_day, granularity, mod, "
                + "anchor_start, anchor_end, vague, sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 0;
            for (Timex t : timexes.items()) {
                row(ps, i++, t.span());
                ps.setString(5, source.slice(t.span()));
                ps.setString(6, t.type().name());
                ps.setString(7, t.value());
                text(ps, 8, t.interval().map(v -> v.earliest().toString()));
                text(ps, 9, t.interval().map(v -> v.latest().toString()));
                // ISO strings of BC years do not sort (-0100 < -0043 as text): order by day numbers
                integer(ps, 10, t.interval().map(v -> Math.toIntExact(v.earliest().toEpochDay())));
                integer(ps, 11, t.interval().map(v -> Math.toIntExact(v.latest().toEpochDay())));
                ps.setString(12, lower(t.granularity()));
                text(ps, 13, t.mod().map(DocumentWriter::lower));
                integer(ps, 14, t.anchor().map(Span::start));
                integer(ps, 15, t.anchor().map(Span::end));
                ps.setInt(16, t.vague() ? 1 : 0);
                sentence(ps, 17, t.span().start());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void quotes(Quotes quotes) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO quotes(document_id, ordinal, span_start, "
                + "span_end, kind, speaker_key, addressee_key, cue_start, cue_end, depth, closed, sentence) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 0;
            for (Quote q : quotes.quotes()) {
                row(ps, i++, q.span());
                ps.setString(5, lower(q.kind()));
                text(ps, 6, q.speakerId());
                text(ps, 7, q.addresseeId());
                integer(ps, 8, q.cue().map(Span::start));
                integer(ps, 9, q.cue().map(Span::end));
                ps.setInt(10, q.depth());
                ps.setInt(11, q.closed() ? 1 : 0);
                // the sentence where the quote ends: its note call, if any, follows there
                sentence(ps, 12, Math.max(q.span().start(), q.span().end() - 1));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void communications(Communications communications) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO communications(document_id, ordinal, "
                + "span_start, span_end, channel, date_value, evidence_start, evidence_end, sentence) VALUES (?,?,?,?,?,?,?,?,?)");
             PreparedStatement party = conn.prepareStatement("INSERT INTO communication_parties(document_id, "
                     + "communication, role, entity_key) VALUES (?,?,?,?)")) {
            int i = 0;
            for (Communication c : communications.items()) {
                row(ps, i, c.cue());
                text(ps, 5, c.channel().map(Channel::label));
                text(ps, 6, c.date());
                ps.setInt(7, c.evidence().start());
                ps.setInt(8, c.evidence().end());
                sentence(ps, 9, c.cue().start());
                ps.addBatch();
                for (String id : c.senderIds()) party(party, i, "sender", id);
                for (String id : c.recipientIds()) party(party, i, "recipient", id);
                i++;
            }
            ps.executeBatch();
            party.executeBatch();
        }
    }

    private void party(PreparedStatement ps, int communication, String role, String entityKey) throws SQLException {
        ps.setLong(1, documentId);
        ps.setInt(2, communication);
        ps.setString(3, role);
        ps.setString(4, entityKey);
        ps.addBatch();
    }

    private void claims(Claims claims) throws SQLException {
        List<Timex> dated = text.has(Timexes.class) ? text.layer(Timexes.class).items().stream()
                .filter(t -> !t.vague() && t.interval().isPresent()).toList() : List.of();
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO claims(document_id, ordinal, span_start, "
                + "span_end, number_start, number_end, subject_key, measure, value, qualifier, date_value, sentence) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 0;
            for (Claim c : claims.claims()) {
                row(ps, i++, c.span());
                ps.setInt(5, c.number().start());
                ps.setInt(6, c.number().end());
                text(ps, 7, c.subject());
                ps.setString(8, c.measure());
                ps.setDouble(9, c.value());
                ps.setString(10, c.qualifier().label());
                text(ps, 11, dateOf(c.sentence(), dated));
                sentence(ps, 12, c.number().start());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        checks(claims.checks());
    }

    /** {@return the value of the first resolved, non-vague timex in {@code sentence}}: the claim's date, when the text gives one */
    private static Optional<String> dateOf(Span sentence, List<Timex> dated) {
        return dated.stream().filter(t -> sentence.contains(t.span())).map(Timex::value).findFirst();
    }

    private void checks(List<ClaimCheck> checks) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO claim_checks(document_id, ordinal, kind, "
                + "stated_start, stated_end, stated_value, computed, tolerance, consistent, sentence) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement op = conn.prepareStatement("INSERT INTO claim_check_operands(document_id, "
                     + "claim_check, ordinal, span_start, span_end) VALUES (?,?,?,?,?)")) {
            int i = 0;
            for (ClaimCheck c : checks) {
                ps.setLong(1, documentId);
                ps.setInt(2, i);
                ps.setString(3, lower(c.kind()));
                ps.setInt(4, c.stated().start());
                ps.setInt(5, c.stated().end());
                ps.setDouble(6, c.statedValue());
                ps.setDouble(7, c.computed());
                ps.setDouble(8, c.tolerance());
                ps.setInt(9, c.consistent() ? 1 : 0);
                sentence(ps, 10, c.stated().start());
                ps.addBatch();
                int k = 0;
                for (Span s : c.operands()) {
                    op.setLong(1, documentId);
                    op.setInt(2, i);
                    op.setInt(3, k++);
                    op.setInt(4, s.start());
                    op.setInt(5, s.end());
                    op.addBatch();
                }
                i++;
            }
            ps.executeBatch();
            op.executeBatch();
        }
    }

    private void hedges(Hedges hedges) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO hedges(document_id, ordinal, span_start, "
                + "span_end, cue_start, cue_end, kind) VALUES (?,?,?,?,?,?,?)")) {
            int i = 0;
            for (Hedge h : hedges.hedges()) {
                row(ps, i++, h.span());
                ps.setInt(5, h.cue().start());
                ps.setInt(6, h.cue().end());
                ps.setString(7, lower(h.kind()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void row(PreparedStatement ps, int ordinal, Span span) throws SQLException {
        ps.setLong(1, documentId);
        ps.setInt(2, ordinal);
        ps.setInt(3, span.start());
        ps.setInt(4, span.end());
    }

    private void sentence(PreparedStatement ps, int index, int offset) throws SQLException {
        int s = sentences.sentenceOf(offset);
        if (s < 0) ps.setNull(index, Types.INTEGER);
        else ps.setInt(index, s);
    }

    private static void text(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) ps.setString(index, value.get());
        else ps.setNull(index, Types.VARCHAR);
    }

    private static void integer(PreparedStatement ps, int index, Optional<Integer> value) throws SQLException {
        if (value.isPresent()) ps.setInt(index, value.get());
        else ps.setNull(index, Types.INTEGER);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
