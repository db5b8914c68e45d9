package org.annalist.store.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A window of a document's text, {@code [start, end)}, with every layer starting in it: one page of
 * the reader, or (an exporter's window) the whole document. Offsets stay the document's, so a span
 * {@code s} reads {@code text.substring(s.start - start, s.end - start)}.
 *
 * @param page  which page of the document this is (0-based)
 * @param pages how many pages the document has at this page size
 */
public record DocumentPage(long id, String name, int chars, int page, int pages, int start, int end, String text,
                           List<EntityLayer> entities, List<TimexView> timexes, List<QuoteView> quotes,
                           List<NoteCallView> noteCalls, List<HedgeView> hedges, List<ClaimView> claims,
                           List<CommunicationView> communications, List<BlockView> blocks, List<TurnView> turns,
                           List<NoteView> notes) {

    public DocumentPage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("page text of " + text.length() + " chars for [" + start + ", " + end + ")");
        }
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
        noteCalls = List.copyOf(noteCalls);
        hedges = List.copyOf(hedges);
        claims = List.copyOf(claims);
        communications = List.copyOf(communications);
        blocks = List.copyOf(blocks);
        turns = List.copyOf(turns);
        notes = List.copyOf(notes);
    }

    /**
     * A block of the layout: a {@code paragraph}, a {@code heading} (with its level) or a
     * {@code blockquote}, so a reader lays the text out as the source did.
     */
    public record BlockView(int start, int end, String kind, Optional<Integer> level) {
    }

    /** A document entity, the collection entity it belongs to, and its mentions in the window. */
    public record EntityLayer(String key, Optional<String> collectionKey, String type, String name,
                              List<MentionView> mentions) {
        public EntityLayer {
            mentions = List.copyOf(mentions);
        }
    }

    /** A mention: NAME, NOMINAL or PRONOUN. */
    public record MentionView(int start, int end, String text, String kind) {
    }

    /** A temporal expression: TIMEX3 value, the days it may cover and the expression it was anchored on. */
    public record TimexView(int start, int end, String text, String type, String value, Optional<String> from,
                            Optional<String> to, String granularity, Optional<String> anchor) {
    }

    /** A quotation: its kind, and its speaker (the document entity's key, and the party as named everywhere). */
    public record QuoteView(int start, int end, String kind, Optional<String> speakerKey, Optional<Party> speaker) {
    }

    /** An endnote call and the text of its note, when the note was found. */
    public record NoteCallView(int start, int end, String marker, Optional<String> noteId, Optional<String> note) {
    }

    /** A note of the document's apparatus: its id, marker, whole span and body. */
    public record NoteView(String id, String marker, int start, int end, String body) {
    }

    /** A sentence where the author marks uncertainty, and the cue that marks it. */
    public record HedgeView(int start, int end, Optional<String> kind, Optional<Integer> cueStart,
                            Optional<Integer> cueEnd) {
    }

    /** A stated figure and whose it is. */
    public record ClaimView(int start, int end, String text, String measure, double value, String qualifier,
                            Optional<String> subject) {
    }

    /** A reported message in the window, its parties named as everywhere. */
    public record CommunicationView(int start, int end, Optional<String> channel, Optional<String> date,
                                    List<Party> senders, List<Party> recipients) {
        public CommunicationView {
            senders = List.copyOf(senders);
            recipients = List.copyOf(recipients);
        }
    }

    /** A transcript turn: its whole span, its speaker label's span and the speaker as written. */
    public record TurnView(int start, int end, int labelStart, int labelEnd, String speaker) {
    }
}
