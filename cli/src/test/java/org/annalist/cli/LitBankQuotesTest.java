package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.quote.QuoteStage;
import org.annalist.eval.corpora.LitBank;
import org.annalist.eval.corpora.LitBankText;
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
import org.junit.jupiter.api.Test;

/**
 * The quote stage alone on LitBank's quotation layer, its tokenised text joined back into
 * running text ({@link LitBankText}), with LitBank's proper names of people as the only
 * entities (one per distinct name: no coreference). A found quote matches a gold one when
 * both ends lie within 2 characters ("exact"). This isolates quote finding and attribution
 * from tokenisation: {@code annalist eval} on the tokenised {@code .txt} scores lower.
 */
class LitBankQuotesTest {

    private static final Path LITBANK = Path.of(System.getProperty("annalist.shared", "../shared"), "corpus/litbank-dev");
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "miss", "ms", "dr", "sir", "lady", "lord", "old", "young", "little", "the", "uncle", "aunt");

    record Gold(Span span, Optional<String> speaker) {
    }

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
    void speechQuotesOfLitBankAreFoundWithTheirExactExtentAndNamedSpeakersMostlyRight() throws IOException {
        Score exact = new Score(0, 0, 0, 0);
        int attributed = 0, right = 0, withSpeaker = 0, docs = 0;
        QuoteStage stage = QuoteStage.standard();
        List<Path> anns;
        try (var files = Files.list(LITBANK.resolve("quotations"))) {
            anns = files.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path ann : anns) {
            List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
            if (lines.stream().noneMatch(l -> l.startsWith("QUOTE"))) continue;
            docs++;
            String name = ann.getFileName().toString().replace(".ann", ".txt");
            String tokenised = Files.readString(LITBANK.resolve("coref").resolve(name), StandardCharsets.UTF_8);
            LitBankText joined = LitBankText.join(tokenised);
            List<Gold> gold = new ArrayList<>();
            for (LitBank.Quote q : LitBank.quoteSpans(lines, tokenised, ann.toString())) {
                gold.add(new Gold(joined.map(q.span()).orElseThrow(), q.speaker()));
            }
            Structure structure = Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(0, joined.text().length()))));
            AnnotatedText text = AnnotatedText.of(new SourceDocument(SourceText.of(name, joined.text()), structure))
                    .with(namesAsEntities(LITBANK.resolve("coref").resolve(ann.getFileName()), joined));
            List<Quote> speech = stage.annotate(text).quotes().stream()
                    .filter(q -> q.depth() == 0 && q.kind() == QuoteKind.SPEECH).toList();
            exact = exact.plus(score(speech, gold));
            for (Gold g : gold) {
                if (g.speaker().isEmpty()) continue;
                withSpeaker++;
                var p = speech.stream().filter(q -> Math.abs(q.span().start() - g.span().start()) <= 2).findFirst();
                if (p.isPresent() && p.get().speakerId().isPresent()) {
                    attributed++;
                    if (sameName(p.get().speakerId().get(), g.speaker().get())) right++;
                }
            }
        }
        System.out.printf("LitBank quotes (joined text), %d docs: speech exact %s; attribution with names only: "
                + "%d/%d attributed, %d right: precision %.3f, recall %.3f%n", docs, exact, attributed, withSpeaker,
                right, (double) right / attributed, (double) right / withSpeaker);
        assertThat(docs).isEqualTo(67);
        assertThat(exact.gold()).isEqualTo(1_440);
        assertThat(exact.f1()).as("speech exact " + exact).isGreaterThan(0.90);
        assertThat((double) right / attributed).as("attribution precision with names only").isGreaterThan(0.60);
    }

    /**
     * The tokenised {@code .txt} as {@code annalist extract} reads it (a sentence a line, marks
     * standing apart: {@code " Why ? "}), LitBank's proper names of people as the entities. A
     * quote is found when it starts within 2 characters of a gold one (the referee's rule); its
     * speaker is right when it shares a name word with the gold speaker's chain label.
     */
    @Test
    void tokenisedDialogueIsFoundAndItsSpeakersFollowTheConversation() throws IOException {
        int gold = 0, foundGold = 0, predicted = 0, predictedRight = 0, withSpeaker = 0, found = 0, right = 0;
        QuoteStage stage = QuoteStage.standard();
        org.annalist.read.Readers readers = org.annalist.read.Readers.standard();
        List<Path> anns;
        try (var files = Files.list(LITBANK.resolve("quotations"))) {
            anns = files.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path ann : anns) {
            List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
            if (lines.stream().noneMatch(l -> l.startsWith("QUOTE"))) continue;
            Path txt = LITBANK.resolve("coref").resolve(ann.getFileName().toString().replace(".ann", ".txt"));
            String tokenised = Files.readString(txt, StandardCharsets.UTF_8);
            SourceDocument doc;
            try {
                doc = readers.read(txt.getFileName().toString(), Files.readAllBytes(txt));
            } catch (org.annalist.read.ReadException e) {
                throw new IOException(e);
            }
            LitBankText identity = LitBankText.join(tokenised);
            AnnotatedText text = AnnotatedText.of(doc).with(tokenisedNames(LITBANK.resolve("coref").resolve(ann.getFileName()), tokenised));
            List<Quote> quotes = stage.annotate(text).quotes();
            List<LitBank.Quote> goldQuotes = LitBank.quoteSpans(lines, tokenised, ann.toString());
            gold += goldQuotes.size();
            predicted += quotes.size();
            predictedRight += (int) quotes.stream()
                    .filter(q -> goldQuotes.stream().anyMatch(g -> Math.abs(g.span().start() - q.span().start()) <= 2)).count();
            for (LitBank.Quote g : goldQuotes) {
                var p = quotes.stream().filter(q -> Math.abs(q.span().start() - g.span().start()) <= 2).findFirst();
                if (p.isPresent()) foundGold++;
                if (g.speaker().isEmpty()) continue;
                withSpeaker++;
                if (p.isEmpty()) continue;
                found++;
                if (p.get().speakerId().isPresent() && sameName(p.get().speakerId().get(), g.speaker().get())) right++;
            }
            assertThat(identity.text()).isNotEmpty();
        }
        double precision = (double) predictedRight / predicted, recall = (double) foundGold / gold;
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("LitBank quotes (tokenised text), detection P %.3f R %.3f F1 %.3f; speakers (names only) "
                + "right %d of %d found (accuracy %.3f)%n", precision, recall, f1, right, found, (double) right / found);
        assertThat(gold).isEqualTo(1_440);
        assertThat(f1).as("detection F1 on the tokenised text").isGreaterThan(0.90);
        assertThat((double) right / found).as("attribution accuracy with names only").isGreaterThan(0.33);
    }

    /** Each distinct proper name of a person ({@code PROP_PER}) is one entity, at its offsets in the tokenised text. */
    private static Entities tokenisedNames(Path corefAnn, String tokenised) throws IOException {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (LitBank.Mention m : LitBank.corefMentions(corefAnn)) {
            if (m.kind() != LitBank.Kind.PROP || !m.category().equals("PER")) continue;
            String text = tokenised.substring(m.span().start(), m.span().end());
            byName.computeIfAbsent(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "_"), k -> new ArrayList<>())
                    .add(new Mention(m.span(), text));
        }
        List<Entity> entities = new ArrayList<>();
        byName.forEach((id, mentions) -> entities.add(new Entity(id, EntityType.PERSON, mentions.get(0).text(), List.of(),
                mentions.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList())));
        return new Entities(entities);
    }

    private static Score score(List<Quote> pred, List<Gold> gold) {
        int tpR = (int) gold.stream().filter(g -> pred.stream().anyMatch(p -> match(p.span(), g.span()))).count();
        int tpP = (int) pred.stream().filter(p -> gold.stream().anyMatch(g -> match(p.span(), g.span()))).count();
        return new Score(tpP, pred.size(), tpR, gold.size());
    }

    private static boolean match(Span p, Span g) {
        return Math.abs(p.start() - g.start()) <= 2 && Math.abs(p.end() - g.end()) <= 2;
    }

    /** Each distinct proper name of a person ({@code PROP_PER}) is one entity. */
    private static Entities namesAsEntities(Path corefAnn, LitBankText joined) throws IOException {
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (LitBank.Mention m : LitBank.corefMentions(corefAnn)) {
            if (m.kind() != LitBank.Kind.PROP || !m.category().equals("PER")) continue;
            Optional<Span> span = joined.map(m.span());
            if (span.isEmpty()) continue;
            String text = joined.text().substring(span.get().start(), span.get().end());
            byName.computeIfAbsent(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "_"), k -> new ArrayList<>())
                    .add(new Mention(span.get(), text));
        }
        List<Entity> entities = new ArrayList<>();
        byName.forEach((id, mentions) -> entities.add(new Entity(id, EntityType.PERSON, mentions.get(0).text(), List.of(),
                mentions.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList())));
        return new Entities(entities);
    }

    /** Our name-made id ({@code basil_hallward}) names LitBank's speaker ({@code Basil-7}) when they share a name word. */
    private static boolean sameName(String id, String label) {
        Set<String> words = new HashSet<>(List.of(label.toLowerCase(Locale.ROOT).replaceAll("-\\d+$", "").split("_")));
        words.removeAll(TITLES);
        return Arrays.stream(id.split("_")).filter(w -> w.length() > 1 && !TITLES.contains(w)).anyMatch(words::contains);
    }
}
