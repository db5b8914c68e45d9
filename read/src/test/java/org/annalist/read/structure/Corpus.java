package org.annalist.read.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the shared corpus and gold files for tests, with line ends read as LF (as the readers do). */
final class Corpus {

    private Corpus() {
    }

    static Path shared() {
        String dir = System.getProperty("annalist.shared");
        if (dir == null) {
            throw new IllegalStateException("system property annalist.shared is not set");
        }
        return Path.of(dir);
    }

    static String text(String relative) {
        try {
            return Files.readString(shared().resolve(relative), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the {@code "start"} values of the objects in the gold file's array {@code key}} */
    static List<Integer> goldStarts(String goldFile, String key) {
        return goldValues(goldFile, key, Pattern.compile("\"start\"\\s*:\\s*(\\d+)")).stream().map(Integer::valueOf).toList();
    }

    /** {@return the {@code "speaker"} values of the objects in the gold file's array {@code key}} */
    static List<String> goldSpeakers(String goldFile, String key) {
        return goldValues(goldFile, key, Pattern.compile("\"speaker\"\\s*:\\s*\"([^\"]*)\""));
    }

    private static List<String> goldValues(String goldFile, String key, Pattern field) {
        String json = text(goldFile);
        Matcher open = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\\[").matcher(json);
        if (!open.find()) {
            throw new IllegalArgumentException("no array " + key + " in " + goldFile);
        }
        int depth = 1;
        int i = open.end();
        boolean inString = false;
        for (; i < json.length() && depth > 0; i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        String array = json.substring(open.end(), i - 1);
        List<String> values = new ArrayList<>();
        // only the objects' own top-level fields: "start" of nested objects would not occur in these arrays
        Matcher m = field.matcher(array);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
