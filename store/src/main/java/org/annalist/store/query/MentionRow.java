package org.annalist.store.query;

import java.util.Objects;

/**
 * One mention of a collection entity.
 *
 * @param source   the document and the mention's span
 * @param text     the words of the mention ("the general", "Grant")
 * @param kind     NAME, NOMINAL or PRONOUN
 * @param sentence the sentence holding it (or its paragraph when there are no sentences)
 */
public record MentionRow(SourceRef source, String text, String kind, String sentence) {
    public MentionRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
    }
}
