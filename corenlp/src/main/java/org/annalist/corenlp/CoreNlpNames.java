package org.annalist.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.entity.PrintedWords;
import org.annalist.model.Span;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.NameMention;
import org.annalist.model.layer.Names;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Token;
import org.annalist.model.layer.Tokens;
import org.annalist.annotate.Stage;

/**
 * Names from CoreNLP's CRF classifier, run over the sentences of the {@link Tokens} layer
 * (never re-tokenised).
 *
 * <p>Reads {@link Tokens}; writes {@link Names}. Consecutive tokens with the same label
 * make one mention, from the first token's start to the last token's end; mentions never
 * cross a sentence, never hold a bracket or a quotation mark, and never start or end with
 * punctuation. Labels map PERSON→PERSON, ORGANIZATION→ORG, LOCATION→GPE, MISC→MISC.
 * Sentences with no proper-noun tag, no capitalised word after the first, and no
 * capitalised first word tagged noun or adjective hold no name and are skipped. Sentences
 * are classified on all cores; the output is sorted by offset.
 */
public final class CoreNlpNames implements Stage<Names> {

    /** Punctuation that may stand inside a name: {@code Smith & Sons}, {@code U . S .}, {@code Austria - Hungary}. */
    private static final Set<String> INNER_PUNCTUATION = Set.of("&", ".", "-");

    private final CoreNlpModels models;

    public CoreNlpNames(CoreNlpModels models) {
        this.models = Objects.requireNonNull(models, "models");
    }

    @Override
    public String name() {
        return "names";
    }

    @Override
    public Class<Names> produces() {
        return Names.class;
    }

    @Override
    public Set<Class<? extends Layer>> reads() {
        return Set.of(Tokens.class);
    }

    @Override
    public Names annotate(AnnotatedText text) {
        String source = text.source().text();
        List<Sentence> sentences = text.layer(Tokens.class).sentences();
        List<Token> all = new ArrayList<>();
        int[] base = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            base[s] = all.size();
            all.addAll(sentences.get(s).tokens());
        }
        PrintedWords printed = PrintedWords.of(all, source);
        List<NameMention> mentions = IntStream.range(0, sentences.size()).parallel()
                .filter(s -> mayHoldName(sentences.get(s)))
                .mapToObj(s -> find(sentences.get(s), base[s], printed, source))
                .flatMap(List::stream)
                .toList();
        return new Names(mentions);
    }

    /**
     * {@return false when no token is tagged a proper noun, none after the first is
     * capitalised, and the first is not a capitalised noun or adjective}; on Grant's
     * memoirs this skips 29% of the sentences and no name the classifier would find
     */
    static boolean mayHoldName(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.pos().startsWith("NNP")) return true;
            boolean capital = !t.word().isEmpty() && Character.isUpperCase(t.word().codePointAt(0));
            if (capital && i > 0) return true;
            // a capitalised first word the tagger calls a common noun or adjective may be an
            // unknown name ("Corse was a man who ..."); "The", "It", "All" are not
            if (capital && (t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("FW"))) return true;
        }
        return false;
    }

    /**
     * The sentence's names. The classifier reads the printed words ({@link PrintedWords}): a
     * word broken at a line end ({@code Mich¬⏎igan}) is one word to it, whose label all its
     * tokens take.
     */
    private List<NameMention> find(Sentence sentence, int base, PrintedWords printed, String source) {
        List<Token> tokens = sentence.tokens();
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        List<int[]> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int last = printed.wordEnd(base + i) - base;
            if (printed.wordStart(base + i) != base + i || last >= tokens.size()) last = i;
            Token t = tokens.get(i);
            // CoreNLP 4.5's tokenizer keeps the source characters (no -LRB-, no ASCII quotes),
            // so the covered text is what the classifier was trained to read
            String word = last == i ? t.word() : printed.word(base + i, base + last);
            CoreLabel label = new CoreLabel();
            label.setWord(word);
            label.setValue(word);
            label.setOriginalText(word);
            label.setTag(t.pos());
            label.setBeginPosition(t.span().start());
            label.setEndPosition(tokens.get(last).span().end());
            labels.add(label);
            words.add(new int[] {i, last});
            i = last;
        }
        // classifySentence, not classify: it computes the word-shape and distributional
        // features the model was trained with; classify on bare labels answers O throughout
        List<CoreLabel> answered = models.ner().classifySentence(labels);
        if (answered.size() != labels.size()) {
            throw new IllegalStateException("NER answered " + answered.size() + " labels for " + labels.size()
                    + " words in sentence " + sentence.span());
        }
        EntityType[] types = new EntityType[tokens.size()];
        for (int w = 0; w < words.size(); w++) {
            int[] r = words.get(w);
            boolean whole = r[0] != r[1];
            for (int i = r[0]; i <= r[1]; i++) {
                types[i] = whole ? type(answered.get(w).get(CoreAnnotations.AnswerAnnotation.class)).orElse(null)
                        : typeOf(tokens.get(i), answered.get(w));
            }
        }
        List<NameMention> out = new ArrayList<>();
        EntityType open = null;
        int first = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            EntityType type = i == tokens.size() ? null : types[i];
            if (type != open) {
                if (open != null) mention(open, tokens, first, i, source).ifPresent(out::add);
                open = type;
                first = i;
            }
        }
        return out;
    }

    /** {@return the token's type}; null for O and for brackets and quotes, which never lie inside a name */
    private static EntityType typeOf(Token token, CoreLabel answered) {
        if (!hasLetterOrDigit(token.word()) && !INNER_PUNCTUATION.contains(token.word())) return null;
        return type(answered.get(CoreAnnotations.AnswerAnnotation.class)).orElse(null);
    }

    /** {@return the mention of tokens {@code [from, to)}, trimmed of punctuation at either end}; empty when nothing is left */
    private static Optional<NameMention> mention(EntityType type, List<Token> tokens, int from, int to, String source) {
        while (from < to && !hasLetterOrDigit(tokens.get(from).word())) from++;
        while (to > from && !hasLetterOrDigit(tokens.get(to - 1).word())) to--;
        if (from == to) return Optional.empty();
        int start = tokens.get(from).span().start();
        int end = tokens.get(to - 1).span().end();
        return Optional.of(new NameMention(Span.of(start, end), type, source.substring(start, end)));
    }

    private static boolean hasLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) return true;
        }
        return false;
    }

    /** {@return our type for a CoreNLP label}; empty for {@code O} and labels we do not keep */
    static Optional<EntityType> type(String label) {
        if (label == null) return Optional.empty();
        return switch (label) {
            case "PERSON", "PER" -> Optional.of(EntityType.PERSON);
            case "ORGANIZATION", "ORG" -> Optional.of(EntityType.ORG);
            case "LOCATION", "LOC" -> Optional.of(EntityType.GPE);
            case "MISC" -> Optional.of(EntityType.MISC);
            default -> Optional.empty();
        };
    }
}
