package org.annalist.store.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.annalist.store.StoredDocument;

/**
 * The one reader of a store, on SQLite and on PostgreSQL alike: a facade over one class per view
 * (timeline, events, network, claims, search, profiles, the layers of a window of a document's
 * text), the {@link EntityDirectory} and the provenance of every row (its document, span,
 * sentence and endnote). The command line, every export and the web reader read only through it.
 *
 * <p>A Chronicle reads each document's text and note calls once: take a new one from the store
 * after writing to it. Not thread-safe: one connection, used by one caller at a time.
 */
public final class Chronicle {

    private final EntityDirectory directory;
    private final DocumentLayers layers;
    private final TimelineView timeline;
    private final EventsView events;
    private final NetworkView network;
    private final ClaimsView claims;
    private final SearchView search;
    private final ProfileView profiles;

    /** A Chronicle over the store behind {@code conn}, named {@code label} in messages (a file, or a URL without password). */
    public Chronicle(Connection conn, Path label) {
        Sql sql = new Sql(conn, label);
        Provenance provenance = new Provenance(sql);
        this.directory = new EntityDirectory(sql);
        this.layers = new DocumentLayers(sql, provenance);
        this.timeline = new TimelineView(sql, provenance, directory);
        this.events = new EventsView(sql, provenance, directory);
        this.network = new NetworkView(sql, provenance, directory);
        this.claims = new ClaimsView(sql, provenance);
        this.search = new SearchView(sql, provenance);
        this.profiles = new ProfileView(sql, provenance, directory, timeline, network, claims);
    }

    /** {@return the entities of the store and the one rule that names them} */
    public EntityDirectory directory() {
        return directory;
    }

    /** {@return every stored document, by name, with its path (for the command line and the exports)} */
    public List<StoredDocument> documents() {
        return layers.documents();
    }

    /** {@return every document, by name, with its number of pages of some {@code pageChars} and its most mentioned people} */
    public List<DocumentSummary> summaries(int pageChars) {
        return layers.summaries(pageChars);
    }

    /**
     * {@return page {@code page} of document {@code doc} cut in pages of some {@code pageChars}, or the
     * page holding offset {@code at}, else the first: its text and every layer starting on it}
     *
     * @throws NotFoundException when there is no such document or page
     */
    public DocumentPage page(long doc, int pageChars, OptionalInt page, OptionalInt at) {
        return layers.page(doc, pageChars, page, at);
    }

    /** {@return the whole of document {@code doc} with every layer}; fails as {@link #page} does */
    public DocumentPage document(long doc) {
        return layers.whole(doc);
    }

    /** {@return the dated rows selected by {@code query}, ordered by interval start}; an unknown entity is a {@link NotFoundException} */
    public List<TimelineRow> timeline(TimelineQuery query) {
        return timeline.rows(query);
    }

    /** {@return the events the clauses report, in time order (undated last)}, of one entity and within some days when the query says */
    public List<EventRow> events(TimelineQuery query) {
        return events.rows(query);
    }

    /** {@return every reported message with all its parties, by document and offset} */
    public List<MessageRow> messages() {
        return network.messages(TimelineQuery.ALL);
    }

    /**
     * {@return the communication network: every reported message as sender→recipient edges with
     * channel, date and source, and the parties with their counts}; {@code query} keeps the
     * messages of one entity and those dated within its days (undated messages drop out when a day is given)
     */
    public Network network(TimelineQuery query) {
        return network.network(query);
    }

    /** {@return every claim, every arithmetic check and the conflicts between documents} */
    public ClaimsLedger claims() {
        return claims.ledger();
    }

    /**
     * {@return up to {@code limit} paragraphs holding every word of {@code text}, best first}
     * (SQLite FTS5, case and accents ignored; PostgreSQL: to_tsvector('simple'), case ignored)
     */
    public List<SearchHit> search(String text, int limit) {
        return search.search(text, limit);
    }

    /** {@return the profile of the collection entity best answering to {@code name}}, if any */
    public Optional<Profile> who(String name) {
        return profiles.who(name);
    }

    /**
     * {@return the first {@code limit} mentions, in document order, of the collection entity best
     * answering to {@code entity} (its key, name or alias), each with its sentence}
     *
     * @throws NotFoundException when no entity answers to {@code entity}
     */
    public List<MentionRow> mentions(String entity, int limit) {
        return profiles.mentions(entity, limit);
    }
}
