package org.annalist.store.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.layer.EntityType;

/**
 * A human-edited list of corrections to cross-document entity merging, applied in order
 * on every resolve. One instruction a line; {@code #} starts a comment:
 * <pre>
 * merge Ulysses S. Grant = General Grant
 * rename Lee -> Robert E. Lee
 * type Vicksburg GPE
 * split Johnston
 * </pre>
 */
public record Curation(List<CurationOp> ops) {

    public static final Curation NONE = new Curation(List.of());

    private static final Pattern MERGE = Pattern.compile("(?i)merge\\s+(.+?)\\s*=\\s*(.+)");
    private static final Pattern RENAME = Pattern.compile("(?i)rename\\s+(.+?)\\s*->\\s*(.+)");
    private static final Pattern RETYPE = Pattern.compile("(?i)type\\s+(.+?)\\s+(\\S+)");
    private static final Pattern SPLIT = Pattern.compile("(?i)split\\s+(.+)");

    public Curation {
        ops = List.copyOf(ops);
    }

    /** {@return the curation in {@code file}}; fails naming the file and line of a bad instruction */
    public static Curation read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** {@return the instructions in {@code text}}; {@code origin} names it in messages */
    public static Curation parse(String text, String origin) {
        List<CurationOp> ops = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) continue;
            ops.add(op(line, i + 1, origin));
        }
        return new Curation(ops);
    }

    private static CurationOp op(String line, int n, String origin) {
        Matcher m;
        if ((m = MERGE.matcher(line)).matches()) return new CurationOp.Merge(n, m.group(1).strip(), m.group(2).strip());
        if ((m = RENAME.matcher(line)).matches()) return new CurationOp.Rename(n, m.group(1).strip(), m.group(2).strip());
        if ((m = RETYPE.matcher(line)).matches()) return new CurationOp.Retype(n, m.group(1).strip(), type(m.group(2), n, origin));
        if ((m = SPLIT.matcher(line)).matches()) return new CurationOp.Split(n, m.group(1).strip());
        throw new IllegalArgumentException(origin + ":" + n + ": cannot read '" + line
                + "'; expected merge A = B, rename A -> Name, type A PERSON or split A");
    }

    private static EntityType type(String word, int n, String origin) {
        try {
            return EntityType.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ":" + n + ": unknown type '" + word + "'; types: "
                    + Arrays.toString(EntityType.values()), e);
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
