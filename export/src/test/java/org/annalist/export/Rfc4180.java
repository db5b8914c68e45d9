package org.annalist.export;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CRLF records, quoted fields with doubled quotes, nothing else. */
final class Rfc4180 {

    private Rfc4180() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        if (n == 0) return rows;
        while (true) {
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) throw new IllegalArgumentException("unterminated quoted field at " + i);
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    char c = text.charAt(i++);
                    if (c == '"' || c == '\n') throw new IllegalArgumentException("bare " + (int) c + " in field at " + i);
                    field.append(c);
                }
            }
            row.add(field.toString());
            field.setLength(0);
            if (i < n && text.charAt(i) == ',') {
                i++;
                continue;
            }
            if (i + 1 < n + 1 && i < n && text.startsWith("\r\n", i)) {
                i += 2;
                rows.add(row);
                row = new ArrayList<>();
                if (i == n) return rows;
                continue;
            }
            throw new IllegalArgumentException("expected , or CRLF at " + i);
        }
    }
}
