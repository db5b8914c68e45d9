package org.annalist.annotate.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;
import org.annalist.model.layer.CheckKind;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.ClaimCheck;
import org.annalist.model.layer.ClaimKind;
import org.annalist.model.layer.Qualifier;

/**
 * Reads the returns a history prints as a table: a header line of measures set apart by wide gaps
 * ("KILLED   WOUNDED   MISSING"), then rows of a label and one cell a column
 * ("Port Varga.....   131   719   25"; ".." or a dash is an empty cell). Each figure is a claim of its
 * column's measure at its row ("killed (Port Varga)"), whose figure it is read from the words just before the
 * table ("Our loss was:"); a row labelled "Total" is checked against the sum of the rows above it.
 */
final class ClaimTables {

    /** A table: the lines it spans, its claims and the checks of its totals. */
    record Table(Span span, List<Claim> claims, List<ClaimCheck> checks) {
    }

    private static final Pattern LINE = Pattern.compile("[^\\n]*");
    private static final Pattern GAP = Pattern.compile("\\s{2,}");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\S[ \\t]{2,}\\S");
    private static final Pattern CELL = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+|\\.{2,3}|[-—–]{1,2}");
    private static final Pattern CELL_AT_END = Pattern.compile("(?:^|\\s)(" + CELL.pattern() + ")\\s*$");
    private static final Pattern TOTAL = Pattern.compile("(?i)(?:grand\\s+)?(?:total|aggregate)s?\\b.*");
    private static final Pattern LEADERS = Pattern.compile("[\\s.·…_]+$");
    /** how far before a table the words naming whose figures they are may lie */
    private static final int LEAD = 200;
    /** blank lines a table may hold between its header and rows, or between rows */
    private static final int BLANKS = 1;

    private final Measures measures;
    private final Sides sides;

    ClaimTables(Measures measures, Sides sides) {
        this.measures = measures;
        this.sides = sides;
    }

    /** {@return the tables of {@code text}, in order} */
    List<Table> find(String text) {
        List<Span> lines = lines(text);
        List<Table> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<List<Column>> header = header(text, lines.get(i));
            if (header.isEmpty()) continue;
            int next = read(text, lines, i, header.get(), out);
            i = Math.max(i, next - 1);
        }
        return out;
    }

    /** A column: its measure as the header writes it, lower case, and the kind of claim its figures make. */
    private record Column(String measure, ClaimKind kind, double least) {
    }

    private record Row(Span line, String label, List<Span> cells) {
    }

    /** {@return the rows after header line {@code at} as a table added to {@code out}}; the index of the line after it */
    private int read(String text, List<Span> lines, int at, List<Column> columns, List<Table> out) {
        List<Row> rows = new ArrayList<>();
        int blanks = 0;
        int i = at + 1;
        for (; i < lines.size(); i++) {
            Span line = lines.get(i);
            if (text.substring(line.start(), line.end()).isBlank()) {
                if (++blanks > BLANKS) break;
                continue;
            }
            Optional<Row> row = row(text, line, columns.size());
            if (row.isEmpty()) break;
            rows.add(row.get());
            blanks = 0;
        }
        if (rows.size() < 2) return at + 1;
        Span header = lines.get(at);
        Optional<String> subject = sides.lastIn(text, Math.max(0, header.start() - LEAD), header.start());
        List<Claim> claims = new ArrayList<>();
        List<ClaimCheck> checks = new ArrayList<>();
        int since = 0;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            boolean total = TOTAL.matcher(row.label()).matches();
            for (int c = 0; c < columns.size(); c++) {
                Span cell = row.cells().get(c);
                Optional<Double> value = NumberParser.parse(text.substring(cell.start(), cell.end()));
                if (value.isEmpty()) continue;
                Column column = columns.get(c);
                ClaimKind kind = value.get() < column.least() ? ClaimKind.COUNT : column.kind();
                claims.add(new Claim(cell, cell, value.get(), column.measure() + " (" + row.label() + ")", kind, subject,
                        Qualifier.EXACT, row.line(), Optional.empty()));
                if (total) checks.add(columnTotal(text, rows.subList(since, r), c, cell, value.get()));
            }
            if (total) since = r + 1;
        }
        out.add(new Table(Span.of(header.start(), rows.get(rows.size() - 1).line().end()), claims, checks));
        return i;
    }

    private static ClaimCheck columnTotal(String text, List<Row> above, int column, Span stated, double value) {
        List<Span> operands = new ArrayList<>();
        double sum = 0;
        for (Row row : above) {
            Span cell = row.cells().get(column);
            Optional<Double> v = NumberParser.parse(text.substring(cell.start(), cell.end()));
            if (v.isPresent()) {
                operands.add(cell);
                sum += v.get();
            }
        }
        return ClaimCheck.of(CheckKind.TOTAL, stated, value, operands, sum, 0.5);
    }

    /** {@return the columns of a header line}: two or more measures, nothing else, set apart by wide gaps */
    private Optional<List<Column>> header(String text, Span line) {
        // most lines of a book are prose: only one with a wide gap between words is read further
        if (!COLUMN_GAP.matcher(text).region(line.start(), line.end()).find()) return Optional.empty();
        String s = text.substring(line.start(), line.end()).strip();
        String[] cells = GAP.split(s);
        if (cells.length < 2 || s.isEmpty()) return Optional.empty();
        List<Column> out = new ArrayList<>();
        for (String cell : cells) {
            String lower = cell.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
            if (TOTAL.matcher(lower).matches()) {
                out.add(new Column("total", ClaimKind.COUNT, 0));
                continue;
            }
            Optional<Measures.Entry> e = measures.ofWord(lower);
            if (e.isEmpty() || e.get().kind().claimKind().isEmpty()) return Optional.empty();
            out.add(new Column(lower, e.get().kind().claimKind().get(), e.get().least()));
        }
        return out.stream().anyMatch(c -> !c.measure().equals("total")) ? Optional.of(out) : Optional.empty();
    }

    /** {@return the row of {@code line}}: a label holding a letter, then exactly {@code n} cells at the line's end */
    private static Optional<Row> row(String text, Span line, int n) {
        int end = line.end();
        List<Span> cells = new ArrayList<>();
        while (cells.size() < n) {
            Matcher m = CELL_AT_END.matcher(text).region(line.start(), end);
            if (!m.find()) return Optional.empty();
            cells.add(0, Span.of(m.start(1), m.end(1)));
            end = m.start(1);
        }
        String label = LEADERS.matcher(text.substring(line.start(), end)).replaceAll("").strip();
        if (label.isEmpty() || label.chars().noneMatch(Character::isLetter)) return Optional.empty();
        return Optional.of(new Row(line, label, cells));
    }

    private static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        int at = 0;
        while (at <= text.length() && m.find(at)) {
            out.add(Span.of(m.start(), m.end()));
            at = m.end() + 1;
        }
        return out;
    }
}
