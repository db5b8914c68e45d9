package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.annalist.store.DocumentRows;
import org.annalist.store.DocumentSource;
import org.annalist.store.Store;
import org.annalist.store.StoreException;
import org.annalist.store.StoreTable;
import org.annalist.store.StoredDocument;
import org.annalist.store.resolve.Curation;
import org.annalist.store.resolve.ResolveReport;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
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
        if (!Files.isDirectory(tables.resolve(StoreTable.DOCUMENTS.sqlName()))) {
            throw new IllegalArgumentException(tables + " holds no documents dataset; is it the output of the Spark job?");
        }
        Curation cur = curation.read(storeOption.db);
        long t0 = System.nanoTime();
        List<DocumentRows> documents = read(tables);
        int failed = 0;
        Path failures = tables.resolve("failures");
        if (Files.isDirectory(failures)) {
            List<String> reported = new ArrayList<>();
            ParquetTable.read(failures, g -> reported.add(g.getString("name", 0) + ": " + g.getString("error", 0)));
            reported.forEach(r -> err.println("annalist: " + r));
            failed = reported.size();
        }
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        ResolveReport resolved;
        try (Store store = Store.open(storeOption.db)) {
            Set<String> held = new HashSet<>();
            Set<String> files = new HashSet<>();
            for (DocumentRows d : documents) {
                DocumentSource source = d.source();
                held.add(source.path());
                int hash = source.path().indexOf('#');
                if (hash > 0 && DocumentSource.isPartOf(source.path(), source.path().substring(0, hash))) {
                    files.add(source.path().substring(0, hash));
                }
                if (!force && store.isCurrent(source)) unchanged++;
                else if (store.put(d) == Store.Outcome.ADDED) added++;
                else replaced++;
            }
            for (StoredDocument stored : store.documents()) {
                if (held.contains(stored.path())) continue;
                if (files.stream().anyMatch(f -> DocumentSource.isPartOf(stored.path(), f))) store.remove(stored.path());
            }
            resolved = store.resolve(cur);
        } catch (StoreException e) {
            if (stacktrace) e.printStackTrace(err);
            err.println("annalist: " + e.getMessage());
            err.flush();
            return Main.FAILED;
        }
        resolved.warnings().forEach(w -> err.println("annalist: " + w));
        out.println(String.format(Locale.ROOT,
                "%s: %d added, %d replaced, %d unchanged, %d failed; %d entities (%d in more than one document) "
                        + "from %d document entities; %.1f s",
                Store.describe(storeOption.db), added, replaced, unchanged, failed, resolved.collectionEntities(),
                resolved.crossDocument(), resolved.documentEntities(), (System.nanoTime() - t0) / 1e9));
        out.flush();
        err.flush();
        return added + replaced + unchanged > 0 ? Main.OK : Main.FAILED;
    }

    /** {@return every document of the job's output, with its rows}, in the order of their paths */
    static List<DocumentRows> read(Path tables) throws IOException {
        Map<Long, DocumentRows> documents = new LinkedHashMap<>();
        StoreTable doc = StoreTable.DOCUMENTS;
        ParquetTable.read(tables.resolve(doc.sqlName()), g -> {
            long id = g.getLong("id", 0);
            DocumentRows rows = new DocumentRows(id);
            rows.row(doc, ParquetTable.values(g, doc));
            if (documents.put(id, rows) != null) throw new IllegalArgumentException("document id " + id + " twice in " + tables);
        });
        for (StoreTable table : StoreTable.values()) {
            if (table == doc) continue;
            Path dataset = tables.resolve(table.sqlName());
            if (!Files.isDirectory(dataset)) continue;
            ParquetTable.read(dataset, g -> {
                Object[] values = ParquetTable.values(g, table);
                DocumentRows rows = documents.get((Long) values[0]);
                if (rows == null) {
                    throw new IllegalArgumentException(table.sqlName() + " row of document " + values[0]
                            + ", which is not in " + tables.resolve(doc.sqlName()));
                }
                rows.row(table, values);
            });
        }
        return documents.values().stream().sorted(Comparator.comparing(d -> d.source().path())).toList();
    }

    /** Reads a Parquet dataset (a folder of part files) from local disk. */
    static final class ParquetTable {
        private ParquetTable() {
        }

        static void read(Path dataset, Consumer<Group> each) throws IOException {
            List<Path> parts;
            try (Stream<Path> files = Files.list(dataset)) {
                parts = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList();
            }
            Configuration conf = new Configuration();
            for (Path part : parts) {
                try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
                        new org.apache.hadoop.fs.Path(part.toUri())).withConf(conf).build()) {
                    for (Group g = reader.read(); g != null; g = reader.read()) each.accept(g);
                }
            }
        }

        /** {@return the values of {@code table}'s columns in {@code g}}, by name; null where absent */
        static Object[] values(Group g, StoreTable table) {
            GroupType type = g.getType();
            List<StoreTable.Column> columns = table.columns();
            Object[] out = new Object[columns.size()];
            for (int i = 0; i < out.length; i++) {
                StoreTable.Column c = columns.get(i);
                if (!type.containsField(c.name())) {
                    throw new IllegalArgumentException(table.sqlName() + " dataset has no column " + c.name());
                }
                int f = type.getFieldIndex(c.name());
                if (g.getFieldRepetitionCount(f) == 0) continue;
                out[i] = switch (c.type()) {
                    case INTEGER -> g.getLong(f, 0);
                    case REAL -> g.getDouble(f, 0);
                    case TEXT -> g.getString(f, 0);
                };
            }
            return out;
        }
    }
}
