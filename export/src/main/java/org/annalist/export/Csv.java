package org.annalist.export;

import java.util.List;

/** RFC 4180 CSV: CRLF line ends; a field holding a comma, quote, CR or LF is quoted, its quotes doubled. */
public final class Csv {

    private Csv() {
    }

    /** {@return the table {@code header} + {@code rows} as RFC 4180 text}; fails on a row of the wrong width */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        line(b, header);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " fields, header " + header.size() + ": " + row);
            }
            line(b, row);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) b.append(',');
            b.append(field(fields.get(i)));
        }
        b.append("\r\n");
    }

    /** {@return one field, quoted when it must be} */
    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
