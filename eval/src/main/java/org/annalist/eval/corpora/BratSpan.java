package org.annalist.eval.corpora;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.model.Span;

/**
 * One text-bound brat annotation: {@code T5<TAB>PROP_PER 833 869<TAB>James Stevenson}.
 *
 * @param id    the annotation id ({@code T5})
 * @param label the label ({@code PROP_PER}, a chain label, {@code PER})
 * @param span  the characters of the {@code .txt}
 * @param text  the covered text as the {@code .ann} gives it
 */
public record BratSpan(String id, String label, Span span, String text) {

    public BratSpan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }

    /**
     * {@return the text-bound annotations of a brat {@code .ann} file, in file order}; other
     * lines (relations, attributes, notes) are skipped
     *
     * @throws IOException when a {@code T} line is malformed or discontinuous (with its line)
     */
    public static List<BratSpan> read(Path ann) throws IOException {
        List<BratSpan> out = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            if (!line.startsWith("T")) continue;
            String[] cols = line.split("\t", 3);
            String[] mid = cols.length < 2 ? new String[0] : cols[1].split(" ");
            if (cols.length < 3 || mid.length != 3) {
                throw new IOException("not a continuous brat text annotation in " + ann + ": " + line);
            }
            try {
                out.add(new BratSpan(cols[0], mid[0], Span.of(Integer.parseInt(mid[1]), Integer.parseInt(mid[2])),
                        cols[2]));
            } catch (IllegalArgumentException e) {
                throw new IOException("bad offsets in " + ann + ": " + line, e);
            }
        }
        return List.copyOf(out);
    }
}
