package org.annalist.annotate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.annalist.model.Span;
import org.annalist.model.layer.Token;
import org.junit.jupiter.api.Test;

/** Words broken at line ends, whole again; long s and ligatures plain. */
class PrintedWordsTest {

    /** Tokens split at blanks, with each sign of ¬ - , . a token of its own, as CoreNLP splits them. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}ſﬁﬂ]+|[¬\\-,.]").matcher(text);
        while (m.find()) out.add(new Token(Span.of(m.start(), m.end()), m.group(), "NN"));
        return out;
    }

    private static List<String> words(String text) {
        List<Token> t = tokens(text);
        PrintedWords p = PrintedWords.of(t, text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i = p.wordEnd(i) + 1) out.add(p.wordAt(i));
        return out;
    }

    @Test
    void aWordBrokenByTheNotSignOrAHyphenAtALineEndIsWhole() {
        assertThat(words("the people of Mich¬\nigan and Jeru-\nsalem")).containsExactly("the", "people", "of", "Michigan",
                "and", "Jerusalem");
    }

    @Test
    void aHyphenInsideALineOrBeforeACapitalJoinsNothing() {
        assertThat(words("Austria-Hungary and Wells-\nFargo")).containsExactly("Austria", "-", "Hungary", "and", "Wells", "-",
                "Fargo");
    }

    @Test
    void aBreakWithNoSignJoinsOnlyAWordTheDocumentWritesWhole() {
        assertThat(words("born in Nebras\nka and raised in Nebraska")).containsExactly("born", "in", "Nebraska", "and",
                "raised", "in", "Nebraska");
        assertThat(words("born in Lincoln\nand raised there")).containsExactly("born", "in", "Lincoln", "and", "raised",
                "there");
    }

    @Test
    void longSAndLigaturesReadAsPlainLetters() {
        assertThat(words("the Congreſs of the ﬁeld")).containsExactly("the", "Congress", "of", "the", "field");
    }

    @Property
    void anyWordBrokenAtALineEndByASignIsWholeAndItsTokensShareOneWord(
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String head,
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String rest, @ForAll boolean notSign) {
        String tail = Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
        String text = "at " + head + (notSign ? "¬" : "-") + "\n" + tail + " now";
        List<Token> t = tokens(text);
        PrintedWords p = PrintedWords.of(t, text);
        assertThat(p.wordAt(1)).isEqualTo(head + tail);
        for (int i = 1; i <= 3; i++) {
            assertThat(p.wordStart(i)).isEqualTo(1);
            assertThat(p.wordEnd(i)).isEqualTo(3);
        }
        assertThat(p.wordEnd(0)).isZero();
        assertThat(p.wordStart(4)).isEqualTo(4);
    }

    @Property
    void everyTokenLiesInsideItsWordAndWordsDoNotOverlap(@ForAll @StringLength(max = 60) String raw) {
        String text = raw.replaceAll("[^a-zA-Z¬\\- \n]", " ");
        List<Token> t = tokens(text);
        PrintedWords p = PrintedWords.of(t, text);
        for (int i = 0; i < t.size(); i++) {
            assertThat(p.wordStart(i)).isLessThanOrEqualTo(i);
            assertThat(p.wordEnd(i)).isGreaterThanOrEqualTo(i).isLessThan(t.size());
            for (int k = p.wordStart(i); k <= p.wordEnd(i); k++) assertThat(p.wordStart(k)).isEqualTo(p.wordStart(i));
        }
    }

    @Property
    void plainIsIdempotentAndLeavesPlainWordsAlone(@ForAll @AlphaChars String w) {
        assertThat(PrintedWords.plain(w)).isEqualTo(w);
        assertThat(PrintedWords.plain(PrintedWords.plain(w + "ſﬁ"))).isEqualTo(w + "sfi");
    }
}
