package org.annalist.store;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a document is written to, each with the columns written, in order. Column
 * types come from the schema file ({@code schema-N.sql}), so a second writer of the same
 * rows (a Spark job writing Parquet) cannot drift from the store.
 *
 * <p>{@link #DOCUMENTS} is the parent row, written without its generated {@code id}; every
 * other table starts with {@code document_id}.
 */
public enum StoreTable {
    DOCUMENTS("documents", "name", "path", "content_hash", "format", "encoding", "verbatim", "chars", "layers",
            "ingested_at", "text"),
    PARAGRAPHS("paragraphs", "document_id", "ordinal", "span_start", "span_end", "text"),
    SENTENCES("sentences", "document_id", "ordinal", "span_start", "span_end", "extent_end"),
    HEADINGS("headings", "document_id", "ordinal", "span_start", "span_end", "level", "text"),
    BLOCK_QUOTES("block_quotes", "document_id", "ordinal", "span_start", "span_end"),
    TURNS("turns", "document_id", "ordinal", "span_start", "span_end", "label_start", "label_end", "speaker"),
    NOTES("notes", "document_id", "note_id", "marker", "span_start", "span_end", "body_start", "body_end", "body"),
    NOTE_CALLS("note_calls", "document_id", "ordinal", "span_start", "span_end", "marker", "style", "note_id"),
    ENTITIES("entities", "document_id", "entity_key", "type", "name", "mention_count"),
    ENTITY_ALIASES("entity_aliases", "document_id", "entity_key", "alias"),
    ENTITY_ROLES("entity_roles", "document_id", "entity_key", "ordinal", "role"),
    MENTIONS("mentions", "document_id", "entity_key", "span_start", "span_end", "text", "kind", "metonymy", "sentence"),
    TIMEXES("timexes", "document_id", "ordinal", "span_start", "span_end", "text", "type", "value", "interval_start",
            "interval_end", "start_day", "end_day", "granularity", "mod", "anchor_start", "anchor_end", "vague", "sentence",
            "certainty", "matter", "outside_frame"),
    QUOTES("quotes", "document_id", "ordinal", "span_start", "span_end", "kind", "speaker_key", "addressee_key",
            "cue_start", "cue_end", "depth", "closed", "sentence"),
    COMMUNICATIONS("communications", "document_id", "ordinal", "span_start", "span_end", "channel", "date_value",
            "evidence_start", "evidence_end", "sentence"),
    COMMUNICATION_PARTIES("communication_parties", "document_id", "communication", "role", "entity_key"),
    EVENTS("events", "document_id", "ordinal", "span_start", "span_end", "trigger_start", "trigger_end", "type",
            "date_value", "place_key", "sentence"),
    EVENT_PARTICIPANTS("event_participants", "document_id", "event", "role", "entity_key"),
    CLAIMS("claims", "document_id", "ordinal", "span_start", "span_end", "number_start", "number_end", "subject_key",
            "measure", "value", "qualifier", "date_value", "sentence", "kind", "value_high"),
    CLAIM_CHECKS("claim_checks", "document_id", "ordinal", "kind", "stated_start", "stated_end", "stated_value",
            "computed", "tolerance", "consistent", "sentence"),
    CLAIM_CHECK_OPERANDS("claim_check_operands", "document_id", "claim_check", "ordinal", "span_start", "span_end"),
    HEDGES("hedges", "document_id", "ordinal", "span_start", "span_end", "cue_start", "cue_end", "kind");

    /** A column's SQL type, as the schema declares it. */
    public enum Type { INTEGER, REAL, TEXT }

    /** A column written: its name and type. */
    public record Column(String name, Type type) {
    }

    private final String sqlName;
    private final List<String> names;
    private List<Column> columns;

    StoreTable(String sqlName, String... names) {
        this.sqlName = sqlName;
        this.names = List.of(names);
    }

    /** {@return the table's name in SQL (and the Parquet dataset's name)} */
    public String sqlName() {
        return sqlName;
    }

    /** {@return the columns written, in the order of a row's values} */
    public synchronized List<Column> columns() {
        if (columns == null) {
            Map<String, Type> types = Types.of(sqlName);
            columns = names.stream().map(n -> {
                Type t = types.get(n);
                if (t == null) throw new IllegalStateException("column " + sqlName + "." + n + " is not in schema " + Schema.VERSION);
                return new Column(n, t);
            }).toList();
        }
        return columns;
    }

    /** {@return the INSERT statement of one row} */
    String insert() {
        return "INSERT INTO " + sqlName + "(" + String.join(", ", names) + ") VALUES ("
                + String.join(",", java.util.Collections.nCopies(names.size(), "?")) + ")";
    }

    /** {@return the table named {@code sqlName}}; fails on an unknown name */
    public static StoreTable of(String sqlName) {
        for (StoreTable t : values()) if (t.sqlName.equals(sqlName)) return t;
        throw new IllegalArgumentException("no store table '" + sqlName + "'");
    }

    /** Column types read once from the schema's CREATE TABLE statements. */
    private static final class Types {
        private static final Pattern ADD_COLUMN = Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN (\\w+) (INTEGER|REAL|TEXT)\\b",
                Pattern.CASE_INSENSITIVE);
        private static final Map<String, Map<String, Type>> TABLES = read();

        static Map<String, Type> of(String table) {
            Map<String, Type> t = TABLES.get(table);
            if (t == null) throw new IllegalStateException("table " + table + " is not in schema " + Schema.VERSION);
            return t;
        }

        private static Map<String, Map<String, Type>> read() {
            Map<String, Map<String, Type>> out = new HashMap<>();
            for (String statement : Schema.statements(Schema.VERSION)) {
                Matcher added = ADD_COLUMN.matcher(statement);
                if (added.lookingAt()) {
                    // a later version's column: "ALTER TABLE timexes ADD COLUMN certainty TEXT …"
                    Map<String, Type> columns = new HashMap<>(out.get(added.group(1)));
                    columns.put(added.group(2), Type.valueOf(added.group(3).toUpperCase(Locale.ROOT)));
                    out.put(added.group(1), Map.copyOf(columns));
                    continue;
                }
                if (!statement.startsWith("CREATE TABLE ")) continue;
                List<String> lines = statement.lines().toList();
                String table = lines.get(0).substring("CREATE TABLE ".length()).replace("(", "").strip();
                Map<String, Type> columns = new HashMap<>();
                for (String line : lines.subList(1, lines.size())) {
                    String[] words = line.strip().split("\\s+");
                    if (words.length < 2) continue;
                    String type = words[1].replace(",", "").toUpperCase(Locale.ROOT);
                    if (type.equals("INTEGER") || type.equals("REAL") || type.equals("TEXT")) {
                        columns.put(words[0], Type.valueOf(type));
                    }
                }
                out.put(table, Map.copyOf(columns));
            }
            return Map.copyOf(out);
        }
    }
}
