package org.annalist.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.annotate.AnnotatedText;
import org.annalist.store.query.Chronicle;
import org.annalist.store.resolve.Curation;
import org.annalist.store.resolve.EntityResolver;
import org.annalist.store.resolve.ResolveReport;
import org.sqlite.SQLiteConfig;

/**
 * The chronicle store: one SQLite file (WAL mode) with the plain schema of
 * {@code schema-1.sql}. Each document is written in one transaction, so a failure or a
 * kill leaves either the whole document or none of it.
 *
 * <p>Opening checks the file before anything is written: a file that is not an SQLite
 * database, an SQLite database that is not an annalist store, or a store of a newer schema
 * version is refused with a {@link StoreException} and left untouched.
 *
 * <p>Not thread-safe: one {@code Store} per thread (SQLite allows one writer at a time).
 */
public final class Store implements AutoCloseable {

    /** The newest schema version this code reads and writes. */
    public static final int SCHEMA_VERSION = Schema.VERSION;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MILLIS = 3000;

    /** Child tables first, so a document is deleted without dangling rows. */
    private static final List<String> DOCUMENT_TABLES = List.of(
            "collection_members", "event_participants", "events", "communication_parties", "communications", "claim_check_operands", "claim_checks", "claims", "hedges", "quotes",
            "timexes", "mentions", "entity_roles", "entity_aliases", "entities", "note_calls", "notes", "turns",
            "block_quotes", "headings", "sentences", "paragraphs");

    /** What {@link #put} did. */
    public enum Outcome { ADDED, REPLACED }

    private final Path file;
    private final Connection conn;

    private Store(Path file, Connection conn) {
        this.file = file;
        this.conn = conn;
    }

    /**
     * {@return the store in {@code file}, created with the current schema when the file does
     * not exist or is empty}
     *
     * @throws StoreException when the folder is missing, the file is not an annalist store,
     *                        is of a newer schema version, or is locked
     */
    public static Store open(Path file) {
        if (Postgres.isUrl(file)) return openPostgres(file, true);
        Path abs = checkedPath(file);
        boolean exists = Files.exists(abs) && size(abs) > 0;
        if (exists) {
            checkHeader(abs);
        } else if (!Files.isWritable(abs.getParent())) {
            throw new StoreException("cannot create store " + file + ": folder " + abs.getParent() + " is not writable");
        }
        return opening(abs, "opening", c -> {
            int version = exists ? version(c, abs) : 0;
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA foreign_keys=ON");
            }
            if (version < SCHEMA_VERSION) upgrade(c, version, false);
            return new Store(abs, c);
        });
    }

    /**
     * {@return the existing store in {@code file}, for queries}; nothing is created, and a store
     * of an older schema is only brought up to date (additive: its rows stay as they were)
     *
     * @throws StoreException when there is no store there or it cannot be read
     */
    public static Store openExisting(Path file) {
        if (Postgres.isUrl(file)) return openPostgres(file, false);
        Path abs = checkedPath(file);
        if (!Files.exists(abs) || size(abs) == 0) {
            throw new StoreException("no store at " + file + "; create one with: annalist ingest --db " + file + " INPUT...");
        }
        checkHeader(abs);
        return opening(abs, "reading", c -> {
            int version = version(c, abs);
            if (version == 0) {
                throw new StoreException(file + " is an empty database, not an annalist store yet");
            }
            if (version < SCHEMA_VERSION) upgrade(c, version, false); // additive: older queries still answer
            return new Store(abs, c);
        });
    }

    /** What opening does on a fresh connection; it may fail, and then the connection is closed. */
    private interface Opening {
        Store on(Connection c) throws SQLException;
    }

    private static Store opening(Path abs, String doing, Opening body) {
        Connection c = connect(abs);
        try {
            return body.on(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw StoreException.of(e, abs, doing);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** {@return how to name the store at {@code location} in messages: the path, or a PostgreSQL URL without its password} */
    public static String describe(Path location) {
        return Postgres.isUrl(location) ? Postgres.label(location).toString().replaceFirst("^postgresql:/", "postgresql://")
                : location.toString();
    }

    /** A store in PostgreSQL ({@link Postgres}): created in an empty database when {@code create}. */
    private static Store openPostgres(Path url, boolean create) {
        Path label = Postgres.label(url);
        Connection c = Postgres.connect(url);
        try {
            int version = Postgres.version(c, label);
            if (version == 0 && !create) {
                throw new StoreException(label + " is an empty database, not an annalist store yet");
            }
            if (version > SCHEMA_VERSION) {
                throw new StoreException(label + " has store schema version " + version + "; this annalist reads up to "
                        + SCHEMA_VERSION + " (upgrade annalist); nothing was changed");
            }
            if (version < SCHEMA_VERSION) upgrade(c, version, true);
            return new Store(label, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw StoreException.of(e, label, "opening");
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** {@return the store's file, absolute} */
    public Path file() {
        return file;
    }

    /** {@return the stored document from {@code path}, if any} */
    public Optional<StoredDocument> document(String path) {
        return documents("WHERE path = ?", path).stream().findFirst();
    }

    /** {@return every stored document, by name} */
    public List<StoredDocument> documents() {
        return documents("");
    }

    /** {@return true when {@code source} is stored with the same content hash} */
    public boolean isCurrent(DocumentSource source) {
        return document(source.path()).map(d -> d.contentHash().equals(source.contentHash())).orElse(false);
    }

    /**
     * Stores {@code text} as the document from {@code source}, replacing any earlier version
     * from the same path, in one transaction.
     */
    public Outcome put(DocumentSource source, AnnotatedText text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        return put(DocumentRows.of(0, source, text, Instant.now()));
    }

    /**
     * Stores a document's rows (as {@link DocumentRows#of} makes them, here or in a Spark job),
     * replacing any earlier version from the same path, in one transaction; the store gives the
     * document its own id in place of {@link DocumentRows#documentId()}.
     */
    public Outcome put(DocumentRows rows) {
        Objects.requireNonNull(rows, "rows");
        DocumentSource source = rows.source();
        try {
            conn.setAutoCommit(false);
            try {
                Optional<Long> old = idOf(source.path());
                if (old.isPresent()) delete(old.get());
                long id = insertDocument(source, rows.document());
                insertRows(id, rows);
                conn.commit();
                return old.isPresent() ? Outcome.REPLACED : Outcome.ADDED;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreException.of(e, file, "writing " + source.name() + " to");
        }
    }

    /** Removes the document from {@code path}; {@return true when there was one} */
    public boolean remove(String path) {
        try {
            conn.setAutoCommit(false);
            try {
                Optional<Long> old = idOf(path);
                if (old.isPresent()) delete(old.get());
                conn.commit();
                return old.isPresent();
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreException.of(e, file, "removing " + path + " from");
        }
    }

    /**
     * Merges the documents' entities into collection entities (same normalised name and
     * type), then applies {@code curation}; replaces the collection tables in one transaction.
     */
    public ResolveReport resolve(Curation curation) {
        try {
            return new EntityResolver(conn).resolve(curation);
        } catch (SQLException e) {
            throw StoreException.of(e, file, "resolving entities in");
        }
    }

    /** {@return the queries over this store} */
    public Chronicle chronicle() {
        return new Chronicle(conn, file);
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw StoreException.of(e, file, "closing");
        }
    }

    private long insertDocument(DocumentSource source, Object[] document) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(StoreTable.DOCUMENTS.insert(), Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, StoreTable.DOCUMENTS, document);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) throw new SQLException("no id generated for document " + source.path());
                return keys.getLong(1);
            }
        }
    }

    /** Inserts every row but the documents row, as document {@code id}, one batch per table, parents first. */
    private void insertRows(long id, DocumentRows rows) throws SQLException {
        for (StoreTable table : StoreTable.values()) {
            if (table == StoreTable.DOCUMENTS || rows.rows(table).isEmpty()) continue;
            try (PreparedStatement ps = conn.prepareStatement(table.insert())) {
                for (Object[] row : rows.rows(table)) {
                    Object[] values = row.clone();
                    values[0] = id;
                    bind(ps, table, values);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement ps, StoreTable table, Object[] values) throws SQLException {
        List<StoreTable.Column> columns = table.columns();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            switch (columns.get(i).type()) {
                case INTEGER -> {
                    if (v == null) ps.setNull(i + 1, Types.BIGINT);
                    else ps.setLong(i + 1, (Long) v);
                }
                case REAL -> {
                    if (v == null) ps.setNull(i + 1, Types.DOUBLE);
                    else ps.setDouble(i + 1, (Double) v);
                }
                case TEXT -> {
                    if (v == null) ps.setNull(i + 1, Types.VARCHAR);
                    else ps.setString(i + 1, (String) v);
                }
            }
        }
    }

    private void delete(long id) throws SQLException {
        for (String table : DOCUMENT_TABLES) {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private Optional<Long> idOf(String path) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM documents WHERE path = ?")) {
            ps.setString(1, path);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private List<StoredDocument> documents(String where, String... args) {
        try (PreparedStatement ps = conn.prepareStatement("SELECT id, name, path, content_hash, format, chars, layers, "
                + "ingested_at FROM documents " + where + " ORDER BY name, path")) {
            for (int i = 0; i < args.length; i++) ps.setString(i + 1, args[i]);
            List<StoredDocument> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredDocument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw StoreException.of(e, file, "reading documents of");
        }
    }

    private static Path checkedPath(Path file) {
        Objects.requireNonNull(file, "file");
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) throw new StoreException(file + " is a folder, not a store file");
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new StoreException("cannot use store " + file + ": folder " + dir + " does not exist");
        }
        return abs;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a file that does not start like an SQLite database, before SQLite opens it. */
    private static void checkHeader(Path file) {
        byte[] head = new byte[SQLITE_HEADER.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new StoreException(file + " is not an annalist store (not an SQLite database); nothing was changed");
        }
    }

    private static Connection connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw StoreException.of(e, file, "opening");
        }
    }

    /**
     * {@return the schema version of the store, 0 for an empty database}; refuses a foreign
     * database and a newer version, having changed nothing
     */
    private static int version(Connection c, Path file) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                if (rs.next() && rs.getInt(1) == 0) return 0;
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")) {
                if (rs.next() && rs.getInt(1) == 0) {
                    throw new StoreException(file + " is an SQLite database but not an annalist store "
                            + "(no schema_version table); nothing was changed");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
                int v = rs.next() ? rs.getInt(1) : 0;
                if (v > SCHEMA_VERSION) {
                    throw new StoreException(file + " has store schema version " + v + "; this annalist reads up to "
                            + SCHEMA_VERSION + " (upgrade annalist); nothing was changed");
                }
                if (v < 1) throw new StoreException(file + " has no valid schema version (" + v + "); nothing was changed");
                return v;
            }
        }
    }

    /**
     * Creates the schema in an empty database ({@code from} 0) or brings an older store up to
     * date, in one transaction, recording the version reached.
     */
    private static void upgrade(Connection c, int from, boolean postgres) throws SQLException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : Schema.upgrade(from, SCHEMA_VERSION, postgres)) st.execute(sql);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version(version, created_at) VALUES (?, ?)")) {
                ps.setInt(1, SCHEMA_VERSION);
                ps.setString(2, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing with a clearer message
        }
    }
}
