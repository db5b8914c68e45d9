package org.annalist.eval.gold;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Claim values as the referee reads them: {@code float(value)} in Python. A number is taken
 * as is, a string is parsed by Python's rules ({@code " 792 "}, {@code "1_000"},
 * {@code "inf"} parse; {@code "1,000"} does not), a boolean is 1 or 0, and anything else
 * (null, array, object, unparseable string) is "no value", which never matches.
 */
final class ClaimValues {

    // Python's float() grammar for ASCII input (PEP 515 underscores between digits)
    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?"
                    + "|(?i:inf|infinity|nan))");

    private ClaimValues() {
    }

    /** {@return {@code s} read as Python's {@code float(s)} reads it}, empty where it raises */
    static Optional<Double> pythonFloat(String s) {
        String t = stripPython(s);
        if (!FLOAT.matcher(t).matches()) return Optional.empty();
        String body = t.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        boolean negative = body.startsWith("-");
        String unsigned = body.startsWith("-") || body.startsWith("+") ? body.substring(1) : body;
        if (unsigned.equals("nan")) return Optional.of(Double.NaN);
        if (unsigned.startsWith("inf")) {
            return Optional.of(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        return Optional.of(Double.parseDouble(body));
    }

    /** {@return {@code s} without leading and trailing whitespace, by Python's {@code str.isspace}} */
    static String stripPython(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isPythonSpace(s.charAt(b))) b++;
        while (e > b && isPythonSpace(s.charAt(e - 1))) e--;
        return s.substring(b, e);
    }

    /** {@return whether Python's {@code str.isspace()} holds for {@code c}} */
    static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Reads a claim value; see {@link ClaimValues}. */
    static final class Reader extends JsonDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) return p.getDoubleValue();
            if (t == JsonToken.VALUE_TRUE) return 1.0;
            if (t == JsonToken.VALUE_FALSE) return 0.0;
            if (t == JsonToken.VALUE_STRING) return pythonFloat(p.getText()).orElse(null);
            p.skipChildren();
            return null;
        }
    }

    /** Writes a whole-numbered value as a JSON integer ({@code 792}, not {@code 792.0}). */
    static final class Writer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            double v = value;
            if (!Double.isInfinite(v) && v == Math.rint(v) && Math.abs(v) < 1e15) {
                gen.writeNumber((long) v);
            } else {
                gen.writeNumber(v);
            }
        }
    }
}
