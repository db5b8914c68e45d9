package org.annalist.web;

import io.javalin.http.Context;
import java.util.Optional;

/** The collection entities and their pages. */
public final class EntityController {

    private final Library library;

    public EntityController(Library library) {
        this.library = library;
    }

    public void list(Context ctx) {
        ctx.json(library.entities(Optional.ofNullable(ctx.queryParam("type"))));
    }

    public void one(Context ctx) {
        ctx.json(library.entity(ctx.pathParam("key")));
    }
}
