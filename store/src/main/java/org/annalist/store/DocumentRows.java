package org.annalist.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.annalist.annotate.AnnotatedText;

/**
 * One document as store rows: its {@code documents} row and the rows of every other table,
 * each carrying {@link #documentId()}. The store writes them in one transaction (with its own
 * generated id in place of {@code documentId}); a Spark job writes them to Parquet, where
 * {@code documentId} must be unique across the job.
 *
 * <p>Tables are kept in {@link StoreTable} order, a parent before its children.
 */
public final class DocumentRows implements RowSink {

    private final long documentId;
    private final Map<StoreTable, List<Object[]>> rows = new EnumMap<>(StoreTable.class);

    /** Empty rows of the document {@code documentId}, to be filled through {@link #row}. */
    public DocumentRows(long documentId) {
        this.documentId = documentId;
    }

    /**
     * {@return the rows of {@code text}, from {@code source}, as document {@code documentId}}
     * ingested at {@code ingestedAt}
     */
    public static DocumentRows of(long documentId, DocumentSource source, AnnotatedText text, Instant ingestedAt) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        DocumentRows out = new DocumentRows(documentId);
        var src = text.source();
        out.row(StoreTable.DOCUMENTS, new Object[] {source.name(), source.path(), source.contentHash(),
                DocumentWriter.lower(src.format()), src.encoding(), src.verbatim() ? 1 : 0, src.length(),
                String.join(",", DocumentWriter.layerNames(text)),
                ingestedAt.truncatedTo(ChronoUnit.SECONDS).toString(), src.text()});
        new DocumentWriter(out, documentId, text).write();
        return out;
    }

    @Override
    public void row(StoreTable table, Object[] values) {
        Objects.requireNonNull(table, "table");
        List<StoreTable.Column> columns = table.columns();
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table.sqlName() + " takes " + columns.size() + " values; got " + values.length);
        }
        Object[] row = new Object[values.length];
        for (int i = 0; i < values.length; i++) row[i] = normal(table, columns.get(i), values[i]);
        if (table == StoreTable.DOCUMENTS && rows.containsKey(table)) {
            throw new IllegalArgumentException("document " + documentId + " has a documents row already");
        }
        if (table != StoreTable.DOCUMENTS && !Objects.equals(row[0], documentId)) {
            throw new IllegalArgumentException(table.sqlName() + " row of document " + row[0] + " given to document " + documentId);
        }
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
    }

    /** {@return the id every row carries} */
    public long documentId() {
        return documentId;
    }

    /** {@return the {@code documents} row}; fails when there is none */
    public Object[] document() {
        List<Object[]> d = rows.get(StoreTable.DOCUMENTS);
        if (d == null) throw new IllegalStateException("document " + documentId + " has no documents row");
        return d.get(0).clone();
    }

    /** {@return where the document came from, as its {@code documents} row says} */
    public DocumentSource source() {
        Object[] d = document();
        return new DocumentSource((String) d[0], (String) d[1], (String) d[2]);
    }

    /** {@return the rows of {@code table}, in order} (arrays shared: do not change them) */
    public List<Object[]> rows(StoreTable table) {
        return Collections.unmodifiableList(rows.getOrDefault(table, List.of()));
    }

    /** {@return how many rows there are, the documents row included} */
    public int size() {
        return rows.values().stream().mapToInt(List::size).sum();
    }

    /** Hands every row to {@code sink}, parents first. */
    public void writeTo(RowSink sink) {
        rows.forEach((table, list) -> list.forEach(r -> sink.row(table, r.clone())));
    }

    private static Object normal(StoreTable table, StoreTable.Column column, Object value) {
        if (value == null) return null;
        Object v = switch (column.type()) {
            case INTEGER -> value instanceof Integer i ? Long.valueOf(i) : value instanceof Short s ? Long.valueOf(s) : value;
            case REAL -> value instanceof Float f ? Double.valueOf(f) : value;
            case TEXT -> value;
        };
        Class<?> expected = switch (column.type()) {
            case INTEGER -> Long.class;
            case REAL -> Double.class;
            case TEXT -> String.class;
        };
        if (!expected.isInstance(v)) {
            throw new IllegalArgumentException(table.sqlName() + "." + column.name() + " takes " + column.type()
                    + "; got " + value.getClass().getSimpleName() + " " + value);
        }
        return v;
    }
}
