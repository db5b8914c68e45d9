package org.annalist.annotate.hedge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.annalist.model.layer.HedgeKind;
import org.annalist.model.Span;
import org.annalist.model.layer.Hedge;

/**
 * Finds the hedged sentences of a text: a sentence holding a cue of the lexicon outside every
 * quotation (a "may" in someone's quoted words is the speaker's, not the author's). One hedge
 * per sentence, its cue the first one found. A modal possibility ("might have") in a
 * conditional sentence ("if", "unless", "had he") is a counterfactual, not a doubt, and does
 * not count on its own.
 */
public final class HedgeFinder {

    private static final Pattern MODAL = Pattern.compile("(?i)(?:may|might)\\b.*");
    private static final Pattern COUNTERFACTUAL = Pattern.compile("(?i)(?<![\\p{L}])(?:if|unless|otherwise|but\\s+for"
            + "|whether|had\\s+(?:he|she|they|it|we|I|the)|could\\s+have|would\\s+have)(?![\\p{L}])");

    private final HedgeCues cues;

    public HedgeFinder(HedgeCues cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /**
     * {@return the hedges of {@code sentences} of {@code text}}, in their order; cues inside
     * {@code quoted} spans do not count. Sentences are read on all cores.
     */
    public List<Hedge> find(String text, List<Span> sentences, List<Span> quoted) {
        return sentences.parallelStream().map(s -> hedgeOf(text, s, quoted)).flatMap(Optional::stream).toList();
    }

    private Optional<Hedge> hedgeOf(String text, Span s, List<Span> quoted) {
        for (HedgeCues.Cue cue : cues.find(text, s.start(), s.end())) {
            if (quoted.stream().anyMatch(q -> q.overlaps(cue.span()))) continue;
            if (modal(text, cue) && COUNTERFACTUAL.matcher(text).region(s.start(), s.end()).find()) continue;
            return Optional.of(new Hedge(s, cue.span(), cue.kind()));
        }
        return Optional.empty();
    }

    private static boolean modal(String text, HedgeCues.Cue cue) {
        return cue.kind() == HedgeKind.POSSIBILITY && MODAL.matcher(text.substring(cue.span().start(), cue.span().end())).matches();
    }
}
