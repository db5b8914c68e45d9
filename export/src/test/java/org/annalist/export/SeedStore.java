package org.annalist.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.annotate.ParseScope;
import org.annalist.annotate.Pipeline;
import org.annalist.annotate.Stage;
import org.annalist.annotate.claim.ClaimStage;
import org.annalist.annotate.comm.CommunicationStage;
import org.annalist.annotate.entity.EntityStage;
import org.annalist.annotate.event.EventStage;
import org.annalist.annotate.hedge.HedgeStage;
import org.annalist.annotate.quote.QuoteStage;
import org.annalist.annotate.time.TimeConfig;
import org.annalist.annotate.time.TimeStage;
import org.annalist.corenlp.CoreNlpModels;
import org.annalist.corenlp.CoreNlpNames;
import org.annalist.corenlp.CoreNlpParse;
import org.annalist.corenlp.CoreNlpTokens;
import org.annalist.read.Readers;
import org.annalist.store.DocumentSource;
import org.annalist.store.Store;
import org.annalist.store.resolve.Curation;

/** A real store of the seed chapters, built once per test JVM through the standard stages. */
final class SeedStore {

    static final Path SEEDS = Path.of(System.getProperty("annalist.shared", "../../shared"), "corpus/seeds");
    private static Path db;

    private SeedStore() {
    }

    static synchronized Path db() throws Exception {
        if (db != null) return db;
        Path dir = Files.createTempDirectory("annalist-export-seeds");
        Path file = dir.resolve("seeds.db");
        CoreNlpModels models = CoreNlpModels.shared();
        List<Stage<?>> stages = List.of(new CoreNlpTokens(models), new CoreNlpNames(models),
                new CoreNlpParse(models, ParseScope.ALL), new TimeStage(new TimeConfig(java.util.Optional.empty())),
                new EntityStage(), QuoteStage.standard(),
                CommunicationStage.standard(), EventStage.standard(), ClaimStage.standard(), HedgeStage.standard());
        Pipeline pipeline = Pipeline.of(stages);
        Readers readers = Readers.standard();
        try (Store store = Store.open(file); Stream<Path> files = Files.list(SEEDS)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                store.put(DocumentSource.of(source), pipeline.run(readers.read(source)));
            }
            store.resolve(Curation.NONE);
        }
        db = file;
        return db;
    }

}
