package org.annalist.eval.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.quote.QuoteStage;
import org.annalist.annotate.quote.SpeakerChoice;
import org.annalist.annotate.quote.SpeakerRanker;
import org.annalist.eval.EntityMap;
import org.annalist.eval.EvalReport;
import org.annalist.eval.QuoteAttribution;
import org.annalist.eval.Referee;
import org.annalist.eval.SpeakerClusters;
import org.annalist.eval.Task;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldDocuments;
import org.annalist.eval.gold.GoldQuote;
import smile.classification.LogisticRegression;

/**
 * Trains the quote speaker ranker on a gold set and measures it. Each speech quotation we
 * find that matches a gold quote with a speaker (start within 2 characters, as the referee
 * matches) gives one example a candidate: positive when the candidate entity maps to the
 * gold speaker's chain (as the referee maps entities, by overlapping mentions). A logistic
 * regression (Smile) learns the weights. {@link #crossValidate} splits the documents into
 * folds, trains on all folds but one and attributes the quotes of that one, so every figure
 * it reports is on documents the model did not see: cross-validated, not held-out.
 */
public final class SpeakerTraining {

    /** L2 penalty of the logistic regression, chosen by cross-validation on LitBank dev (0.01 to 8; flat from 0.01 to 0.1). */
    public static final double LAMBDA = 0.1;

    private SpeakerTraining() {
    }

    /**
     * A gold document and its text, annotated up to entities (no {@code Quotes} layer yet).
     *
     * @param name the document name the gold set keys it by
     */
    public record Document(String name, AnnotatedText text, GoldDocument gold) {
        public Document {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(gold, "gold");
        }
    }

    /** A quote's candidates and, for each, whether it is the gold speaker. */
    public record Example(String document, SpeakerChoice choice, boolean[] speaks) {
        /** {@return true when one of the candidates is the gold speaker} */
        public boolean answerable() {
            for (boolean b : speaks) if (b) return true;
            return false;
        }
    }

    /**
     * The measures of one way of attributing, over a set of documents.
     *
     * @param predictions each document's annotations with the quotes so attributed, keyed by name
     */
    public record Figures(QuoteAttribution attribution, SpeakerClusters clusters, EvalReport.Row speaker,
                          Map<String, GoldDocument> predictions) {
        /** {@return one line of the three} */
        public String toLine() {
            return String.format(Locale.ROOT, "attribution %.3f  speaker-B3 %.3f  quotes.speaker F1 %.3f (P %.3f R %.3f)",
                    attribution.accuracy(), clusters.f1(), speaker.f1(), speaker.precision(), speaker.recall());
        }
    }

    /** The figures of the sieve alone and of the ranker behind it, each quote attributed by a model that did not see its document. */
    public record CrossValidated(int folds, int documents, Figures sieve, Figures ranker) {
    }

    /** {@return true when a quotation of {@code gold} has a speaker} */
    public static boolean hasSpeakers(GoldDocument gold) {
        return gold.quotes().stream().anyMatch(q -> q.speaker() != null && !q.speaker().isEmpty());
    }

    /** {@return the labelled candidates of the quotes of every document} */
    public static List<Example> examples(List<Document> docs) {
        List<Example> out = new ArrayList<>();
        for (Document d : docs) out.addAll(examples(d));
        return out;
    }

    /** {@return the labelled candidates of every quote of {@code doc} that matches a gold quote with a speaker} */
    public static List<Example> examples(Document doc) {
        GoldDocument predicted = GoldDocuments.from(doc.text());
        EntityMap map = EntityMap.of(doc.gold(), predicted);
        List<Example> out = new ArrayList<>();
        for (SpeakerChoice c : QuoteStage.standard(Optional.empty()).speakerChoices(doc.text())) {
            Optional<GoldQuote> gold = doc.gold().quotes().stream()
                    .filter(g -> g.speaker() != null && !g.speaker().isEmpty())
                    .filter(g -> Math.abs(g.start() - c.quote().start()) <= 2).findFirst();
            if (gold.isEmpty()) continue;
            boolean[] speaks = new boolean[c.candidates().size()];
            for (int i = 0; i < speaks.length; i++) speaks[i] = gold.get().speaker().equals(map.get(c.candidates().get(i)));
            out.add(new Example(doc.name(), c, speaks));
        }
        return out;
    }

    /**
     * {@return a ranker fitted to {@code examples}} (those with no right candidate teach
     * nothing and are left out)
     *
     * @param comments lines for the weights file (what it was trained on, its figures)
     */
    public static SpeakerRanker fit(List<Example> examples, List<String> comments) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Example e : examples) {
            if (!e.answerable()) continue;
            for (int i = 0; i < e.speaks().length; i++) {
                x.add(e.choice().features().get(i));
                y.add(e.speaks()[i] ? 1 : 0);
            }
        }
        if (!y.contains(1) || !y.contains(0)) {
            throw new IllegalArgumentException("nothing to learn from: " + examples.size()
                    + " quotes matched a gold quote with a speaker, and none had both a right and a wrong candidate");
        }
        LogisticRegression.Binomial model = LogisticRegression.binomial(x.toArray(double[][]::new),
                y.stream().mapToInt(Integer::intValue).toArray(), LAMBDA, 1e-6, 1000);
        double[] w = model.coefficients();
        int n = SpeakerRanker.FEATURES.size();
        double[] weights = java.util.Arrays.copyOf(w, n);
        return SpeakerRanker.of(w[n], weights, comments);
    }

    /** {@return the measures of attributing the quotes of {@code docs} with {@code ranker} behind the sieve (none: the sieve alone)} */
    public static Figures measure(List<Document> docs, Optional<SpeakerRanker> ranker) {
        return measure(docs, d -> ranker);
    }

    private static Figures measure(List<Document> docs, java.util.function.Function<Document, Optional<SpeakerRanker>> rankerOf) {
        Map<String, GoldDocument> gold = new LinkedHashMap<>();
        Map<String, GoldDocument> predicted = new LinkedHashMap<>();
        for (Document d : docs) {
            QuoteStage stage = QuoteStage.standard(rankerOf.apply(d));
            gold.put(d.name(), d.gold());
            predicted.put(d.name(), GoldDocuments.from(d.text().with(stage.annotate(d.text()))));
        }
        EvalReport report = Referee.score(gold, predicted);
        return new Figures(QuoteAttribution.measure(gold, predicted), SpeakerClusters.measure(gold, predicted),
                report.row(Task.QUOTES_SPEAKER), predicted);
    }

    /**
     * {@return the sieve's figures and the ranker's, cross-validated}: document {@code i} (in
     * the order given) falls in fold {@code i % folds}; each fold's quotes are attributed by a
     * ranker trained on the other folds
     */
    public static CrossValidated crossValidate(List<Document> docs, int folds) {
        if (folds < 2 || folds > docs.size()) {
            throw new IllegalArgumentException("need 2 to " + docs.size() + " folds, got " + folds);
        }
        Map<String, List<Example>> byDoc = new LinkedHashMap<>();
        for (Document d : docs) byDoc.put(d.name(), examples(d));
        Map<String, SpeakerRanker> rankerOf = new LinkedHashMap<>();
        for (int f = 0; f < folds; f++) {
            List<Example> train = new ArrayList<>();
            List<String> test = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (i % folds == f) test.add(docs.get(i).name());
                else train.addAll(byDoc.get(docs.get(i).name()));
            }
            SpeakerRanker r = fit(train, List.of());
            for (String t : test) rankerOf.put(t, r);
        }
        return new CrossValidated(folds, docs.size(), measure(docs, Optional.empty()),
                measure(docs, d -> Optional.of(rankerOf.get(d.name()))));
    }
}
