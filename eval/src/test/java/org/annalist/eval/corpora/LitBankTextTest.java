package org.annalist.eval.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** LitBank's tokenised lines joined into running text, and spans carried across. */
class LitBankTextTest {

    private static final String TOKENISED = "\" Come in , \" said Hale to Dunn 's man .\n\" No , \" he said .\n";

    @Test
    void straightQuotesAttachToTheWordsTheyEncloseAndPunctuationToTheWordBefore() {
        assertThat(LitBankText.join(TOKENISED).text())
                .isEqualTo("\"Come in,\" said Hale to Dunn's man. \"No,\" he said.");
    }

    @Test
    void aSpanOfTheTokenisedTextMapsToTheTokensItCovers() {
        LitBankText joined = LitBankText.join(TOKENISED);

        assertThat(joined.map(Span.of(19, 23))).contains(Span.of(16, 20)); // Hale
        assertThat(joined.map(Span.of(0, 13))).contains(Span.of(0, 10)); // " Come in , "
        assertThat(joined.text().substring(16, 20)).isEqualTo("Hale");
        assertThat(joined.map(Span.of(1, 2))).isEqualTo(Optional.empty()); // a space
    }
}
