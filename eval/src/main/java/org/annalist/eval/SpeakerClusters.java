package org.annalist.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldQuote;

/**
 * B³ over the gold quotes that have a speaker, each document apart: the gold clusters are the
 * quotes of one speaker, the predicted clusters the quotes we gave one speaker entity (a quote
 * not found, or left without a speaker, is a cluster of its own). The clustering measure
 * BookNLP reports for quotation attribution; it needs no mapping of our entities onto the gold
 * chains, so it credits grouping a speaker's quotes even where the entity is wrong.
 *
 * @param quotes    gold quotes with a speaker
 * @param precision mean over those quotes of |gold cluster ∩ predicted cluster| / |predicted cluster|
 * @param recall    the same over |gold cluster|
 */
public record SpeakerClusters(int quotes, double precision, double recall) {

    public SpeakerClusters {
        if (quotes < 0 || precision < 0 || precision > 1 || recall < 0 || recall > 1) {
            throw new IllegalArgumentException("need quotes >= 0 and precision, recall in [0, 1]; got "
                    + quotes + ", " + precision + ", " + recall);
        }
    }

    /** {@return B³ of the predicted speakers of every gold document's quotes} */
    public static SpeakerClusters measure(Map<String, GoldDocument> gold, Map<String, GoldDocument> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        int n = 0;
        double p = 0, r = 0;
        for (Map.Entry<String, GoldDocument> e : gold.entrySet()) {
            GoldDocument pd = predicted.get(e.getKey());
            List<String[]> items = new ArrayList<>(); // {gold speaker, predicted cluster}
            for (GoldQuote q : e.getValue().quotes()) {
                if (!Py.truthy(q.speaker())) continue;
                String alone = "\u0000" + items.size();
                String cluster = pd == null ? alone : pd.quotes().stream()
                        .filter(x -> Math.abs(x.start() - q.start()) <= 2).findFirst()
                        .filter(x -> Py.truthy(x.speaker())).map(GoldQuote::speaker).orElse(alone);
                items.add(new String[] {q.speaker(), cluster});
            }
            for (String[] item : items) {
                int both = 0, sameGold = 0, samePredicted = 0;
                for (String[] other : items) {
                    boolean g = other[0].equals(item[0]);
                    boolean pr = other[1].equals(item[1]);
                    if (g) sameGold++;
                    if (pr) samePredicted++;
                    if (g && pr) both++;
                }
                p += (double) both / samePredicted;
                r += (double) both / sameGold;
                n++;
            }
        }
        return n == 0 ? new SpeakerClusters(0, 0, 0) : new SpeakerClusters(n, p / n, r / n);
    }

    /** {@return the harmonic mean of precision and recall}, 0 when both are 0 */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** {@return one line for the eval table} */
    public String toLine() {
        return String.format(java.util.Locale.ROOT,
                "quotes.speaker B3 P %.3f R %.3f F1 %.3f over %d gold quotes with a speaker (quotes grouped by speaker)",
                precision, recall, f1(), quotes);
    }
}
