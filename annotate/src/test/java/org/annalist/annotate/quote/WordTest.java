package org.annalist.annotate.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTest {

    private static final String TEXT = "“Rome is lost,” said the senator, “and with it ‘the world’.”";

    @Test
    void wordsOfAWindow() {
        assertThat(Word.in(TEXT, 15, 32)).extracting(Word::text).containsExactly("said", "the", "senator");
    }

    @Test
    void aReversedWindowOfOverlappingQuotesHasNoWords() {
        // the next quote may open inside the one before (nested quotes): the window between them is reversed
        assertThat(Word.in(TEXT, 40, 34)).isEmpty();
        assertThat(Word.in(TEXT, 34, 34)).isEmpty();
    }
}
