package org.annalist.eval;

import java.util.Map;
import java.util.Objects;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldQuote;

/**
 * Speaker attribution accuracy, the measure quote-attribution papers report (He et al. 2013,
 * Muzny et al. 2017): of the gold quotes that have a speaker and that we found (a predicted
 * quote starting within 2 characters), the share whose predicted speaker is the gold
 * speaker's entity — the predicted entity maps to the gold coreference chain its mentions
 * overlap most, as the referee maps entities ({@link EntityMap}). A found quote left without
 * a speaker counts as wrong. Not part of score.py: the referee's {@code quotes.speaker} is an
 * F1 over all quotes, this is an accuracy over found ones.
 *
 * @param withSpeaker gold quotes that have a speaker
 * @param found       those a predicted quote matches
 * @param answered    of those, the ones we gave a speaker
 * @param right       of those, the ones whose speaker is the gold speaker's entity
 */
public record QuoteAttribution(int withSpeaker, int found, int answered, int right) {

    public QuoteAttribution {
        if (withSpeaker < found || found < answered || answered < right || right < 0) {
            throw new IllegalArgumentException("counts must satisfy withSpeaker >= found >= answered >= right >= 0; got "
                    + withSpeaker + ", " + found + ", " + answered + ", " + right);
        }
    }

    /** {@return the attribution of every gold document's quotes by its prediction (none: an empty one)} */
    public static QuoteAttribution measure(Map<String, GoldDocument> gold, Map<String, GoldDocument> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        int withSpeaker = 0, found = 0, answered = 0, right = 0;
        for (Map.Entry<String, GoldDocument> e : gold.entrySet()) {
            GoldDocument g = e.getValue();
            if (g.quotes().stream().noneMatch(q -> Py.truthy(q.speaker()))) continue;
            GoldDocument p = predicted.get(e.getKey());
            EntityMap map = p == null ? null : EntityMap.of(g, p);
            for (GoldQuote q : g.quotes()) {
                if (!Py.truthy(q.speaker())) continue;
                withSpeaker++;
                if (p == null) continue;
                GoldQuote match = p.quotes().stream().filter(x -> Math.abs(x.start() - q.start()) <= 2).findFirst().orElse(null);
                if (match == null) continue;
                found++;
                if (!Py.truthy(match.speaker())) continue;
                answered++;
                if (q.speaker().equals(map.get(match.speaker()))) right++;
            }
        }
        return new QuoteAttribution(withSpeaker, found, answered, right);
    }

    /** {@return right over found: the accuracy on the quotes we found}, 0 when none */
    public double accuracy() {
        return found == 0 ? 0 : (double) right / found;
    }

    /** {@return right over all gold quotes with a speaker}, 0 when none */
    public double accuracyOfAll() {
        return withSpeaker == 0 ? 0 : (double) right / withSpeaker;
    }

    /** {@return right over answered: how often a speaker we give is right}, 0 when none */
    public double precision() {
        return answered == 0 ? 0 : (double) right / answered;
    }

    /** {@return one line for the eval table} */
    public String toLine() {
        return String.format(java.util.Locale.ROOT,
                "quotes.attribution accuracy %.3f (%d right of %d found gold quotes with a speaker; %.3f of all %d; "
                        + "%d given a speaker, precision %.3f)",
                accuracy(), right, found, accuracyOfAll(), withSpeaker, answered, precision());
    }
}
