package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.SourceDocument;
import org.annalist.model.layer.Claims;
import org.annalist.model.layer.Communications;
import org.annalist.model.layer.Quotes;
import org.annalist.model.layer.Timexes;
import org.annalist.pipeline.StandardPipeline;
import org.annalist.read.Readers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The third-person histories of the shared corpus go through the whole pipeline whole: excerpts miss what only a
 * whole book holds (Gibbon's quotations inside quotations once failed the quote stage a quarter of the way in, and
 * the document was lost). Grant's memoirs go through whole in {@code NarratorCommunicationsTest}.
 */
class WholeBooksTest {

    private static final Path SHARED = Path.of(System.getProperty("annalist.shared", "../shared"));

    @ParameterizedTest
    @ValueSource(strings = {"gibbon_decline_and_fall_vol1.txt", "carlyle_french_revolution_pg1301.txt"})
    void aWholeHistoryGoesThroughEveryStage(String name) throws Exception {
        Path book = SHARED.resolve("corpus/gutenberg").resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(book), "no " + book);
        SourceDocument doc = Readers.standard().read(book);

        AnnotatedText t = StandardPipeline.create(StandardPipeline.Options.DEFAULT).run(doc);

        // a history of hundreds of pages dates, quotes, reports and counts
        assertThat(t.layer(Timexes.class).items()).hasSizeGreaterThan(500);
        assertThat(t.layer(Quotes.class).quotes()).hasSizeGreaterThan(50);
        assertThat(t.layer(Communications.class).items()).hasSizeGreaterThan(50);
        assertThat(t.layer(Claims.class).claims()).hasSizeGreaterThan(300);
    }
}
