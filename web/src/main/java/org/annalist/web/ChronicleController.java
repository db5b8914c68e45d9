package org.annalist.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;
import org.annalist.store.query.TimelineQuery;

/** The views across documents: timeline, events, network, claims, search (the store's Chronicle queries). */
public final class ChronicleController {

    private final Library library;

    public ChronicleController(Library library) {
        this.library = library;
    }

    public void timeline(Context ctx) {
        ctx.json(library.timeline(query(ctx)));
    }

    public void events(Context ctx) {
        ctx.json(library.events(query(ctx)));
    }

    public void network(Context ctx) {
        ctx.json(library.network(query(ctx)));
    }

    public void claims(Context ctx) {
        ctx.json(library.claims());
    }

    public void search(Context ctx) {
        ctx.json(library.search(ctx.queryParamAsClass("q", String.class).get()));
    }

    /** {@code ?entity=KEY&from=YYYY-MM-DD&to=YYYY-MM-DD&outside_frame=true}, each optional. */
    private static TimelineQuery query(Context ctx) {
        return new TimelineQuery(Optional.ofNullable(ctx.queryParam("entity")).filter(s -> !s.isBlank()),
                Optional.ofNullable(ctx.queryParam("from")).filter(s -> !s.isBlank()).map(LocalDate::parse),
                Optional.ofNullable(ctx.queryParam("to")).filter(s -> !s.isBlank()).map(LocalDate::parse),
                "true".equalsIgnoreCase(ctx.queryParam("outside_frame")));
    }
}
