package org.annalist.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One stored document and the layers its TEI encoding draws on; all offsets UTF-16, end exclusive. */
public record TeiSource(String name, String path, String text, List<Block> blocks, List<Turn> turns,
                        List<EntityRef> entities, List<MentionSpan> mentions, List<TimexSpan> timexes,
                        List<QuoteSpan> quotes, List<CallSpan> calls, List<NoteBody> notes) {

    public TeiSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        turns = List.copyOf(turns);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
        calls = List.copyOf(calls);
        notes = List.copyOf(notes);
    }

    /** A paragraph ({@code heading} false) or a heading of the given level. */
    public record Block(int start, int end, boolean heading, int level) {
    }

    /** A transcript turn: its whole span, its speaker label's span and the speaker as written. */
    public record Turn(int start, int end, int labelStart, int labelEnd, String speaker) {
    }

    /** An entity of the document: its document key, name and type. */
    public record EntityRef(String key, String name, String type) {
    }

    /** A mention of an entity: kind NAME, NOMINAL or PRONOUN. */
    public record MentionSpan(int start, int end, String key, String kind) {
    }

    /** A temporal expression: its TIMEX3 value and the ISO days it covers, if resolved. */
    public record TimexSpan(int start, int end, String value, Optional<String> from, Optional<String> to) {
    }

    /** A quotation and its speaker's entity key, if known. */
    public record QuoteSpan(int start, int end, Optional<String> speaker) {
    }

    /** A note call (the marker in the running text) and the note it calls, if found. */
    public record CallSpan(int start, int end, String marker, Optional<String> noteId) {
    }

    /** A note: its id, marker, whole span and body text. */
    public record NoteBody(String id, String marker, int start, int end, String body) {
    }
}
