package org.annalist.store;

/**
 * Receives a document's rows, table by table: the one place that knows how a document
 * becomes rows ({@link DocumentRows#of}) writes to it, whether the rows then go to the
 * store in a JDBC batch or to a Parquet dataset.
 */
@FunctionalInterface
public interface RowSink {

    /**
     * Takes one row of {@code table}, its values in the order of {@link StoreTable#columns()}:
     * {@link Long} for INTEGER, {@link Double} for REAL, {@link String} for TEXT, {@code null} for none.
     */
    void row(StoreTable table, Object[] values);
}
