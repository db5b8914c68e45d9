package org.annalist.annotate.claim;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Stage;
import org.annalist.model.Span;
import org.annalist.model.layer.Claims;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.Tokens;

/**
 * The numeric claims stage: the figures each sentence states about a measure ("792 killed",
 * "more than 1 million Chinese troops"), found by {@link ClaimFinder} in
 * {@link AnnotatedText#maskedText()} (note calls blanked), and the arithmetic the text states
 * between them, recomputed by {@link ClaimChecker}.
 *
 * <p>Reads: {@link Tokens} (sentences), {@link Timexes} (a figure inside a date or duration is
 * no claim). Writes: {@link Claims}, every span inside the document's text.
 */
public final class ClaimStage implements Stage<Claims> {

    private final ClaimFinder finder;
    private final ClaimChecker checker;

    public ClaimStage(ClaimFinder finder, ClaimChecker checker) {
        this.finder = Objects.requireNonNull(finder, "finder");
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    /** {@return a stage with the standard lexicons} */
    public static ClaimStage standard() {
        return new ClaimStage(ClaimFinder.standard(), new ClaimChecker());
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Class<Claims> produces() {
        return Claims.class;
    }

    @Override
    public Set<Class<? extends Layer>> reads() {
        return Set.of(Tokens.class, Timexes.class);
    }

    @Override
    public Claims annotate(AnnotatedText text) {
        String masked = text.maskedText();
        List<Span> sentences = text.layer(Tokens.class).sentences().stream().map(Sentence::span).toList();
        List<Span> times = text.layer(Timexes.class).items().stream().map(Timex::span).toList();
        return checker.check(masked, finder.find(masked, sentences, times));
    }
}
