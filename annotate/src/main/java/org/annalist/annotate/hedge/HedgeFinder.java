package org.annalist.annotate.hedge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;
import org.annalist.model.layer.Hedge;

/**
 * Finds the hedged sentences of a text: a sentence holding a cue of the lexicon outside every
 * quotation (a "may" in someone's quoted words is the speaker's, not the author's). One hedge
 * per sentence, its cue the first one found.
 */
public final class HedgeFinder {

    private final HedgeCues cues;

    public HedgeFinder(HedgeCues cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /** {@return the hedges of {@code sentences} of {@code text}}; cues inside {@code quoted} spans do not count */
    public List<Hedge> find(String text, List<Span> sentences, List<Span> quoted) {
        List<Hedge> out = new ArrayList<>();
        for (Span s : sentences) {
            for (HedgeCues.Cue cue : cues.find(text, s.start(), s.end())) {
                if (quoted.stream().anyMatch(q -> q.overlaps(cue.span()))) continue;
                out.add(new Hedge(s, cue.span(), cue.kind()));
                break;
            }
        }
        return out;
    }
}
