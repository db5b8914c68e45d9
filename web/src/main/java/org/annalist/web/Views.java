package org.annalist.web;

import java.util.List;
import java.util.Optional;

/** The JSON shapes of the API, one record each. Offsets are 0-based, end exclusive, in the document's text. */
public final class Views {

    private Views() {
    }

    /** A stored document and the people most mentioned in it. */
    public record DocumentSummary(long id, String name, String path, String format, int chars, List<String> people) {
    }

    /** A document's full text and every layer over it. */
    public record DocumentView(long id, String name, String path, String text, List<EntityLayer> entities,
                               List<TimexView> timexes, List<QuoteView> quotes, List<NoteCallView> noteCalls,
                               List<HedgeView> hedges, List<ClaimView> claims, List<CommunicationView> communications) {
    }

    /** A document entity, the collection entity it belongs to and its mentions. */
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

    public record ClaimView(long document, int start, int end, String text, String measure, double value,
                            String qualifier, Optional<String> subject) {
    }

    public record CommunicationView(int start, int end, Optional<String> channel, Optional<String> date,
                                    List<String> senders, List<String> recipients) {
    }

    /** A collection entity (merged across documents). */
    public record EntitySummary(String key, String name, String type, int mentions) {
    }

    /** Everything about one collection entity. */
    public record EntityPage(String key, String name, String type, int mentions, List<String> aliases,
                             List<String> roles, List<Passage> mentionsInContext, List<Message> messages,
                             List<Passage> quotes, List<ClaimView> claims) {
    }

    /** A span of a document and the sentence holding it. */
    public record Passage(long document, String documentName, int start, int end, String text, String sentence) {
    }

    /** A communication the entity took part in. */
    public record Message(long document, int start, int end, String role, Optional<String> channel,
                          Optional<String> date, String text, String sentence) {
    }

    /** One dated row of the timeline. */
    public record TimelineEntry(long document, String documentName, int start, int end, String text, String value,
                                String from, String to, String sentence) {
    }

    /** People and the links between them: messages sent and sentences shared. */
    public record Network(List<EntitySummary> nodes, List<Edge> edges) {
    }

    public record Edge(String source, String target, String kind, int count) {
    }

    public record Problem(int status, String error) {
    }
}
