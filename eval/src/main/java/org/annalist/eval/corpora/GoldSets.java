package org.annalist.eval.corpora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldJson;

/**
 * Reads a gold set whatever its kind, keyed by document name as the referee pairs them:
 * a HIPE TSV file (or a folder of them and no JSON), LitBank (its root or a layer folder of
 * brat {@code .ann} files), else a folder of annalist-gold/1 JSON.
 */
public final class GoldSets {

    /** The kinds of gold set told apart. */
    public enum Kind { ANNALIST_JSON, LITBANK, HIPE }

    private GoldSets() {
    }

    /**
     * {@return the kind of gold set at {@code path}}
     *
     * @throws IOException when {@code path} is neither a folder nor a HIPE file
     */
    public static Kind kindOf(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            if (Hipe.isHipe(path)) return Kind.HIPE;
            throw new IOException("not a gold folder or a HIPE TSV file: " + path);
        }
        if (!Files.isDirectory(path)) throw new IOException("no such gold folder or file: " + path);
        if (LitBank.isLitBank(path)) return Kind.LITBANK;
        List<Path> files = list(path);
        boolean json = files.stream().anyMatch(p -> p.getFileName().toString().endsWith(".json"));
        boolean hipe = false;
        for (Path p : files) hipe |= p.getFileName().toString().endsWith(".tsv") && Hipe.isHipe(p);
        return hipe && !json ? Kind.HIPE : Kind.ANNALIST_JSON;
    }

    /** {@return the gold documents at {@code path}, keyed by document name} */
    public static Map<String, GoldDocument> load(Path path) throws IOException {
        return switch (kindOf(path)) {
            case LITBANK -> LitBank.load(path);
            case ANNALIST_JSON -> GoldJson.readDir(path);
            case HIPE -> {
                if (Files.isRegularFile(path)) yield Hipe.load(path);
                Map<String, GoldDocument> all = new LinkedHashMap<>();
                for (Path p : list(path)) {
                    if (p.getFileName().toString().endsWith(".tsv") && Hipe.isHipe(p)) all.putAll(Hipe.load(p));
                }
                yield all;
            }
        };
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
