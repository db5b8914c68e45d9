package org.annalist.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.annalist.store.query.NotFoundException;
import org.annalist.web.Views.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every route of the web reader, in one table, and the one mapping of exceptions to HTTP. */
public final class Routes {

    /** The host the server binds unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    private static final String STATIC = "/org/annalist/web/static";
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

    /** The JSON of every answer: records as objects, an empty Optional as null. */
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module());

    private Routes() {
    }

    /** {@return the application over {@code library}, open to whoever reaches it, not started} */
    public static Javalin create(Library library) {
        return create(library, Optional.empty());
    }

    /**
     * {@return the application over {@code library}, not started}; with a {@code token}, every
     * request (the reader's files too) must carry it ({@link TokenGuard})
     */
    public static Javalin create(Library library, Optional<String> token) {
        DocumentController documents = new DocumentController(library);
        EntityController entities = new EntityController(library);
        ChronicleController chronicle = new ChronicleController(library);
        String openApi = resource("/org/annalist/web/openapi.json");
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(MAPPER, false));
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = STATIC;
                s.location = Location.CLASSPATH;
            });
            RoutesConfig routes = config.routes;
            token.ifPresent(t -> routes.before(new TokenGuard(t)));
            routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
            routes.get("/openapi.json", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(openApi));
            routes.get("/api/documents", documents::list);
            routes.get("/api/documents/{id}", documents::one);
            routes.get("/api/entities", entities::list);
            routes.get("/api/entities/{key}", entities::one);
            routes.get("/api/timeline", chronicle::timeline);
            routes.get("/api/events", chronicle::events);
            routes.get("/api/network", chronicle::network);
            routes.get("/api/claims", chronicle::claims);
            routes.get("/api/search", chronicle::search);

            routes.exception(NotFoundException.class, (e, ctx) -> ctx.status(404).json(new Problem(404, e.getMessage())));
            routes.exception(ValidationException.class, (e, ctx) -> ctx.status(400).json(new Problem(400,
                    badParameters(e))));
            routes.exception(DateTimeParseException.class, (e, ctx) -> ctx.status(400).json(new Problem(400,
                    "bad date '" + e.getParsedString() + "'; use YYYY-MM-DD")));
            routes.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(new Problem(400, e.getMessage())));
            // anything else is the server's fault: its log has the whole story, the client only the status
            routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).json(new Problem(500, "the server failed to answer; its log says why"));
            });
        });
    }

    /** {@return the parameters a request got wrong and their values}: "bad parameter id 'abc' (TYPE_CONVERSION_FAILED)" */
    private static String badParameters(ValidationException e) {
        return "bad parameter " + e.getErrors().entrySet().stream()
                .flatMap(f -> f.getValue().stream().map(v -> f.getKey() + (v.value == null ? "" : " '" + v.value + "'")
                        + " (" + v.getMessage() + ")"))
                .collect(Collectors.joining(", "));
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
