package org.annalist.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.annalist.store.DocumentRows;
import org.annalist.store.StoreTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;

/**
 * The output of the Spark job ({@code org.annalist.spark.ChronicleJob}) read from local disk: one
 * Parquet dataset (a folder of part files) per store table, and {@code failures}.
 */
public final class ParquetTables {

    /** The job's output: every document read with its rows, in the order of their paths, and the failures it lists. */
    public record Output(List<DocumentRows> documents, List<String> failures) {
        public Output {
            documents = List.copyOf(documents);
            failures = List.copyOf(failures);
        }
    }

    private ParquetTables() {
    }

    /**
     * {@return the documents and failures of the job's output folder {@code tables}}
     *
     * @throws IllegalArgumentException when the folder holds no documents dataset, or rows of a document it does not hold
     */
    public static Output read(Path tables) throws IOException {
        StoreTable doc = StoreTable.DOCUMENTS;
        if (!Files.isDirectory(tables.resolve(doc.sqlName()))) {
            throw new IllegalArgumentException(tables + " holds no documents dataset; is it the output of the Spark job?");
        }
        Map<Long, DocumentRows> documents = new LinkedHashMap<>();
        each(tables.resolve(doc.sqlName()), g -> {
            long id = g.getLong("id", 0);
            DocumentRows rows = new DocumentRows(id);
            rows.row(doc, values(g, doc));
            if (documents.put(id, rows) != null) throw new IllegalArgumentException("document id " + id + " twice in " + tables);
        });
        for (StoreTable table : StoreTable.values()) {
            if (table == doc) continue;
            Path dataset = tables.resolve(table.sqlName());
            if (!Files.isDirectory(dataset)) continue;
            each(dataset, g -> {
                Object[] values = values(g, table);
                DocumentRows rows = documents.get((Long) values[0]);
                if (rows == null) {
                    throw new IllegalArgumentException(table.sqlName() + " row of document " + values[0]
                            + ", which is not in " + tables.resolve(doc.sqlName()));
                }
                rows.row(table, values);
            });
        }
        List<String> failures = new ArrayList<>();
        Path failed = tables.resolve("failures");
        if (Files.isDirectory(failed)) each(failed, g -> failures.add(g.getString("name", 0) + ": " + g.getString("error", 0)));
        return new Output(documents.values().stream().sorted(Comparator.comparing(d -> d.source().path())).toList(), failures);
    }

    private static void each(Path dataset, Consumer<Group> each) throws IOException {
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
    private static Object[] values(Group g, StoreTable table) {
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
