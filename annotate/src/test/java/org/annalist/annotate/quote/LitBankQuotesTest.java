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
        QuoteStage stage = QuoteStage.standard();
        for (LitBankQuotations.Doc doc : docs) {
            Structure structure = Structure.EMPTY.withParagraphs(List.of(new Paragraph(Span.of(0, doc.text().length()))));
            AnnotatedText text = AnnotatedText.of(new SourceDocument(SourceText.of(doc.name(), doc.text()), structure))
                    .with(new Entities(List.of()));
            List<Quote> all = stage.annotate(text).quotes().stream().filter(q -> q.depth() == 0).toList();
            List<Quote> speech = all.stream().filter(q -> q.kind() == QuoteKind.SPEECH).toList();
            if (System.getenv("LITBANK_DEBUG") != null) debug(doc, all);
            exact = exact.plus(score(speech, doc.quotes(), true));
            start = start.plus(score(speech, doc.quotes(), false));
            exactAll = exactAll.plus(score(all, doc.quotes(), true));
        }
        System.out.println("LitBank quotes, " + docs.size() + " docs: speech exact " + exact + "; speech start "
                + start + "; any kind exact " + exactAll);
        assertThat(exact.f1()).as("speech exact " + exact).isGreaterThan(0.80);
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
