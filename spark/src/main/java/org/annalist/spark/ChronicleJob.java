package org.annalist.spark;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.annalist.read.Readers;
import org.annalist.store.DocumentRows;
import org.annalist.store.StoreTable;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The standard pipeline as a Spark job: a document-parallel map from sources to store rows,
 * written as one Parquet dataset per store table ({@code OUTPUT/documents},
 * {@code OUTPUT/mentions}, ...; columns as in the store's schema, {@code documents} with its
 * {@code id}), plus {@code OUTPUT/failures} (name, error) for the inputs that gave no rows.
 * {@code annalist load} then puts them in a store and runs the cross-document resolve.
 *
 * <p>Input: a folder of source files (every format annalist reads; a HIPE TSV gives one
 * document per article), or with {@link Input#PARQUET} a Parquet dataset of
 * {@code (name STRING, text STRING)}, the name choosing the format. Document ids are derived
 * from the store key (the file's absolute path, {@code #article} for a HIPE article), so they
 * are unique across partitions without coordination.
 *
 * <p>The stages already spread a document's sentences over the JVM's common ForkJoin pool; with
 * one Spark task per core, give executors one worker
 * ({@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=1}) so tasks do not contend.
 *
 * <pre>spark-submit --class org.annalist.spark.ChronicleJob \
 *   --conf spark.executor.extraJavaOptions=-Djava.util.concurrent.ForkJoinPool.common.parallelism=1 \
 *   --jars ... annalist-spark.jar [--parquet] [--reference-date D] INPUT OUTPUT</pre>
 */
public final class ChronicleJob {

    /** The name of the dataset of inputs that gave no rows. */
    public static final String FAILURES = "failures";

    /** How the input is given. */
    public enum Input { FILES, PARQUET }

    /** What a run wrote: rows per dataset (every store table, and {@link #FAILURES}). */
    public record Result(Map<String, Long> rows) {
        public Result {
            rows = Map.copyOf(rows);
        }

        /** {@return the documents written} */
        public long documents() {
            return rows.getOrDefault(StoreTable.DOCUMENTS.sqlName(), 0L);
        }

        /** {@return the documents or files that failed} */
        public long failures() {
            return rows.getOrDefault(FAILURES, 0L);
        }

        /** {@return every row written, documents and failures included} */
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final SparkSession spark;
    private final Optional<LocalDate> referenceDate;

    /** A job in {@code spark}, with documents dated {@code referenceDate} when given (news). */
    public ChronicleJob(SparkSession spark, Optional<LocalDate> referenceDate) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
    }

    /** Runs the job from {@code input} to {@code output} (replaced when it exists). */
    public Result run(String input, Input kind, String output) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        // files are listed and dealt out first and read on the executor that annotates them
        JavaRDD<DocumentInput> inputs = kind == Input.PARQUET ? spread(parquet(input))
                : spread(files(input)).map(f -> new DocumentInput(fileName(f._1()), keyOf(f._1()), f._2().toArray(), true));
        String date = referenceDate.map(LocalDate::toString).orElse(null);
        Instant now = Instant.now();
        JavaRDD<Tuple2<String, Row>> rows = inputs.mapPartitions(it -> {
            DocumentAnnotator annotator = DocumentAnnotator.standard(Optional.ofNullable(date).map(LocalDate::parse), now);
            List<Tuple2<String, Row>> out = new ArrayList<>();
            while (it.hasNext()) {
                DocumentAnnotator.Outcome o = annotator.annotate(it.next());
                for (DocumentRows d : o.documents()) d.writeTo((table, values) -> out.add(new Tuple2<>(table.sqlName(),
                        RowFactory.create(table == StoreTable.DOCUMENTS ? withId(d.documentId(), values) : values))));
                for (DocumentAnnotator.Failure f : o.failures()) out.add(new Tuple2<>(FAILURES, RowFactory.create(f.name(), f.error())));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Long> counts = new TreeMap<>();
            rows.map(Tuple2::_1).countByValue().forEach((k, v) -> counts.put(k, v));
            for (StoreTable t : StoreTable.values()) {
                write(rows, t.sqlName(), schemaOf(t), output);
                counts.putIfAbsent(t.sqlName(), 0L);
            }
            write(rows, FAILURES, new StructType(new StructField[] {
                    DataTypes.createStructField("name", DataTypes.StringType, false),
                    DataTypes.createStructField("error", DataTypes.StringType, false)}), output);
            counts.putIfAbsent(FAILURES, 0L);
            return new Result(counts);
        } finally {
            rows.unpersist(false);
        }
    }

    /** {@return the Parquet schema of {@code table}}: its columns, {@code documents} led by {@code id} */
    public static StructType schemaOf(StoreTable table) {
        List<StructField> fields = new ArrayList<>();
        if (table == StoreTable.DOCUMENTS) fields.add(DataTypes.createStructField("id", DataTypes.LongType, false));
        for (StoreTable.Column c : table.columns()) {
            DataType type = switch (c.type()) {
                case INTEGER -> DataTypes.LongType;
                case REAL -> DataTypes.DoubleType;
                case TEXT -> DataTypes.StringType;
            };
            fields.add(DataTypes.createStructField(c.name(), type, true));
        }
        return new StructType(fields.toArray(StructField[]::new));
    }

    private void write(JavaRDD<Tuple2<String, Row>> rows, String name, StructType schema, String output) {
        JavaRDD<Row> table = rows.filter(t -> t._1().equals(name)).map(Tuple2::_2);
        Dataset<Row> df = spark.createDataFrame(table, schema);
        df.write().mode(SaveMode.Overwrite).parquet(output + "/" + name);
    }

    private static Object[] withId(long id, Object[] values) {
        Object[] out = new Object[values.length + 1];
        out[0] = id;
        System.arraycopy(values, 0, out, 1, values.length);
        return out;
    }

    /** The files of a folder (recursively) that annalist reads, hidden ones left out, as {@code SourceFinder} does; not yet read. */
    private JavaRDD<Tuple2<String, PortableDataStream>> files(String folder) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        return sc.binaryFiles(folder).filter(f -> readable(f._1())).rdd().toJavaRDD();
    }

    /** A Parquet dataset of (name, text): each row a document keyed by its name. */
    private JavaRDD<DocumentInput> parquet(String dataset) {
        return spark.read().parquet(dataset).select("name", "text").javaRDD()
                .map(r -> new DocumentInput(r.getString(0), r.getString(0), r.getString(1).getBytes(StandardCharsets.UTF_8), false));
    }

    /** One partition per input up to four per core, dealt round-robin, so two big books do not share a task. */
    private <T> JavaRDD<T> spread(JavaRDD<T> inputs) {
        int cap = Math.max(1, spark.sparkContext().defaultParallelism() * 4);
        JavaPairRDD<Long, T> indexed = inputs.zipWithIndex().mapToPair(Tuple2::swap);
        long count = indexed.count();
        int partitions = (int) Math.max(1, Math.min(count, cap));
        return indexed.partitionBy(new HashPartitioner(partitions)).values();
    }

    static boolean readable(String uri) {
        String name = fileName(uri);
        return !name.startsWith(".") && !name.startsWith("_") && Readers.formatOf(name).isPresent();
    }

    private static String fileName(String uri) {
        String path = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@return the store key of a file}: its absolute, normalised local path, as {@code annalist ingest} keys it; else the URI */
    static String keyOf(String uri) {
        if (uri.startsWith("file:")) return Path.of(URI.create(uri)).toAbsolutePath().normalize().toString();
        return uri;
    }

    /**
     * {@code ChronicleJob [--parquet] [--reference-date YYYY-MM-DD] [--master M] INPUT OUTPUT}; the
     * master comes from spark-submit, else {@code --master}, else {@code local[*]}.
     */
    public static void main(String[] args) {
        Input kind = Input.FILES;
        Optional<LocalDate> date = Optional.empty();
        String master = null;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--parquet" -> kind = Input.PARQUET;
                case "--reference-date" -> date = Optional.of(LocalDate.parse(next(args, ++i)));
                case "--master" -> master = next(args, ++i);
                default -> positional.add(args[i]);
            }
        }
        if (positional.size() != 2) {
            throw new IllegalArgumentException("usage: ChronicleJob [--parquet] [--reference-date YYYY-MM-DD] "
                    + "[--master M] INPUT OUTPUT; got " + String.join(" ", args));
        }
        SparkSession.Builder builder = SparkSession.builder().appName("annalist chronicle");
        if (master != null) builder.master(master);
        else if (System.getProperty("spark.master") == null) builder.master("local[*]");
        SparkSession spark = builder.getOrCreate();
        try {
            long t0 = System.nanoTime();
            Result r = new ChronicleJob(spark, date).run(positional.get(0), kind, positional.get(1));
            double seconds = (System.nanoTime() - t0) / 1e9;
            // the job's report, on standard output as spark-submit users expect
            System.out.printf(java.util.Locale.ROOT, "%s: %d documents, %d failed, %d rows; %.1f s%n",
                    positional.get(1), r.documents(), r.failures(), r.total(), seconds);
            System.out.println(r.rows());
        } finally {
            spark.stop();
        }
    }

    private static String next(String[] args, int i) {
        if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
        return args[i];
    }
}
