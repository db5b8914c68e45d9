package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.pipeline.Load;
import org.annalist.pipeline.ParquetTables;
import org.annalist.pipeline.Tally;
import org.annalist.store.Store;
import org.annalist.store.StoreException;
import org.annalist.store.resolve.Curation;
import org.annalist.store.resolve.ResolveReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code annalist load}: puts the Parquet tables of the Spark job ({@code ChronicleJob}) in a
 * store, one transaction per document, with ingest's rules (keyed by path; a document with
 * the same content hash is left as it is; articles dropped from a HIPE file are removed), then
 * merges entities across documents: the job's resolve step.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads the Parquet tables of the Spark job (org.annalist.spark.ChronicleJob) into a store, "
                + "then merges entities across documents.",
                "Unchanged documents (same path and content hash) are skipped, changed ones replaced; "
                        + "one transaction per document. The job's failures are reported.",
                "Exit 0 when at least one document is stored, 1 when none is, 2 on bad usage."})
public final class LoadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PARQUET_DIR",
            description = "The job's output folder: one Parquet dataset per store table (documents, mentions, ...).")
    Path tables;

    @Mixin
    StoreOption storeOption;

    @Mixin
    CurationOption curation;

    @Option(names = "--force", description = "Replace documents even when unchanged.")
    boolean force;

    @Option(names = "--stacktrace", description = "Show stack traces of errors.")
    boolean stacktrace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ParquetTables.Output job = ParquetTables.read(tables);
        Curation cur = curation.read(storeOption.db);
        long t0 = System.nanoTime();
        job.failures().forEach(f -> err.println("annalist: " + f));
        Tally tally;
        ResolveReport resolved;
        try (Store store = Store.open(storeOption.db)) {
            tally = Load.into(store, job.documents(), force);
            tally.failed(job.failures().size());
            resolved = store.resolve(cur);
        } catch (StoreException e) {
            if (stacktrace) e.printStackTrace(err);
            err.println("annalist: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
        resolved.warnings().forEach(w -> err.println("annalist: " + w));
        out.println(String.format(Locale.ROOT, "%s: %s; %s; %.1f s", Store.describe(storeOption.db), tally,
                IngestCommand.entities(resolved), (System.nanoTime() - t0) / 1e9));
        out.flush();
        err.flush();
        return tally.anyStored() ? Main.OK : Main.FAILED;
    }
}
