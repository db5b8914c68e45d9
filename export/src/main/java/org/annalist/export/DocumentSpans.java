package org.annalist.export;

import java.util.List;
import java.util.Objects;

/** A stored document (name, path, whole text) with the spans to annotate in it, by offset. */
public record DocumentSpans(String name, String path, String text, List<TextSpan> spans) {
    public DocumentSpans {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        for (TextSpan s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException(s.kind() + " span ends at " + s.end() + " past the " + text.length()
                        + " chars of " + name);
            }
        }
    }
}
