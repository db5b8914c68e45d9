package org.annalist.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.annalist.model.CallStyle;
import org.annalist.model.NoteCall;
import org.annalist.model.Region;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.layer.Tokens;
import org.junit.jupiter.api.Test;

class AnnotatedTextTest {

    private static final String TEXT = "a staggering cost of 100,000 casualties.217 Tokyo, which\nHEADER";

    private static AnnotatedText text() {
        int call = TEXT.indexOf("217");
        int header = TEXT.indexOf("HEADER");
        Structure s = Structure.EMPTY
                .withNoteCalls(List.of(new NoteCall(Span.of(call, call + 3), "217", CallStyle.GLUED, Optional.empty())))
                .withSetAside(List.of(new Region(Span.of(header - 1, TEXT.length()), Region.Kind.BOILERPLATE)));
        return AnnotatedText.of(new SourceDocument(SourceText.of("x.txt", TEXT), s));
    }

    @Test
    void maskBlanksNoteCallsAndSetAsideRegionsButKeepsOffsetsAndLineBreaks() {
        String masked = text().maskedText();

        assertThat(masked).hasSameSizeAs(TEXT);
        assertThat(masked).startsWith("a staggering cost of 100,000 casualties.    Tokyo, which\n");
        assertThat(masked).endsWith("\n      ");
    }

    @Test
    void aMissingLayerIsAnErrorNamingTheLayersPresent() {
        assertThatThrownBy(() -> text().layer(Tokens.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Tokens");
    }

    @Test
    void aLayerIsWrittenOnce() {
        AnnotatedText once = text().with(new Tokens(List.of()));
        assertThat(once.has(Tokens.class)).isTrue();
        assertThatThrownBy(() -> once.with(new Tokens(List.of()))).isInstanceOf(IllegalStateException.class);
    }
}
