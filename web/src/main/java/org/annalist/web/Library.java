package org.annalist.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.annalist.store.Store;
import org.annalist.store.StoreException;
import org.annalist.store.query.Chronicle;
import org.annalist.store.query.ClaimsLedger;
import org.annalist.store.query.DocumentPage;
import org.annalist.store.query.DocumentSummary;
import org.annalist.store.query.EntitySummary;
import org.annalist.store.query.EventRow;
import org.annalist.store.query.Network;
import org.annalist.store.query.NotFoundException;
import org.annalist.store.query.Pages;
import org.annalist.store.query.SearchHit;
import org.annalist.store.query.TimelineQuery;
import org.annalist.store.query.TimelineRow;
import org.annalist.web.Views.EntityPage;

/**
 * What the web reader shows of a store (SQLite or PostgreSQL), read through the store's one
 * {@link Chronicle}: the documents and their pages, the entities, and the views across documents.
 * Lists are cut to what a page can show. One Chronicle for the server's life (the store is only
 * read here), so texts are read once; calls are serialised.
 */
public final class Library implements AutoCloseable {

    private static final int ROWS = 2000;
    private static final int MENTIONS = 1000;
    private static final int SEARCH_HITS = 50;

    private final Store store;
    private final Chronicle chronicle;
    private final int pageChars;

    private Library(Store store, int pageChars) {
        this.store = store;
        this.chronicle = store.chronicle();
        this.pageChars = pageChars;
    }

    /**
     * {@return the library over the existing store at {@code db}: a file or a PostgreSQL URL}
     *
     * @throws StoreException when there is no store there
     */
    public static Library open(Path db) {
        return open(db, Pages.TARGET);
    }

    /**
     * {@return the library over the existing store at {@code db}, cutting documents into reader
     * pages of some {@code pageChars} characters}
     *
     * @throws StoreException when there is no store there
     */
    public static Library open(Path db, int pageChars) {
        if (pageChars < 1) throw new IllegalArgumentException("page size must be positive; got " + pageChars);
        return new Library(Store.openExisting(db), pageChars);
    }

    /**
     * Reads every document's text and pages and runs (and writes as JSON) the first pages, the
     * timeline, the network and the most mentioned person's page a few times, so that a server's
     * first requests are about as quick as later ones.
     */
    public synchronized void warm() {
        try {
            for (int i = 0; i < 3; i++) {
                for (DocumentSummary d : documents()) Routes.MAPPER.writeValueAsBytes(document(d.id(), OptionalInt.empty(), OptionalInt.empty()));
                Routes.MAPPER.writeValueAsBytes(timeline(TimelineQuery.ALL));
                Routes.MAPPER.writeValueAsBytes(network(TimelineQuery.ALL));
                Optional<EntitySummary> first = entities(Optional.of("PERSON")).stream().findFirst();
                if (first.isPresent()) Routes.MAPPER.writeValueAsBytes(entity(first.get().key()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("warming the JSON of the store's answers", e);
        }
    }

    /** {@return every document, by name, with its number of pages and its most mentioned people} */
    public synchronized List<DocumentSummary> documents() {
        return chronicle.summaries(pageChars);
    }

    /**
     * {@return page {@code page} of document {@code id}, or the page holding offset {@code at}, else the
     * first page: its text and every layer starting on it}
     */
    public synchronized DocumentPage document(long id, OptionalInt page, OptionalInt at) {
        return chronicle.page(id, pageChars, page, at);
    }

    /** {@return the entities, most mentioned first, of {@code type} when given} */
    public synchronized List<EntitySummary> entities(Optional<String> type) {
        return first(chronicle.directory().entities(type), ROWS);
    }

    /** {@return the page of the collection entity {@code key}: the store's profile and its first mentions} */
    public synchronized EntityPage entity(String key) {
        return new EntityPage(chronicle.who(key).orElseThrow(() -> new NotFoundException("no entity named '" + key + "'")),
                chronicle.mentions(key, MENTIONS));
    }

    /** {@return the dated rows of {@code query} in time order} */
    public synchronized List<TimelineRow> timeline(TimelineQuery query) {
        return first(chronicle.timeline(query), ROWS);
    }

    /** {@return the events of {@code query} in time order} */
    public synchronized List<EventRow> events(TimelineQuery query) {
        return first(chronicle.events(query), ROWS);
    }

    /** {@return the communication network of {@code query}} */
    public synchronized Network network(TimelineQuery query) {
        return chronicle.network(query);
    }

    /** {@return every numeric claim, the arithmetic checks and the conflicts across documents} */
    public synchronized ClaimsLedger claims() {
        return chronicle.claims();
    }

    /** {@return the paragraphs holding every word of {@code text}, best first} */
    public synchronized List<SearchHit> search(String text) {
        return chronicle.search(text, SEARCH_HITS);
    }

    @Override
    public synchronized void close() {
        store.close();
    }

    private static <T> List<T> first(List<T> rows, int n) {
        return rows.size() > n ? rows.subList(0, n) : rows;
    }
}
