package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.annalist.web.Library;
import org.annalist.testsupport.SeedStores.Backend;
import org.annalist.web.Routes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/** The web API on a real store (SQLite here; {@link ServeCommandPostgresTest} on PostgreSQL) of the seed chapters and a hostile source. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Library library;

    /** {@return where the store under test lives} */
    Backend backend() {
        return Backend.SQLITE;
    }

    @BeforeAll
    void open() {
        library = WebFixture.library(backend());
        library.warm();
    }

    @AfterAll
    void close() {
        library.close();
    }

    private interface Check {
        void run(HttpClient client) throws Exception;
    }

    private static void withServer(Check check) {
        JavalinTest.test(Routes.create(library), (server, client) -> check.run(client));
    }

    private static JsonNode get(HttpClient client, String path) throws IOException {
        Response r = client.get(path);
        assertThat(r.code()).as(path).isEqualTo(200);
        assertThat(r.headers().get("Content-Type").get(0)).as(path).startsWith("application/json");
        return JSON.readTree(r.body().string());
    }

    private static int status(HttpClient client, String path) {
        return client.get(path).code();
    }

    private static JsonNode documentNamed(HttpClient client, String suffix) throws IOException {
        for (JsonNode d : get(client, "/api/documents")) {
            if (d.get("name").asText().endsWith(suffix)) return get(client, "/api/documents/" + d.get("id").asLong());
        }
        throw new AssertionError("no document named *" + suffix);
    }

    @Test
    void theDocumentListHoldsEveryIngestedSourceWithItsPeople() {
        withServer(client -> {
            JsonNode docs = get(client, "/api/documents");
            assertThat(docs).hasSize(3);
            for (JsonNode d : docs) {
                assertThat(d.get("chars").asInt()).isPositive();
                assertThat(d.get("people")).as(d.get("name").asText()).isNotEmpty();
            }
        });
    }

    /** Every span of the page starts on it and reads, in the page's text, what its layer says. */
    private static int assertSpansOnPage(JsonNode page) {
        String text = page.get("text").asText();
        int start = page.get("start").asInt();
        int end = page.get("end").asInt();
        assertThat(text).hasSize(end - start);
        int mentions = 0;
        for (JsonNode e : page.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertThat(m.get("start").asInt()).isBetween(start, end - 1);
                assertThat(text.substring(m.get("start").asInt() - start, m.get("end").asInt() - start))
                        .isEqualTo(m.get("text").asText());
                mentions++;
            }
        }
        for (JsonNode t : page.get("timexes")) {
            assertThat(text.substring(t.get("start").asInt() - start, t.get("end").asInt() - start))
                    .isEqualTo(t.get("text").asText());
        }
        for (String layer : List.of("quotes", "noteCalls", "hedges", "claims", "communications")) {
            for (JsonNode s : page.get(layer)) {
                assertThat(s.get("start").asInt()).as(layer).isBetween(start, Math.max(start, end - 1));
                assertThat(s.get("end").asInt()).as(layer).isBetween(s.get("start").asInt(), page.get("chars").asInt());
            }
        }
        return mentions;
    }

    @Test
    void everySpanOfADocumentPointsAtItsOwnTextInTheDocument() {
        withServer(client -> {
            JsonNode docs = get(client, "/api/documents");
            for (JsonNode summary : docs) {
                JsonNode doc = get(client, "/api/documents/" + summary.get("id").asLong());
                assertThat(doc.get("pages").asInt()).isEqualTo(1);
                assertThat(doc.get("chars").asInt()).isEqualTo(summary.get("chars").asInt());
                assertThat(doc.get("text").asText()).hasSize(summary.get("chars").asInt());
                assertThat(assertSpansOnPage(doc)).isPositive();
            }
            JsonNode seed = get(client, "/api/documents/" + docs.get(1).get("id").asLong());
            assertThat(seed.get("timexes")).isNotEmpty();
            assertThat(seed.get("timexes").get(0).get("from").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(seed.get("noteCalls")).isNotEmpty();
            assertThat(seed.get("quotes")).isNotEmpty();
        });
    }

    @Test
    void aLongDocumentComesInPagesThatTileItsTextEachWithItsOwnLayers() {
        try (Library small = Library.open(WebFixture.store(backend()), 1000)) {
            JavalinTest.test(Routes.create(small), (server, client) -> {
                JsonNode summary = get(client, "/api/documents").get(1);
                long id = summary.get("id").asLong();
                int pages = summary.get("pages").asInt();
                assertThat(pages).isGreaterThan(2);
                StringBuilder whole = new StringBuilder();
                int mentions = 0;
                for (int p = 0; p < pages; p++) {
                    JsonNode page = get(client, "/api/documents/" + id + "?page=" + p);
                    assertThat(page.get("page").asInt()).isEqualTo(p);
                    assertThat(page.get("start").asInt()).isEqualTo(whole.length());
                    assertThat(page.get("text").asText().length()).isLessThanOrEqualTo(2000);
                    mentions += assertSpansOnPage(page);
                    whole.append(page.get("text").asText());
                }
                assertThat(whole.toString()).isEqualTo(library.document(id, OptionalInt.empty(), OptionalInt.empty()).text());
                assertThat(mentions).isPositive();
                JsonNode third = get(client, "/api/documents/" + id + "?page=2");
                int inside = third.get("start").asInt() + 10;
                assertThat(get(client, "/api/documents/" + id + "?at=" + inside).get("page").asInt()).isEqualTo(2);
                assertThat(status(client, "/api/documents/" + id + "?page=" + pages)).isEqualTo(404);
                assertThat(status(client, "/api/documents/" + id + "?at=-1")).isEqualTo(400);
                assertThat(status(client, "/api/documents/" + id + "?page=x")).isEqualTo(400);
            });
        }
    }

    @Test
    void aNoteCallCarriesTheTextOfItsNote() {
        withServer(client -> {
            JsonNode doc = documentNamed(client, "hostile.md");
            assertThat(doc.get("noteCalls")).hasSize(1);
            assertThat(doc.get("noteCalls").get(0).get("marker").asText()).isEqualTo("1");
            assertThat(doc.get("noteCalls").get(0).get("note").asText()).contains("Letter of");
        });
    }

    @Test
    void hostileMarkupInASourceComesBackAsLiteralTextInJson() {
        withServer(client -> {
            JsonNode doc = documentNamed(client, "hostile.md");
            assertThat(doc.get("text").asText()).contains(WebFixture.SCRIPT).contains(WebFixture.IMG);
            assertThat(doc.get("noteCalls").get(0).get("note").asText()).contains(WebFixture.NOTE_SCRIPT);
            Response r = client.get("/api/documents/" + doc.get("id").asLong());
            assertThat(r.headers().get("Content-Type").get(0)).startsWith("application/json");
            assertThat(r.headers().get("X-Content-Type-Options").get(0)).isEqualTo("nosniff");
        });
    }

    @Test
    void theEntityPageOfTheMostMentionedPersonShowsMentionsInTheirSentences() {
        withServer(client -> {
            JsonNode people = get(client, "/api/entities?type=PERSON");
            assertThat(people).isNotEmpty();
            people.forEach(p -> assertThat(p.get("type").asText()).isEqualTo("PERSON"));
            JsonNode first = people.get(0);
            JsonNode page = get(client, "/api/entities/" + first.get("key").asText());
            JsonNode profile = page.get("profile");
            assertThat(profile.get("key").asText()).isEqualTo(first.get("key").asText());
            assertThat(profile.get("name").asText()).isEqualTo(first.get("name").asText());
            assertThat(page.get("mentionsInContext")).hasSize(first.get("mentions").asInt());
            for (JsonNode m : page.get("mentionsInContext")) {
                assertThat(m.get("sentence").asText()).contains(m.get("text").asText());
            }
            assertThat(profile.get("quotes").size() + profile.get("messages").size()).isPositive();
            assertThat(partiesByMessage(profile.get("messages")).values()).allSatisfy(parties ->
                    assertThat(parties).contains(first.get("key").asText()));
            for (JsonNode m : profile.get("messages")) {
                assertThat(m.get("sentence").asText()).contains(m.get("cue").asText());
            }
            for (JsonNode t : profile.get("timeline")) {
                assertThat(t.get("sentence").asText()).contains(t.get("text").asText());
            }
        });
    }

    @Test
    void theTimelineIsInTimeOrderAndItsFiltersNarrowIt() {
        withServer(client -> {
            JsonNode all = get(client, "/api/timeline");
            assertThat(all.size()).isGreaterThan(5);
            String previous = "";
            for (JsonNode r : all) {
                assertThat(r.get("sentence").asText()).contains(r.get("text").asText());
                assertThat(r.get("from").asText()).isGreaterThanOrEqualTo(previous);
                previous = r.get("from").asText();
            }
            String middle = all.get(all.size() / 2).get("from").asText();
            JsonNode later = get(client, "/api/timeline?from=" + middle);
            assertThat(later.size()).isLessThan(all.size()).isPositive();
            later.forEach(r -> assertThat(r.get("to").asText()).isGreaterThanOrEqualTo(middle));
            JsonNode earlier = get(client, "/api/timeline?to=" + middle);
            earlier.forEach(r -> assertThat(r.get("from").asText()).isLessThanOrEqualTo(middle));
            String person = get(client, "/api/entities?type=PERSON").get(0).get("key").asText();
            JsonNode theirs = get(client, "/api/timeline?entity=" + person);
            assertThat(theirs.size()).isPositive().isLessThan(all.size());
        });
    }

    /** The parties of each message (edges of one message share their source span). */
    private static Map<String, Set<String>> partiesByMessage(JsonNode edges) {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode e : edges) {
            JsonNode src = e.get("source");
            Set<String> parties = out.computeIfAbsent(src.get("documentId").asText() + ":" + src.get("start").asInt(),
                    k -> new HashSet<>());
            parties.add(e.get("sender").get("key").asText());
            if (e.hasNonNull("recipient")) parties.add(e.get("recipient").get("key").asText());
        }
        return out;
    }

    @Test
    void theNetworkLinksOnlyItsOwnPartiesAndNarrowsToOneEntity() {
        withServer(client -> {
            JsonNode net = get(client, "/api/network");
            Set<String> keys = new HashSet<>();
            net.get("nodes").forEach(n -> keys.add(n.get("key").asText()));
            assertThat(keys).isNotEmpty();
            assertThat(net.get("edges")).isNotEmpty();
            for (JsonNode e : net.get("edges")) {
                assertThat(keys).contains(e.get("sender").get("key").asText());
                if (e.hasNonNull("recipient")) assertThat(keys).contains(e.get("recipient").get("key").asText());
                if (e.hasNonNull("date")) assertThat(e.get("date").asText()).matches("\\d{4}.*");
                assertThat(e.get("sentence").asText()).contains(e.get("cue").asText());
            }
            String busiest = net.get("nodes").get(0).get("key").asText();
            JsonNode theirs = get(client, "/api/network?entity=" + busiest);
            assertThat(theirs.get("edges").size()).isPositive().isLessThan(net.get("edges").size());
            assertThat(partiesByMessage(theirs.get("edges")).values()).allSatisfy(parties ->
                    assertThat(parties).contains(busiest));
            assertThat(status(client, "/api/network?entity=person:nobody_at_all")).isEqualTo(404);
        });
    }

    @Test
    void claimsAndSearchAnswerFromTheTexts() {
        withServer(client -> {
            JsonNode ledger = get(client, "/api/claims");
            assertThat(ledger.get("claims")).isNotEmpty();
            ledger.get("claims").forEach(c -> assertThat(c.get("sentence").asText()).contains(c.get("number").asText()));
            // schema 4: each claim's kind, the weightiest first (the seeds' casualties before their troop counts)
            List<String> kinds = new ArrayList<>();
            ledger.get("claims").forEach(c -> kinds.add(c.get("kind").asText()));
            assertThat(kinds).startsWith("casualties").endsWith("forces");
            ledger.get("claims").forEach(c -> {
                if (c.get("number").asText().equals("3,279")) assertThat(c.get("kind").asText()).isEqualTo("casualties");
                assertThat(c.path("high").isNumber()).isFalse();
            });
            assertThat(ledger.has("checks")).isTrue();
            assertThat(ledger.has("conflicts")).isTrue();
            JsonNode hits = get(client, "/api/search?q=army");
            assertThat(hits).isNotEmpty();
            hits.forEach(h -> assertThat(h.get("snippet").asText().toLowerCase()).contains("army"));
        });
    }

    @Test
    void badRequestsAreAnsweredWithProblemsNotStackTraces() {
        withServer(client -> {
            assertThat(status(client, "/api/documents/999999")).isEqualTo(404);
            assertThat(status(client, "/api/documents/abc")).isEqualTo(400);
            assertThat(status(client, "/api/entities/person:nobody_at_all")).isEqualTo(404);
            assertThat(status(client, "/api/timeline?from=1862-13-45")).isEqualTo(400);
            assertThat(status(client, "/api/timeline?entity=person:nobody_at_all")).isEqualTo(404);
            assertThat(status(client, "/api/search")).isEqualTo(400);
            assertThat(status(client, "/api/search?q=%20%21")).isEqualTo(400);
            Response r = client.get("/api/documents/999999");
            JsonNode p = JSON.readTree(r.body().string());
            assertThat(p.get("status").asInt()).isEqualTo(404);
            assertThat(p.get("error").asText()).contains("999999");
        });
    }

    /** Every answer of the API, the problems too, for the path check below. */
    private static List<String> everyAnswer(HttpClient client) throws IOException {
        String doc = get(client, "/api/documents").get(0).get("id").asText();
        String entity = get(client, "/api/entities?type=PERSON").get(0).get("key").asText();
        List<String> out = new ArrayList<>();
        for (String path : List.of("/api/documents", "/api/documents/" + doc, "/api/documents/" + doc + "?page=0",
                "/api/entities", "/api/entities/" + entity, "/api/timeline", "/api/timeline?entity=" + entity,
                "/api/events", "/api/network", "/api/network?entity=" + entity, "/api/claims", "/api/search?q=army",
                "/api/documents/999999", "/api/documents/" + doc + "?page=999", "/api/documents/abc",
                "/api/entities/person:nobody_at_all", "/api/timeline?entity=nobody", "/api/timeline?from=1862-13-45",
                "/api/search?q=%20%21", "/api/nothing/here")) {
            out.add(client.get(path).body().string());
        }
        return out;
    }

    @Test
    void noAnswerOrProblemHoldsAServerPath() {
        List<String> paths = new ArrayList<>(List.of(WebFixture.SEEDS.toAbsolutePath().toString(),
                System.getProperty("java.io.tmpdir"), System.getProperty("user.dir"), System.getProperty("user.home")));
        if (backend() == Backend.SQLITE) paths.add(WebFixture.store(backend()).toAbsolutePath().getParent().toString());
        withServer(client -> {
            List<String> answers = everyAnswer(client);
            assertThat(answers).hasSize(20);
            for (String answer : answers) {
                for (String path : paths) assertThat(answer).doesNotContain(path);
                assertThat(answer).doesNotContainPattern("\"path\"\\s*:").doesNotContain("Exception").doesNotContain("\tat ");
            }
        });
    }

    @Test
    void anUnexpectedFailureIsAJson500WithoutStackTraceOrPath() {
        Library closed = WebFixture.library(backend());
        closed.close();
        JavalinTest.test(Routes.create(closed), (server, client) -> {
            Response r = client.get("/api/timeline");
            assertThat(r.code()).isEqualTo(500);
            assertThat(r.headers().get("Content-Type").get(0)).startsWith("application/json");
            JsonNode p = JSON.readTree(r.body().string());
            assertThat(p.get("status").asInt()).isEqualTo(500);
            assertThat(p.get("error").asText()).isEqualTo("the server failed to answer; its log says why");
        });
    }

    @Test
    void withATokenOnlyRequestsThatCarryItAreAnswered() {
        JavalinTest.test(Routes.create(library, Optional.of("s3cret token")), (server, client) -> {
            Response none = client.get("/api/documents");
            assertThat(none.code()).isEqualTo(401);
            assertThat(none.headers().get("WWW-Authenticate").get(0)).startsWith("Basic realm=\"annalist\"");
            assertThat(client.get("/").code()).as("the reader's files too").isEqualTo(401);
            assertThat(client.get("/api/documents", r -> r.header("Authorization", "Bearer wrong")).code()).isEqualTo(401);
            assertThat(client.get("/api/documents", r -> r.header("Authorization", "Bearer s3cret token")).code())
                    .isEqualTo(200);
            String basic = java.util.Base64.getEncoder().encodeToString("anyone:s3cret token".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(client.get("/", r -> r.header("Authorization", "Basic " + basic)).code()).isEqualTo(200);
        });
    }

    @Test
    void theOpenApiDescriptionNamesExactlyTheApiRoutes() {
        withServer(client -> {
            JsonNode api = get(client, "/openapi.json");
            assertThat(api.get("openapi").asText()).startsWith("3.");
            List<String> paths = new ArrayList<>();
            api.get("paths").fieldNames().forEachRemaining(paths::add);
            assertThat(paths).containsExactlyInAnyOrder("/api/documents", "/api/documents/{id}", "/api/entities",
                    "/api/entities/{key}", "/api/timeline", "/api/events", "/api/network", "/api/claims", "/api/search");
            String doc = get(client, "/api/documents").get(0).get("id").asText();
            String entity = get(client, "/api/entities").get(0).get("key").asText();
            for (String p : paths) {
                String concrete = p.replace("{id}", doc).replace("{key}", entity)
                        + (p.equals("/api/search") ? "?q=army" : "");
                assertThat(status(client, concrete)).as(concrete).isEqualTo(200);
            }
        });
    }

    @Test
    void theUiIsServedFromTheJar() {
        withServer(client -> {
            Response r = client.get("/");
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().string()).contains("<script src=\"/app.js\">");
            assertThat(status(client, "/app.js")).isEqualTo(200);
            assertThat(status(client, "/style.css")).isEqualTo(200);
        });
    }

    @Test
    void serveBindsTheLoopbackAddressOnlyUnlessToldOtherwise() throws Exception {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs("--db", WebFixture.store(backend()).toString(), "--port", "0");
        assertThat(cmd.host).isEqualTo("127.0.0.1");
        Javalin app = cmd.start(library);
        try {
            int port = app.port();
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
                assertThat(s.isConnected()).isTrue();
            }
            Optional<InetAddress> outside = nonLoopbackAddress();
            assumeTrue(outside.isPresent(), "this machine has no non-loopback address to try");
            assertThatThrownBy(() -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(outside.get(), port), 2000);
                }
            }).isInstanceOf(ConnectException.class);
        } finally {
            app.stop();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!n.isUp() || n.isLoopback()) continue;
            for (InetAddress a : Collections.list(n.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
