package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.Paragraph;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.QuoteKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quote detection on LitBank's quotation layer (direct speech in fiction; scare quotes and
 * titles are not annotated there). A found quote matches a gold one when both ends lie
 * within 2 characters ("exact"), or only the starts do (the referee's rule for our gold).
 */
class LitBankQuotesTest {

    record Score(int tpP, int predicted, int tpR, int gold) {
        double p() { return predicted == 0 ? 0 : (double) tpP / predicted; }
        double r() { return gold == 0 ? 0 : (double) tpR / gold; }
        double f1() { return p() + r() == 0 ? 0 : 2 * p() * r() / (p() + r()); }
        Score plus(Score o) { return new Score(tpP + o.tpP, predicted + o.predicted, tpR + o.tpR, gold + o.gold); }
        @Override public String toString() {
            return String.format("P=%.3f R=%.3f F1=%.3f (%d/%d predicted, %d/%d gold)", p(), r(), f1(), tpP, predicted, tpR, gold);
        }
    }

    @Test
    void speechQuotesOfLitBankAreFoundWithTheirExactExtent() throws IOException {
        Path dir = Path.of(System.getProperty("annalist.shared", "../../shared"), "corpus/litbank-dev");
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("quotations")), "LitBank is not in shared/corpus");
        List<LitBankQuotations.Doc> docs = LitBankQuotations.read(dir);
        Score exact = new Score(0, 0, 0, 0), start = new Score(0, 0, 0, 0), exactAll = new Score(0, 0, 0, 0);
        int attributed = 0, right = 0, goldWithSpeaker = 0;
        QuoteStage stage = QuoteStage.standard();
        for (LitBankQuotations.Doc doc : docs) {
            Structure structure = Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(0, doc.text().length()))));
            AnnotatedText text = AnnotatedText.of(new SourceDocument(SourceText.of(doc.name(), doc.text()), structure))
                    .with(namesAsEntities(doc));
            List<Quote> all = stage.annotate(text).quotes().stream().filter(q -> q.depth() == 0).toList();
            List<Quote> speech = all.stream().filter(q -> q.kind() == QuoteKind.SPEECH).toList();
            if (System.getenv("LITBANK_DEBUG") != null) debug(doc, all);
            exact = exact.plus(score(speech, doc.quotes(), true));
            start = start.plus(score(speech, doc.quotes(), false));
            exactAll = exactAll.plus(score(all, doc.quotes(), true));
            for (LitBankQuotations.GoldQuote g : doc.quotes()) {
                if (g.speaker().isEmpty()) continue;
                goldWithSpeaker++;
                var p = speech.stream().filter(q -> match(q.span(), g.span(), false)).findFirst();
                if (p.isPresent() && p.get().speakerId().isPresent()) {
                    attributed++;
                    if (sameName(p.get().speakerId().get(), g.speaker())) right++;
                    else if (System.getenv("LITBANK_DEBUG") != null) System.out.println("WRONG " + p.get().speakerId().get()
                            + " for " + g.speaker() + ": " + doc.text().substring(Math.max(0, g.span().start() - 80),
                            Math.min(doc.text().length(), g.span().end() + 60)).replace('\n', ' '));
                }
            }
        }
        System.out.printf("LitBank attribution with names only (no coreference): %d/%d attributed, %d right:"
                + " precision %.3f, recall %.3f%n", attributed, goldWithSpeaker, right,
                attributed == 0 ? 0.0 : (double) right / attributed, (double) right / goldWithSpeaker);
        System.out.println("LitBank quotes, " + docs.size() + " docs: speech exact " + exact + "; speech start "
                + start + "; any kind exact " + exactAll);
        assertThat(exact.f1()).as("speech exact " + exact).isGreaterThan(0.90);
        assertThat((double) right / attributed).as("attribution precision with names only").isGreaterThan(0.60);
    }

    private static Score score(List<Quote> pred, List<LitBankQuotations.GoldQuote> gold, boolean bothEnds) {
        int tpR = 0, tpP = 0;
        for (LitBankQuotations.GoldQuote g : gold) {
            if (pred.stream().anyMatch(p -> match(p.span(), g.span(), bothEnds))) tpR++;
        }
        for (Quote p : pred) {
            if (gold.stream().anyMatch(g -> match(p.span(), g.span(), bothEnds))) tpP++;
        }
        return new Score(tpP, pred.size(), tpR, gold.size());
    }

    /** Each distinct PROP_PER name is one entity: LitBank's coreference chains are not in this copy. */
    private static Entities namesAsEntities(LitBankQuotations.Doc doc) {
        java.util.Map<String, List<Mention>> byName = new java.util.LinkedHashMap<>();
        for (LitBankQuotations.GoldName n : doc.names()) {
            byName.computeIfAbsent(n.text().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", "_"),
                    k -> new java.util.ArrayList<>()).add(new Mention(n.span(), n.text()));
        }
        List<Entity> entities = new java.util.ArrayList<>();
        byName.forEach((id, mentions) -> entities.add(new Entity(id, EntityType.PERSON, mentions.get(0).text(), List.of(), mentions)));
        return new Entities(entities);
    }

    private static final java.util.Set<String> TITLES = java.util.Set.of(
            "mr", "mrs", "miss", "ms", "dr", "sir", "lady", "lord", "old", "young", "little", "the", "uncle", "aunt");

    /** Our name-made id ({@code basil_hallward}) names LitBank's speaker ({@code Basil-7}) when they share a name word. */
    private static boolean sameName(String id, String label) {
        java.util.Set<String> words = new java.util.HashSet<>(List.of(
                label.toLowerCase(java.util.Locale.ROOT).replaceAll("-\\d+$", "").split("_")));
        words.removeAll(TITLES);
        return java.util.Arrays.stream(id.split("_")).filter(w -> w.length() > 1 && !TITLES.contains(w)).anyMatch(words::contains);
    }

    private static void debug(LitBankQuotations.Doc doc, List<Quote> all) {
        String t = doc.text();
        for (LitBankQuotations.GoldQuote g : doc.quotes()) {
            if (all.stream().noneMatch(p -> match(p.span(), g.span(), true))) {
                System.out.println("MISS " + doc.name() + " " + t.substring(Math.max(0, g.span().start() - 30), g.span().start())
                        + "[[" + t.substring(g.span().start(), Math.min(g.span().end(), g.span().start() + 120)) + "]]");
                all.stream().filter(p -> p.span().overlaps(g.span())).forEach(p -> System.out.println("   got " + p.kind() + " "
                        + t.substring(p.span().start(), Math.min(p.span().end(), p.span().start() + 120))));
            }
        }
        for (Quote p : all) {
            if (doc.quotes().stream().noneMatch(g -> match(p.span(), g.span(), true))) {
                System.out.println("FP " + p.kind() + " " + t.substring(Math.max(0, p.span().start() - 30), p.span().start())
                        + "[[" + t.substring(p.span().start(), Math.min(p.span().end(), p.span().start() + 120)) + "]]");
            }
        }
    }

    private static boolean match(Span p, Span g, boolean bothEnds) {
        return Math.abs(p.start() - g.start()) <= 2 && (!bothEnds || Math.abs(p.end() - g.end()) <= 2);
    }
}
