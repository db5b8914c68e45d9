package org.annalist.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The few Python string semantics the referee relies on. */
final class Py {

    private Py() {
    }

    /** {@return Python's {@code str(value)} of an optional string}: {@code "None"} for null */
    static String str(String value) {
        return value == null ? "None" : value;
    }

    /** {@return true where Python treats {@code s} as true: not None and not empty} */
    static boolean truthy(String s) {
        return s != null && !s.isEmpty();
    }

    /** {@return Python's {@code s.lower()}} */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** {@return Python's {@code s.split()}: runs of whitespace separate, none kept} */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.charAt(i))) i++;
            int b = i;
            while (i < s.length() && !isSpace(s.charAt(i))) i++;
            if (i > b) out.add(s.substring(b, i));
        }
        return out;
    }

    /** {@return Python's {@code len(s)}: code points, not UTF-16 units} */
    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@return whether Python's {@code str.isspace()} holds for {@code c}} */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Orders strings by code point, as Python compares them; null (None) first. */
    static int compare(String a, String b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        return org.annalist.eval.gold.GoldJson.compareCodePoints(a, b);
    }
}
