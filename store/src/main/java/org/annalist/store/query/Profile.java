package org.annalist.store.query;

import java.util.List;
import java.util.Objects;

/**
 * Everything the store knows of one collection entity.
 *
 * @param key       the collection entity's key ({@code person:ulysses_s_grant})
 * @param aliases   other names its document entities go by
 * @param roles     titles and offices the texts give it
 * @param mentions  mentions in all documents
 * @param documents where it is mentioned, most first
 * @param quotes    quotations it is the speaker of, in document order
 * @param timeline  dated rows whose sentence mentions it, in time order
 * @param messages  edges of the messages it sent or received, by date
 * @param claims    figures stated in sentences that mention it
 * @param others    other collection entities answering to the same name
 */
public record Profile(String key, String name, String type, List<String> aliases, List<String> roles, int mentions,
                      List<DocumentMentions> documents, List<QuoteRow> quotes, List<TimelineRow> timeline,
                      List<NetworkEdge> messages, List<ClaimRow> claims, List<String> others) {

    /** Mentions of the entity in one document. */
    public record DocumentMentions(long documentId, String document, int mentions) {
    }

    public Profile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        documents = List.copyOf(documents);
        quotes = List.copyOf(quotes);
        timeline = List.copyOf(timeline);
        messages = List.copyOf(messages);
        claims = List.copyOf(claims);
        others = List.copyOf(others);
    }
}
