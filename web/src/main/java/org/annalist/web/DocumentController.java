package org.annalist.web;

import io.javalin.http.Context;
import java.util.OptionalInt;

/** The documents and the reader's pages. */
public final class DocumentController {

    private final Library library;

    public DocumentController(Library library) {
        this.library = library;
    }

    public void list(Context ctx) {
        ctx.json(library.documents());
    }

    /** One page: {@code ?page=N} (0-based) or {@code ?at=OFFSET} (the page holding it), else the first. */
    public void one(Context ctx) {
        ctx.json(library.document(ctx.pathParamAsClass("id", Long.class).get(), optionalInt(ctx, "page"),
                optionalInt(ctx, "at")));
    }

    private static OptionalInt optionalInt(Context ctx, String name) {
        Integer v = ctx.queryParamAsClass(name, Integer.class).getOrNull();
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }
}
