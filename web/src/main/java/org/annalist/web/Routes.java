package org.annalist.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import org.annalist.store.StoreException;
import org.annalist.web.Views.Problem;

/** Every route of the web reader, in one table, and the one mapping of exceptions to HTTP. */
public final class Routes {

    /** The host the server binds unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    private static final String STATIC = "/org/annalist/web/static";

    /** The JSON of every answer: records as objects, an empty Optional as null. */
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module());

    private Routes() {
    }

    /** {@return the application over {@code library}, not started} */
    public static Javalin create(Library library) {
        DocumentController documents = new DocumentController(library);
        EntityController entities = new EntityController(library);
        ChronicleController chronicle = new ChronicleController(library);
        String openApi = resource("/org/annalist/web/openapi.json");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(MAPPER, false));
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = STATIC;
                s.location = Location.CLASSPATH;
            });
        });
        app.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
        app.get("/openapi.json", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(openApi));
        app.get("/api/documents", documents::list);
        app.get("/api/documents/{id}", documents::one);
        app.get("/api/entities", entities::list);
        app.get("/api/entities/{key}", entities::one);
        app.get("/api/timeline", chronicle::timeline);
        app.get("/api/events", chronicle::events);
        app.get("/api/network", chronicle::network);
        app.get("/api/claims", chronicle::claims);
        app.get("/api/search", chronicle::search);

        app.exception(NotFoundException.class, (e, ctx) -> ctx.status(404).json(new Problem(404, e.getMessage())));
        app.exception(ValidationException.class, (e, ctx) -> ctx.status(400).json(new Problem(400,
                "bad parameter: " + e.getErrors())));
        app.exception(DateTimeParseException.class, (e, ctx) -> ctx.status(400).json(new Problem(400,
                "bad date '" + e.getParsedString() + "'; use YYYY-MM-DD")));
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(new Problem(400, e.getMessage())));
        app.exception(StoreException.class, (e, ctx) -> ctx.status(500).json(new Problem(500, e.getMessage())));
        return app;
    }

    private static String resource(String name) {
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
