package org.annalist.annotate.quote;

import org.annalist.annotate.MiniJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.CallStyle;
import org.annalist.model.NoteCall;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.QuoteKind;
import org.annalist.model.layer.Quotes;
import org.junit.jupiter.api.Test;

/**
 * Measures the stage on the seed texts against their gold quotes, with the referee's rules
 * (start within 2 characters; speakers of speech quotes only), given the gold's entities,
 * note calls and transcript turns: this isolates the quote stage from the entity stage.
 * Transcript turns are scored by the referee as {@code transcript_turns}, not as quotes.
 */
class QuoteStageOnSeedsTest {

    record Prf(int tpP, int nP, int tpR, int nR) {
        double f1() {
            double p = nP == 0 ? 0 : (double) tpP / nP, r = nR == 0 ? 0 : (double) tpR / nR;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Prf plus(Prf o) {
            return new Prf(tpP + o.tpP, nP + o.nP, tpR + o.tpR, nR + o.nR);
        }

        @Override
        public String toString() {
            return String.format("P=%d/%d R=%d/%d F1=%.3f", tpP, nP, tpR, nR, f1());
        }
    }

    record Gold(int start, String kind, String speaker) {
    }

    @Test
    void seedQuotesAreAllFoundAndTheirSpeakersNamedGivenGoldEntities() throws IOException {
        Path shared = Path.of(System.getProperty("annalist.shared", "../../shared"));
        Prf detect = new Prf(0, 0, 0, 0), speaker = new Prf(0, 0, 0, 0), kind = new Prf(0, 0, 0, 0);
        List<String> misses = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> s = Files.list(shared.resolve("gold/seeds"))) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertThat(golds).isNotEmpty();
        for (Path g : golds) {
            @SuppressWarnings("unchecked")
            Map<String, Object> gold = (Map<String, Object>) MiniJson.parse(Files.readString(g, StandardCharsets.UTF_8));
            String text = Files.readString(shared.resolve("corpus/seeds").resolve((String) gold.get("document")));
            Quotes quotes = QuoteStage.standard().annotate(annotated(text, gold));
            List<Quote> pred = quotes.quotes().stream().filter(q -> q.kind() != QuoteKind.TRANSCRIPT).toList();
            List<Gold> gq = list(gold, "quotes").stream()
                    .map(m -> new Gold(num(m, "start"), (String) m.get("kind"), (String) m.get("speaker"))).toList();
            detect = detect.plus(new Prf(
                    (int) pred.stream().filter(p -> gq.stream().anyMatch(x -> near(p, x))).count(), pred.size(),
                    (int) gq.stream().filter(x -> pred.stream().anyMatch(p -> near(p, x))).count(), gq.size()));
            kind = kind.plus(new Prf(
                    (int) pred.stream().filter(p -> gq.stream().anyMatch(x -> near(p, x) && kindOk(p, x))).count(), pred.size(),
                    (int) gq.stream().filter(x -> pred.stream().anyMatch(p -> near(p, x) && kindOk(p, x))).count(), gq.size()));
            List<Quote> ps = pred.stream().filter(p -> p.speakerId().isPresent()).toList();
            List<Gold> gs = gq.stream().filter(x -> x.speaker() != null).toList();
            speaker = speaker.plus(new Prf(
                    (int) ps.stream().filter(p -> gs.stream().anyMatch(x -> spOk(p, x))).count(), ps.size(),
                    (int) gs.stream().filter(x -> ps.stream().anyMatch(p -> spOk(p, x))).count(), gs.size()));
            for (Gold x : gq) {
                Optional<Quote> p = pred.stream().filter(q -> near(q, x)).findFirst();
                if (p.isEmpty() || !kindOk(p.get(), x) || x.speaker() != null && !spOk(p.get(), x)) {
                    misses.add(g.getFileName() + "@" + x + " got " + p);
                }
            }
        }
        String report = "detect " + detect + "; kind " + kind + "; speaker " + speaker + "; misses " + misses;
        System.out.println("quotes on seeds (gold entities): " + report);
        assertThat(detect.f1()).as(report).isEqualTo(1.0);
        assertThat(kind.f1()).as(report).isEqualTo(1.0);
        assertThat(speaker.f1()).as(report).isGreaterThanOrEqualTo(0.95);
    }

    private static boolean near(Quote p, Gold g) {
        return Math.abs(p.span().start() - g.start()) <= 2;
    }

    private static boolean kindOk(Quote p, Gold g) {
        return p.kind().name().equalsIgnoreCase(g.kind());
    }

    private static boolean spOk(Quote p, Gold g) {
        return near(p, g) && p.speakerId().equals(Optional.ofNullable(g.speaker()));
    }

    /** The seed as a reader would give it: lines as paragraphs, gold note calls and turns. */
    private static AnnotatedText annotated(String text, Map<String, Object> gold) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) paragraphs.add(new Paragraph(Span.of(start, i)));
                start = i + 1;
            }
        }
        List<NoteCall> calls = list(gold, "notes").stream()
                .map(n -> new NoteCall(Span.of(num(n, "start"), num(n, "end")), (String) n.get("marker"),
                        CallStyle.values()[0], Optional.empty()))
                .toList();
        List<TranscriptTurn> turns = list(gold, "transcript_turns").stream().map(t -> {
            int s = num(t, "start");
            int colon = text.indexOf(':', s);
            int end = text.indexOf('\n', s);
            return new TranscriptTurn(Span.of(s, end < 0 ? text.length() : end), Span.of(s, colon),
                    text.substring(s, colon));
        }).toList();
        Structure structure = Structure.EMPTY.withParagraphs(paragraphs).withNoteCalls(calls).withTurns(turns);
        List<Entity> entities = list(gold, "entities").stream().map(e -> new Entity((String) e.get("id"),
                EntityType.valueOf((String) e.get("type")), (String) e.get("name"), List.of(),
                list(e, "mentions").stream()
                        .map(m -> new Mention(Span.of(num(m, "start"), num(m, "end")), (String) m.get("text")))
                        .toList())).toList();
        return AnnotatedText.of(new SourceDocument(SourceText.of((String) gold.get("document"), text), structure))
                .with(new Entities(entities));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }

    private static int num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).intValue();
    }
}
