package org.annalist.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.ParseScope;
import org.annalist.annotate.Stage;
import org.annalist.model.layer.Dependencies;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Parse;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Token;
import org.annalist.model.layer.Tokens;

/**
 * Dependency parses from CoreNLP's neural dependency parser ({@code english_UD}: Universal
 * Dependencies, basic relations) over the sentences of the {@link Tokens} layer, never
 * re-tokenised, and only those the {@link ParseScope} asks for.
 *
 * <p>Reads {@link Tokens}; writes {@link Parse}. Lemmas come from CoreNLP's morphology
 * ({@code Morphology}) on the word and its tag; the scope decides on them before any
 * parsing. Sentences are parsed on all cores; the parser loads on first use
 * ({@link CoreNlpModels#loadParserSoon()} starts it early).
 */
public final class CoreNlpParse implements Stage<Parse> {

    private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);

    private final CoreNlpModels models;
    private final ParseScope.Factory scopes;

    public CoreNlpParse(CoreNlpModels models, ParseScope.Factory scopes) {
        this.models = Objects.requireNonNull(models, "models");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
    }

    /** A parse of the sentences {@code scope} asks for, the same in every text. */
    public CoreNlpParse(CoreNlpModels models, ParseScope scope) {
        this(models, ParseScope.Factory.always(scope));
    }

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public Class<Parse> produces() {
        return Parse.class;
    }

    @Override
    public Set<Class<? extends Layer>> reads() {
        return Set.of(Tokens.class);
    }

    @Override
    public Parse annotate(AnnotatedText text) {
        ParseScope scope = scopes.of(text);
        List<Dependencies> parsed = text.layer(Tokens.class).sentences().parallelStream()
                .map(sentence -> parseIfNeeded(sentence, scope))
                .flatMap(Optional::stream)
                .toList();
        return new Parse(parsed);
    }

    private Optional<Dependencies> parseIfNeeded(Sentence sentence, ParseScope scope) {
        List<String> lemmas = lemmas(sentence);
        if (!scope.needs(sentence, lemmas)) return Optional.empty();
        return Optional.of(parse(sentence, lemmas));
    }

    /** {@return the lower-case lemma of each token} */
    static List<String> lemmas(Sentence sentence) {
        Morphology morphology = MORPHOLOGY.get();
        List<String> out = new ArrayList<>(sentence.tokens().size());
        for (Token t : sentence.tokens()) {
            String lemma = morphology.lemma(t.word(), t.pos(), true);
            out.add(lemma.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private Dependencies parse(Sentence sentence, List<String> lemmas) {
        List<Token> tokens = sentence.tokens();
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            CoreLabel label = new CoreLabel();
            label.setWord(t.word());
            label.setValue(t.word());
            label.setOriginalText(t.word());
            label.setTag(t.pos());
            label.setLemma(lemmas.get(i));
            label.setIndex(i + 1);
            labels.add(label);
        }
        GrammaticalStructure gs = models.parser().predict(labels);
        Integer[] heads = new Integer[tokens.size()];
        String[] relations = new String[tokens.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "dep");
        for (TypedDependency d : gs.typedDependencies()) {
            int dep = d.dep().index() - 1;
            if (dep < 0 || dep >= tokens.size()) continue;
            int head = d.gov().index() - 1;
            // the parser never loops a token on itself; a stray arc is read as no head at all
            heads[dep] = head == dep || head >= tokens.size() ? -1 : head;
            relations[dep] = d.reln().toString();
        }
        return new Dependencies(sentence.span(), lemmas, Arrays.asList(heads), Arrays.asList(relations));
    }
}
