package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Pipeline;
import org.annalist.annotate.Stage;
import org.annalist.annotate.quote.QuoteStage;
import org.annalist.eval.EvalReport;
import org.annalist.eval.Referee;
import org.annalist.eval.Task;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldDocuments;
import org.annalist.eval.gold.GoldJson;
import org.annalist.eval.gold.GoldQuote;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.QuoteKind;
import org.annalist.model.layer.Quotes;
import org.annalist.read.Readers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quote stage inside the standard pipeline on the seed texts, scored by the referee:
 * readers, CoreNLP, the entity stage and the quote stage as they are on this branch.
 * Transcript turns go to {@code transcript_turns}, not to {@code quotes}.
 */
class QuotesOnSeedsTest {

    private static EvalReport report;
    private static boolean entitiesBeyondTurns;

    @BeforeAll
    static void runTheSeeds() throws Exception {
        Path shared = Path.of(System.getProperty("annalist.shared"));
        List<Stage<?>> stages = new ArrayList<>(StandardPipeline.stages(StandardPipeline.Options.DEFAULT));
        if (stages.stream().noneMatch(s -> s instanceof QuoteStage)) stages.add(QuoteStage.standard());
        Pipeline pipeline = Pipeline.of(stages);
        Map<String, GoldDocument> predicted = new HashMap<>();
        List<Path> seeds;
        try (Stream<Path> s = Files.list(shared.resolve("corpus/seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seeds) {
            AnnotatedText text = pipeline.run(Readers.standard().read(seed));
            entitiesBeyondTurns |= text.layer(Entities.class).entities().stream()
                    .anyMatch(e -> e.type() == EntityType.PERSON && e.mentions().stream()
                            .anyMatch(m -> text.structure().turns().stream().noneMatch(t -> t.label().overlaps(m.span()))));
            GoldDocument doc = GoldDocuments.from(text);
            if (doc.quotes() == null || doc.quotes().isEmpty()) {
                doc = doc.withQuotes(text.layer(Quotes.class).quotes().stream()
                        .filter(q -> q.kind() != QuoteKind.TRANSCRIPT)
                        .map(q -> new GoldQuote(q.span().start(), q.speakerId().orElse(null),
                                q.kind().name().toLowerCase(java.util.Locale.ROOT)))
                        .toList());
            }
            predicted.put(doc.document(), doc);
        }
        report = Referee.score(GoldJson.readDir(shared.resolve("gold/seeds")), predicted);
        System.out.println("quotes on seeds (pipeline):\n" + report.toTable());
    }

    @Test
    void everySeedQuoteIsFoundAndNothingElse() {
        assertThat(report.row(Task.QUOTES_DETECT).f1()).as(report.toTable()).isEqualTo(1.0);
    }

    @Test
    void speakersOfSeedQuotesAreTheGoldSpeakersOnceAnEntityStageNamesPeople() {
        Assumptions.assumeTrue(entitiesBeyondTurns, "the pipeline's entities are transcript speakers only");
        assertThat(report.row(Task.QUOTES_SPEAKER).f1()).as(report.toTable()).isGreaterThanOrEqualTo(0.95);
    }
}
