package org.annalist.eval.timeml;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldTimex;
import org.annalist.read.ReadException;
import org.annalist.read.ReadLimits;
import org.annalist.read.TimeMl;
import org.annalist.read.TimeMlContent;
import org.annalist.read.TimeMlCreationTime;

/**
 * TimeML gold in the annalist-gold/1 shape: one {@link GoldDocument} per {@code .tml} file,
 * named by the file name (as {@code extract} names its predictions), its timexes the
 * {@code TIMEX3}s inside {@code TEXT} with offsets into the text {@link TimeMl} extracts (the
 * text {@code TimeMlReader} gives the pipeline), and its {@code document_date} the DCT.
 *
 * <p>As in TempEval-3, whose tools score only what lies inside {@code TEXT}, the document
 * creation time in {@code <DCT>} is given, not scored: it is never among the timexes.
 */
public final class TimeMlGold {

    private TimeMlGold() {
    }

    /** {@return the gold of the TimeML file {@code name}} */
    public static GoldDocument from(String name, byte[] bytes) throws ReadException {
        return from(TimeMl.parse(name, bytes));
    }

    /** {@return the gold of parsed TimeML} */
    public static GoldDocument from(TimeMlContent content) {
        Objects.requireNonNull(content, "content");
        List<GoldTimex> timexes = content.timexes().stream()
                .map(t -> new GoldTimex(t.span().start(), t.span().end(), t.text(), blankToNull(t.type()),
                        blankToNull(t.value()), false))
                .toList();
        String date = content.creationTime()
                .map(c -> c.date().map(Object::toString).orElse(blankToNull(c.value()))).orElse(null);
        return GoldDocument.empty(content.name()).withDocumentDate(date).withChars(content.text().length())
                .withText(content.text()).withTimexes(timexes);
    }

    /** {@return true when {@code dir} or a folder below it holds a {@code .tml} file} */
    public static boolean holdsTimeMl(Path dir) throws IOException {
        return !files(dir).isEmpty();
    }

    /**
     * {@return the gold of every {@code .tml} file under {@code dir} (subfolders included,
     * hidden ones skipped), keyed by file name, in path order}. The same name twice is one
     * document when both files say the same (TBAQ ships one file twice); otherwise it is refused.
     */
    public static Map<String, GoldDocument> readDir(Path dir) throws IOException, ReadException {
        Map<String, GoldDocument> out = new LinkedHashMap<>();
        Map<String, Path> from = new LinkedHashMap<>();
        long limit = ReadLimits.DEFAULT.maxFileBytes();
        for (Path f : files(dir)) {
            String name = f.getFileName().toString();
            if (Files.size(f) > limit) {
                throw new ReadException(name, ReadException.Kind.TOO_LARGE, "over the " + limit + "-byte limit");
            }
            GoldDocument doc = from(name, Files.readAllBytes(f));
            GoldDocument before = out.putIfAbsent(name, doc);
            if (before != null && !before.equals(doc)) {
                throw new IllegalArgumentException("two different gold files are named " + name + ": "
                        + from.get(name) + " and " + f);
            }
            from.putIfAbsent(name, f);
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<Path> files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            s.filter(f -> f.getFileName().toString().endsWith(".tml") && Files.isRegularFile(f)
                    && !hidden(dir.relativize(f))).forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
