package org.annalist.web;

import java.util.List;
import java.util.Optional;
import org.annalist.store.query.MentionRow;
import org.annalist.store.query.Profile;

/**
 * The JSON shapes of the API that are the web's own; the timeline, network, claims and search
 * answer with the store's query records. Offsets are 0-based, end exclusive, in the document's text.
 */
public final class Views {

    private Views() {
    }

    /** A stored document, its number of reader pages and the people most mentioned in it. */
    public record DocumentSummary(long id, String name, String path, String format, int chars, int pages,
                                  List<String> people) {
    }

    /**
     * One page of a document: the text of {@code [start, end)} and every layer starting in it.
     * Offsets stay the document's, so a span {@code s} reads {@code text.substring(s.start - start, s.end - start)}.
     */
    public record DocumentPage(long id, String name, String path, int chars, int page, int pages, int start, int end,
                               String text, List<EntityLayer> entities, List<TimexView> timexes,
                               List<QuoteView> quotes, List<NoteCallView> noteCalls, List<HedgeView> hedges,
                               List<ClaimView> claims, List<CommunicationView> communications,
                               List<BlockView> blocks) {
    }

    /**
     * A block of the page's layout: a {@code paragraph}, a {@code heading} (with its level) or a
     * {@code blockquote}, so the reader lays the text out as the source did.
     */
    public record BlockView(int start, int end, String kind, Optional<Integer> level) {
    }

    /** A document entity, the collection entity it belongs to and its mentions on the page. */
    public record EntityLayer(String key, Optional<String> collectionKey, String type, String name,
                              List<MentionView> mentions) {
    }

    public record MentionView(int start, int end, String text, String kind) {
    }

    /** A temporal expression: TIMEX3 value, the days it may cover and the expression it was anchored on. */
    public record TimexView(int start, int end, String text, String type, String value, Optional<String> from,
                            Optional<String> to, String granularity, Optional<String> anchor) {
    }

    public record QuoteView(int start, int end, String kind, Optional<String> speaker) {
    }

    /** An endnote call and the text of its note, when the note was found. */
    public record NoteCallView(int start, int end, String marker, Optional<String> noteId, Optional<String> note) {
    }

    public record HedgeView(int start, int end, Optional<String> kind, Optional<Integer> cueStart,
                            Optional<Integer> cueEnd) {
    }

    public record ClaimView(int start, int end, String text, String measure, double value, String qualifier,
                            Optional<String> subject) {
    }

    public record CommunicationView(int start, int end, Optional<String> channel, Optional<String> date,
                                    List<String> senders, List<String> recipients) {
    }

    /** A collection entity (merged across documents). */
    public record EntitySummary(String key, String name, String type, int mentions) {
    }

    /** Everything about one collection entity: the store's profile and its first mentions in their sentences. */
    public record EntityPage(Profile profile, List<MentionRow> mentionsInContext) {
    }

    public record Problem(int status, String error) {
    }
}
