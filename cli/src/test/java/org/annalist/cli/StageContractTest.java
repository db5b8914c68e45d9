package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.annotate.Stage;
import org.annalist.model.SourceDocument;
import org.annalist.model.Span;
import org.annalist.model.layer.Layer;
import org.annalist.pipeline.StandardPipeline;
import org.annalist.read.Readers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every stage owes, checked on real text (like Lucene's BaseTokenStreamTestCase):
 * every span it writes lies inside the source, the layer's items come in text order, and
 * a rerun gives an equal layer.
 */
class StageContractTest {

    private static final Path SHARED = Path.of(System.getProperty("annalist.shared", "../shared"));
    private static Pipeline pipeline;

    @BeforeAll
    static void buildOnce() {
        pipeline = StandardPipeline.create(StandardPipeline.Options.DEFAULT);
    }

    static Stream<SourceDocument> documents() throws Exception {
        Readers readers = Readers.standard();
        List<SourceDocument> docs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(SHARED.resolve("corpus/seeds"))) {
            for (Path p : seeds.sorted().toList()) docs.add(readers.read(p));
        }
        docs.add(readers.read(DemoCommand.SAMPLE_NAME, DemoCommand.sample().getBytes(StandardCharsets.UTF_8)));
        docs.add(readers.read("gibbon-excerpt.txt", excerpt("corpus/gutenberg/gibbon_decline_and_fall_vol1.txt", 120_000)));
        docs.add(readers.read("grant-excerpt.txt", excerpt("corpus/gutenberg/grant_personal_memoirs_pg4367.txt", 120_000)));
        return docs.stream();
    }

    private static byte[] excerpt(String file, int chars) throws IOException {
        String text = Files.readString(SHARED.resolve(file));
        int from = text.length() / 3;
        return text.substring(from, from + chars).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyStageWritesSpansInsideTheTextInOrderAndRepeatably(SourceDocument document) {
        AnnotatedText first = pipeline.run(document);
        AnnotatedText again = pipeline.run(document);
        int length = document.text().length();

        for (Stage<?> stage : pipeline.stages()) {
            Layer layer = first.layer(stage.produces());
            List<Span> spans = spansIn(layer);
            assertThat(spans).as(stage.name() + " spans inside " + document.text().name())
                    .allMatch(s -> s.end() <= length);
            List<Integer> itemStarts = topLevelItems(layer).stream()
                    .map(StageContractTest::firstSpan).flatMap(Optional::stream).map(Span::start).toList();
            assertThat(itemStarts).as(stage.name() + " items in text order").isSorted();
            assertThat(again.layer(stage.produces())).as(stage.name() + " rerun").isEqualTo(layer);
        }
    }

    /** {@return the elements of the layer's first list component} */
    private static List<?> topLevelItems(Layer layer) {
        for (RecordComponent c : layer.getClass().getRecordComponents()) {
            Object v = value(c, layer);
            if (v instanceof List<?> list) return list;
        }
        return List.of();
    }

    private static Optional<Span> firstSpan(Object item) {
        List<Span> spans = new ArrayList<>();
        collect(item, spans, 1);
        return spans.stream().findFirst();
    }

    private static List<Span> spansIn(Object value) {
        List<Span> spans = new ArrayList<>();
        collect(value, spans, 6);
        return spans;
    }

    /** Every Span reachable through record components, lists and optionals, to a depth. */
    private static void collect(Object value, List<Span> out, int depth) {
        if (value instanceof Span s) {
            out.add(s);
        } else if (depth > 0 && value instanceof List<?> list) {
            for (Object o : list) collect(o, out, depth - 1);
        } else if (depth > 0 && value instanceof Optional<?> opt) {
            opt.ifPresent(o -> collect(o, out, depth));
        } else if (depth > 0 && value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) collect(value(c, value), out, depth - 1);
        }
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
