package org.annalist.annotate.hedge;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Stage;
import org.annalist.model.Span;
import org.annalist.model.layer.Hedges;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.Quotes;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Tokens;

/**
 * The hedges stage: the sentences in which the author marks uncertainty or an open question
 * ("remains unclear", "if at all", "may have", "reportedly"), found by {@link HedgeFinder} in
 * {@link AnnotatedText#maskedText()}.
 *
 * <p>Reads: {@link Tokens} (sentences), {@link Quotes} (quoted words are not the author's).
 * Writes: {@link Hedges}, each span a sentence of the tokens layer.
 */
public final class HedgeStage implements Stage<Hedges> {

    private final HedgeFinder finder;

    public HedgeStage(HedgeFinder finder) {
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    /** {@return a stage with the standard cue lexicon} */
    public static HedgeStage standard() {
        return new HedgeStage(new HedgeFinder(HedgeCues.standard()));
    }

    @Override
    public String name() {
        return "hedges";
    }

    @Override
    public Class<Hedges> produces() {
        return Hedges.class;
    }

    @Override
    public Set<Class<? extends Layer>> reads() {
        return Set.of(Tokens.class, Quotes.class);
    }

    @Override
    public Hedges annotate(AnnotatedText text) {
        List<Span> sentences = text.layer(Tokens.class).sentences().stream().map(Sentence::span).toList();
        List<Span> quoted = text.layer(Quotes.class).quotes().stream().map(Quote::span).toList();
        return new Hedges(finder.find(text.maskedText(), sentences, quoted));
    }
}
