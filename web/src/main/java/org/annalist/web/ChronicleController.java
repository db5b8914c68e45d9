package org.annalist.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;

/** The views across documents: timeline, network, claims, search. */
public final class ChronicleController {

    private final Library library;

    public ChronicleController(Library library) {
        this.library = library;
    }

    public void timeline(Context ctx) {
        ctx.json(library.timeline(Optional.ofNullable(ctx.queryParam("entity")),
                Optional.ofNullable(ctx.queryParam("from")).map(LocalDate::parse),
                Optional.ofNullable(ctx.queryParam("to")).map(LocalDate::parse)));
    }

    public void network(Context ctx) {
        ctx.json(library.network());
    }

    public void claims(Context ctx) {
        ctx.json(library.claims());
    }

    public void search(Context ctx) {
        ctx.json(library.search(ctx.queryParamAsClass("q", String.class).get()));
    }
}
