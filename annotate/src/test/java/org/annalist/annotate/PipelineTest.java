package org.annalist.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.model.SourceDocument;
import org.annalist.model.SourceText;
import org.annalist.model.Structure;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Tokens;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private record FixedStage<L extends Layer>(String name, Class<L> produces, Set<Class<? extends Layer>> reads, L layer)
            implements Stage<L> {
        @Override
        public L annotate(AnnotatedText text) {
            for (Class<? extends Layer> r : reads) text.layer(r);
            return layer;
        }
    }

    private static final Stage<Tokens> TOKENS = new FixedStage<>("tokens", Tokens.class, Set.of(), new Tokens(List.of()));
    private static final Stage<Entities> ENTITIES =
            new FixedStage<>("entities", Entities.class, Set.of(Tokens.class), new Entities(List.of()));

    @Test
    void aStageThatReadsALayerNoEarlierStageWritesIsRejectedWhenBuilt() {
        assertThatThrownBy(() -> Pipeline.of(List.of(ENTITIES, TOKENS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage entities reads Tokens but no earlier stage writes it");
    }

    @Test
    void twoStagesWritingOneLayerAreRejected() {
        assertThatThrownBy(() -> Pipeline.of(List.of(TOKENS, TOKENS)))
                .hasMessageContaining("already written");
    }

    @Test
    void runAddsEachLayerInOrderAndTellsTheListener() {
        List<String> seen = new ArrayList<>();
        AnnotatedText out = Pipeline.of(List.of(TOKENS, ENTITIES)).run(
                new SourceDocument(SourceText.of("a.txt", "text"), Structure.EMPTY),
                (stage, nanos, after) -> seen.add(stage.name() + ":" + after.has(stage.produces())));

        assertThat(out.has(Tokens.class)).isTrue();
        assertThat(out.has(Entities.class)).isTrue();
        assertThat(seen).containsExactly("tokens:true", "entities:true");
    }
}
