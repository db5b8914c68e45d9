package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.annalist.model.Span;

/**
 * Dialogue written as LitBank and many plain-text books write it — straight marks standing
 * apart from the words ({@code " Why ? " she said .}), a sentence a line, quotes running over
 * line breaks — is found exactly as it was written.
 */
class TokenisedDialoguePropertiesTest {

    private final QuoteFinder finder = new QuoteFinder();

    /** A piece of the dialogue: quoted words or narrative, as sentences of words. */
    record Piece(boolean quoted, List<List<String>> sentences) {
    }

    @Provide
    Arbitrary<List<Piece>> dialogues() {
        Arbitrary<String> lower = Arbitraries.of("said", "she", "he", "went", "on", "the", "man", "and", "quietly", "'s");
        Arbitrary<String> capital = Arbitraries.of("Why", "I", "Send", "Pig", "No", "Come", "What");
        Arbitrary<List<String>> sentence = Combinators.combine(capital, lower.list().ofMinSize(0).ofMaxSize(5),
                Arbitraries.of(".", "!", "?", ","))
                .as((first, rest, stop) -> {
                    List<String> words = new ArrayList<>();
                    words.add(first);
                    words.addAll(rest);
                    words.add(stop);
                    return words;
                });
        Arbitrary<Piece> piece = Combinators.combine(Arbitraries.of(true, false), sentence.list().ofMinSize(1).ofMaxSize(3))
                .as(Piece::new);
        return piece.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 1000)
    void spacedStraightQuotesAreFoundWithTheirExtentOverLineBreaks(@ForAll("dialogues") List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        List<Span> expected = new ArrayList<>();
        boolean lastQuoted = false;
        for (Piece p : pieces) {
            if (p.quoted() && lastQuoted) text.append('\n'); // a new turn starts a line
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') text.append(' ');
            int start = text.length();
            if (p.quoted()) text.append("\" ");
            for (int s = 0; s < p.sentences().size(); s++) {
                List<String> words = new ArrayList<>(p.sentences().get(s));
                if (!p.quoted()) words.set(0, words.get(0).toLowerCase(java.util.Locale.ROOT)); // narrative: he said
                text.append(String.join(" ", words));
                if (s + 1 < p.sentences().size()) text.append(words.get(words.size() - 1).equals(",") ? " " : "\n");
            }
            if (p.quoted()) {
                text.append(" \"");
                expected.add(Span.of(start, text.length()));
            }
            lastQuoted = p.quoted();
        }
        String t = text.toString();
        List<Span> found = finder.find(t, List.of()).stream().filter(q -> q.depth() == 0).map(FoundQuote::span).toList();
        assertThat(found).as(t).isEqualTo(expected);
    }
}
