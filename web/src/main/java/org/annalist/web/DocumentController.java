package org.annalist.web;

import io.javalin.http.Context;

/** The documents and the reader's layers. */
public final class DocumentController {

    private final Library library;

    public DocumentController(Library library) {
        this.library = library;
    }

    public void list(Context ctx) {
        ctx.json(library.documents());
    }

    public void one(Context ctx) {
        ctx.json(library.document(ctx.pathParamAsClass("id", Long.class).get()));
    }
}
