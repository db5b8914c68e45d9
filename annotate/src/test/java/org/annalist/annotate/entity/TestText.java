package org.annalist.annotate.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.BlockQuote;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.NameMention;
import org.annalist.model.layer.Names;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Token;
import org.annalist.model.layer.Tokens;

/**
 * Hand-built Tokens and Names layers for short texts, so entity tests need no CoreNLP:
 * tokens split at blanks and punctuation (a possessive {@code ’s} is a token), sentences
 * end after {@code . ! ?} or a line break, parts of speech come from small word lists
 * (capitalised → NNP, unknown lower case → NN), names are marked as a finder would.
 */
final class TestText {

    private static final Pattern TOKEN = Pattern.compile("(?:Mr|Mrs|Ms|Dr|St|Gen|Col)\\.|’s|'s|\\p{L}[\\p{L}\\p{N}\\-]*|\\p{N}+|\\S");
    private static final Set<String> DT = Set.of("the", "a", "an", "this", "that", "one", "some", "another");
    private static final Set<String> PRP = Set.of("he", "him", "she", "it", "they", "them", "himself", "herself", "we", "i", "you", "me", "myself", "us");
    private static final Set<String> PRP$ = Set.of("his", "her", "their", "its", "our", "my", "your");
    private static final Set<String> IN = Set.of("of", "in", "at", "from", "with", "by", "for", "on", "after", "when", "near");
    private static final Set<String> VBD = Set.of("met", "said", "told", "saw", "wrote", "was", "had", "knew", "called",
            "came", "left", "summoned", "praised", "ordered", "thanked", "reached", "waited", "spoke", "lived", "urged",
            "arrived", "inspected", "radioed", "replied", "smiled", "signed", "returned", "visited");
    private static final Set<String> JJ = Set.of("old", "new", "furious", "short", "ruritanian", "german", "japanese",
            "chinese", "angry", "cruel", "tired", "provincial");

    private final String text;
    private final List<NameMention> names = new ArrayList<>();
    private final List<TranscriptTurn> turns = new ArrayList<>();
    private final Map<String, String> tags = new HashMap<>();
    private final List<BlockQuote> blockQuotes = new ArrayList<>();
    private Optional<String> author = Optional.empty();

    private TestText(String text) {
        this.text = text;
    }

    static TestText of(String text) {
        return new TestText(text);
    }

    /** Marks every whole-word occurrence of {@code surface} as a name of {@code type}. */
    TestText name(EntityType type, String... surfaces) {
        for (String surface : surfaces) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\[\\]])" + Pattern.quote(surface) + "(?!\\p{L})").matcher(text);
            boolean any = false;
            while (m.find()) {
                names.add(new NameMention(Span.of(m.start(), m.end()), type, surface));
                any = true;
            }
            if (!any) throw new IllegalArgumentException("no '" + surface + "' in: " + text);
        }
        return this;
    }

    /** Marks the {@code nth} (from 0) whole-word occurrence of {@code surface} as a name of {@code type}. */
    TestText nameAt(EntityType type, String surface, int nth) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\[\\]])" + Pattern.quote(surface) + "(?!\\p{L})").matcher(text);
        for (int k = 0; m.find(); k++) {
            if (k == nth) {
                names.add(new NameMention(Span.of(m.start(), m.end()), type, surface));
                return this;
            }
        }
        throw new IllegalArgumentException("no occurrence " + nth + " of '" + surface + "' in: " + text);
    }

    TestText person(String... surfaces) {
        return name(EntityType.PERSON, surfaces);
    }

    /** Gives {@code word} the tag {@code pos} wherever it occurs. */
    TestText tag(String word, String pos) {
        tags.put(word, pos);
        return this;
    }

    /** Names {@code name} the document's author, as a reader would from its metadata. */
    TestText author(String name) {
        author = Optional.of(name);
        return this;
    }

    /** Makes the first occurrence of {@code passage} a block quote. */
    TestText blockQuote(String passage) {
        int at = text.indexOf(passage);
        if (at < 0) throw new IllegalArgumentException("no '" + passage + "' in: " + text);
        blockQuotes.add(new BlockQuote(Span.of(at, at + passage.length())));
        return this;
    }

    /** Makes every line that starts {@code LABEL:} a transcript turn. */
    TestText turns() {
        Matcher m = Pattern.compile("(?m)^([A-Z]+):.*$").matcher(text);
        while (m.find()) {
            String label = m.group(1);
            turns.add(new TranscriptTurn(Span.of(m.start(), m.end()), Span.of(m.start(), m.start() + label.length()),
                    label.charAt(0) + label.substring(1).toLowerCase()));
        }
        return this;
    }

    AnnotatedText build() {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int lastEnd = 0;
        while (m.find()) {
            if (!current.isEmpty() && text.substring(lastEnd, m.start()).contains("\n")) close(sentences, current);
            String w = m.group();
            current.add(new Token(Span.of(m.start(), m.end()), w, pos(w, current.isEmpty())));
            lastEnd = m.end();
            if (w.equals(".") || w.equals("!") || w.equals("?")) close(sentences, current);
        }
        if (!current.isEmpty()) close(sentences, current);
        Structure structure = Structure.EMPTY.withTurns(turns).withBlockQuotes(blockQuotes);
        names.sort((x, y) -> x.span().compareTo(y.span()));
        return AnnotatedText.of(new SourceDocument(SourceText.of("test.txt", text), structure, Optional.empty(), author))
                .with(new Tokens(sentences)).with(new Names(names));
    }

    private static void close(List<Sentence> sentences, List<Token> current) {
        Span span = Span.of(current.get(0).span().start(), current.get(current.size() - 1).span().end());
        sentences.add(new Sentence(span, current));
        current.clear();
    }

    private String pos(String w, boolean first) {
        if (tags.containsKey(w)) return tags.get(w);
        String l = w.toLowerCase();
        if (w.equals("’s") || w.equals("'s")) return "POS";
        if (w.equals("[")) return "-LRB-";
        if (w.equals("]")) return "-RRB-";
        if (!Character.isLetterOrDigit(w.codePointAt(0))) return w;
        if (DT.contains(l)) return "DT";
        if (PRP.contains(l)) return "PRP";
        if (PRP$.contains(l)) return "PRP$";
        if (l.equals("to")) return "TO";
        if (l.equals("and") || l.equals("or")) return "CC";
        if (IN.contains(l)) return "IN";
        if (VBD.contains(l)) return "VBD";
        if (JJ.contains(l)) return "JJ";
        if (l.endsWith("ly")) return "RB";
        if (Character.isUpperCase(w.codePointAt(0))) return "NNP";
        if (l.endsWith("ed")) return "VBD";
        return "NN";
    }

    /** {@return the entity holding a mention written {@code mention}}; fails naming the entities when none does */
    static Entity holding(Entities es, String mention) {
        return es.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention)))
                .findFirst().orElseThrow(() -> new AssertionError("no mention '" + mention + "' in " + es.entities()));
    }
}
