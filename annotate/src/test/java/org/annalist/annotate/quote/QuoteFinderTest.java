package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    /** text ⇒ the covered text of every quote found, in order, split by ¦; ¶ is a line break. */
    private static final String TABLE = """
            The envoy said “we stand firm” and left. ⇒ “we stand firm”
            Straight marks: he wrote "no retreat" twice. ⇒ "no retreat"
            The coup d’état of the ’30s left Marsh’s men uneasy. ⇒
            The soldiers’ pay was late, ‘as ever’ the clerk sighed. ⇒ ‘as ever’
            Rock ’n’ roll came with the ’50s and ‘60s. ⇒
            Don't call it 'treason' in the mess. ⇒ 'treason'
            'Twas a long winter, wrote 'the poet'. ⇒ 'the poet'
            “He told me ‘hold the ridge’ at dawn,” the captain wrote. ⇒ “He told me ‘hold the ridge’ at dawn,” ¦ ‘hold the ridge’
            ‘Outer “inner” words’ in British style. ⇒ ‘Outer “inner” words’ ¦ “inner”
            Il dit «non» et partit. ⇒ «non»
            The order read “advance at once and hold ⇒ “advance at once and hold
            “The first part of the letter.¶“The second part,” she wrote. ⇒ “The first part of the letter.¶“The second part,”
            “An opening never closed.¶The narrator resumes “here” later. ⇒ “An opening never closed. ¦ “here”
            He wrote “one” and “two” and ‘three’. ⇒ “one” ¦ “two” ¦ ‘three’
            “Outer with an inner ‘apostrophe-like mark.” Next. ⇒ “Outer with an inner ‘apostrophe-like mark.”
            " Why did you come ? " she said . ⇒ " Why did you come ? "
            " Stay , " he said , " and wait . " ⇒ " Stay , " ¦ " and wait . "
            " I will not let you stay .¶Send my Ayah to me . "¶The woman looked frightened . ⇒ " I will not let you stay .¶Send my Ayah to me . "
            " Pig !¶Pig !¶Daughter of Pigs ! " she said . ⇒ " Pig !¶Pig !¶Daughter of Pigs ! "
            ‘ Oh dear ! ’ said the Rabbit , ‘ I shall be late ! ’ ⇒ ‘ Oh dear ! ’ ¦ ‘ I shall be late ! ’
            Cromwell 's men said I 've seen the boys ' pay . ⇒
            “ Tell me , ” she said , “ what ‘ duty ’ means . ” ⇒ “ Tell me , ” ¦ “ what ‘ duty ’ means . ” ¦ ‘ duty ’
            """;

    @Test
    void everyRowOfTheTableFindsExactlyItsQuotes() {
        for (String row : TABLE.lines().toList()) {
            String[] parts = row.split("⇒", -1);
            String text = parts[0].strip().replace('¶', '\n');
            List<String> expected = parts[1].isBlank() ? List.of()
                    : Arrays.stream(parts[1].split("¦")).map(s -> s.strip().replace('¶', '\n')).toList();
            List<String> found = finder.find(text, List.of()).stream()
                    .map(q -> text.substring(q.span().start(), q.span().end())).toList();
            assertThat(found).as(row).isEqualTo(expected);
        }
    }

    @Test
    void aQuoteOfSeveralParagraphsRunsOnWhileEachNewParagraphOpensAgain() {
        String text = "\"The first part,\nand more.\n\n\"The second part.\n\n\"The end.\"\n\nHe left.";
        List<FoundQuote> quotes = finder.find(text, List.of());
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.span()).isEqualTo(Span.of(0, text.indexOf("He left") - 2));
            assertThat(q.closed()).isTrue();
        });
    }

    @Test
    void singleQuotesCarryTheDialogueWhenMostParagraphsOpenWithThem() {
        String text = "' Morning , Mrs Gildea ! '\nHe planked down the mail .\n' From Biddy at last ! '\n"
                + "she exclaimed .\n' Business first .\nThen the letters . '\nShe read the boys ' notes .";
        assertThat(QuoteFinder.singleQuoteDialogue(text, QuoteFinder.paragraphs(text))).isTrue();
        assertThat(finder.find(text, List.of())).extracting(q -> text.substring(q.span().start(), q.span().end()))
                .containsExactly("' Morning , Mrs Gildea ! '", "' From Biddy at last ! '",
                        "' Business first .\nThen the letters . '");
    }

    @Test
    void dashesCarryTheDialogueWhereMostParagraphsOpenWithOne() {
        String text = "— Back to barracks !\nHe laughed .\n— Thanks , old chap , he cried .\nHe said : — Come up !\n"
                + "— Why ?\n— Because .\n— Well .\nThe sea -- grey -- lay still .";
        assertThat(finder.find(text, List.of())).extracting(q -> text.substring(q.span().start(), q.span().end()))
                .containsExactly("— Back to barracks !", "— Thanks , old chap , he cried .", "— Come up !", "— Why ?",
                        "— Because .", "— Well .");
        String prose = "— A dash opens this line .\nNothing else does .";
        assertThat(finder.find(prose, List.of())).isEmpty();
    }

    @Test
    void aNestedQuoteKnowsItsDepthAndAnUnclosedOneSaysSo() {
        String text = "“He said ‘go’ at once.” Then “she began";
        List<FoundQuote> quotes = finder.find(text, List.of());
        assertThat(quotes).extracting(FoundQuote::depth).containsExactly(0, 1, 0);
        assertThat(quotes).extracting(FoundQuote::closed).containsExactly(true, true, false);
        assertThat(quotes.get(0).inner()).isEqualTo(Span.of(1, 22));
    }

    @Test
    void depthsFollowTheSpansWhenMarksAreDiscarded() {
        // jqwik found it: the open “ and ‘ of the first line vanish when the quote continues,
        // and the « quote left inside them must come back to the top level
        String text = "‘“3««\n'«";
        assertThat(finder.find(text, List.of())).extracting(q -> q.span().start() + ":" + q.depth())
                .containsExactly("3:0", "7:0");
    }

    @Test
    void paragraphsGivenByTheStructureBoundUnclosedQuotes() {
        String text = "He wrote “the first words  and then the next paragraph.";
        List<FoundQuote> quotes = finder.find(text, List.of(new org.annalist.model.Paragraph(Span.of(0, 27)),
                new org.annalist.model.Paragraph(Span.of(27, text.length()))));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.span()).isEqualTo(Span.of(9, 25));
            assertThat(q.closed()).isFalse();
        });
    }
}
