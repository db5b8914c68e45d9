package org.annalist.eval.gold;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads and writes annalist-gold/1 files. Reading is tolerant, as the referee
 * ({@code shared/tools/score.py}) is: unknown fields are ignored, missing arrays read as
 * empty, missing optional scalars as null; a missing offset the referee needs
 * ({@code start}, {@code end} of a timex or mention, …) fails with {@link GoldFormatException}.
 * Writing is stable: fields in the format's order, two-space indent, one item per line,
 * UTF-8, a final line break, absent (null) fields left out.
 */
public final class GoldJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // Python's json reads NaN and Infinity
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private GoldJson() {
    }

    /** {@return the document in {@code file}} */
    public static GoldDocument read(Path file) throws IOException {
        try {
            return MAPPER.readValue(file.toFile(), GoldDocument.class);
        } catch (JacksonException e) {
            throw new GoldFormatException(file, e);
        }
    }

    /**
     * {@return every {@code *.json} file directly in {@code dir}, keyed as the referee pairs
     * them}: by the {@code document} field, or the file name when the field is absent (or
     * null, where the referee would key by None). Files
     * are read in code-point order of their names; a later file with the same key replaces an
     * earlier one in that one's place.
     */
    public static Map<String, GoldDocument> readDir(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).forEach(files::add);
        }
        files.sort((a, b) -> compareCodePoints(a.getFileName().toString(), b.getFileName().toString()));
        Map<String, GoldDocument> out = new LinkedHashMap<>();
        for (Path f : files) {
            GoldDocument d = read(f);
            out.put(d.document() != null ? d.document() : f.getFileName().toString(), d);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Writes {@code document} to {@code file} as {@link #toJson(GoldDocument)} gives it. */
    public static void write(GoldDocument document, Path file) throws IOException {
        Files.writeString(file, toJson(document), StandardCharsets.UTF_8);
    }

    /** {@return {@code document} as stable pretty JSON, ending in a line break} */
    public static String toJson(GoldDocument document) {
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JacksonException e) {
            throw new UncheckedIOException(e); // records of strings and numbers always serialise
        }
    }

    /** Orders strings by code point, as Python's {@code sorted} does. */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) return Integer.compare(ca, cb);
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
