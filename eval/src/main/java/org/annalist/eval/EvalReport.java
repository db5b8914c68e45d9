package org.annalist.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The referee's result: one row per {@link Task}, in {@link Task} order, and the document
 * counts. {@link #toTable()} and {@link #toJson()} give the same text as
 * {@code score.py GOLD PRED} and {@code score.py GOLD PRED --json}.
 *
 * @param rows               one per task, in {@link Task} order
 * @param goldDocuments      the number of gold documents scored
 * @param missingPredictions gold documents that had no prediction, in gold order
 */
public record EvalReport(List<Row> rows, int goldDocuments, List<String> missingPredictions) {

    public EvalReport {
        rows = List.copyOf(rows);
        missingPredictions = List.copyOf(missingPredictions);
        List<Task> tasks = rows.stream().map(Row::task).toList();
        if (!tasks.equals(List.of(Task.values()))) {
            throw new IllegalArgumentException("rows must hold every task once, in Task order; got " + tasks);
        }
    }

    /**
     * One task's scores. Precision, recall and F1 are rounded to 3 decimals as the
     * referee prints them; {@link #counts()} keeps the exact counts.
     */
    public record Row(Task task, PRF counts) {
        public Row {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(counts, "counts");
        }

        /** {@return precision rounded to 3 decimals, half to even (Python's {@code round})} */
        public double precision() {
            return round3(counts.precision());
        }

        /** {@return recall rounded to 3 decimals} */
        public double recall() {
            return round3(counts.recall());
        }

        /** {@return F1 rounded to 3 decimals} */
        public double f1() {
            return round3(counts.f1());
        }

        /** {@return the number of gold items counted} */
        public int gold() {
            return counts.gold();
        }

        /** {@return the number of predictions counted} */
        public int predicted() {
            return counts.predicted();
        }
    }

    /** {@return the row of {@code task}} */
    public Row row(Task task) {
        return rows.get(task.ordinal());
    }

    /** {@return the referee's printed table, lines ending in a line break} */
    public String toTable() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-24s %6s %6s %6s %5s %5s", "task", "P", "R", "F1", "gold", "pred"))
                .append('\n');
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-24s %6.3f %6.3f %6.3f %5d %5d", r.task().label(),
                    r.precision(), r.recall(), r.f1(), r.gold(), r.predicted())).append('\n');
        }
        if (!missingPredictions.isEmpty()) {
            sb.append("missing predictions for: ").append(String.join(", ", missingPredictions)).append('\n');
        }
        return sb.toString();
    }

    /**
     * {@return the referee's {@code --json} object}, byte for byte as Python's
     * {@code json.dumps(res, indent=1)} writes it (ASCII-escaped), with a final line break
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\n");
        for (Row r : rows) {
            sb.append(' ').append(quote(r.task().label())).append(": {\n")
                    .append("  \"precision\": ").append(number(r.precision())).append(",\n")
                    .append("  \"recall\": ").append(number(r.recall())).append(",\n")
                    .append("  \"f1\": ").append(number(r.f1())).append(",\n")
                    .append("  \"gold\": ").append(r.gold()).append(",\n")
                    .append("  \"predicted\": ").append(r.predicted()).append("\n")
                    .append(" },\n");
        }
        sb.append(" \"_documents\": {\n")
                .append("  \"gold\": ").append(goldDocuments).append(",\n")
                .append("  \"missing_predictions\": ");
        if (missingPredictions.isEmpty()) {
            sb.append("[]");
        } else {
            sb.append("[\n");
            for (int i = 0; i < missingPredictions.size(); i++) {
                sb.append("   ").append(quote(missingPredictions.get(i)))
                        .append(i + 1 < missingPredictions.size() ? ",\n" : "\n");
            }
            sb.append("  ]");
        }
        return sb.append("\n }\n}\n").toString();
    }

    // Python's round(x, 3): the exact binary value rounded half to even
    static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    // Python's repr of a float already rounded to 3 decimals: shortest digits, at least one decimal
    private static String number(double rounded) {
        String s = new BigDecimal(rounded).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    // json.dumps with ensure_ascii
    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
