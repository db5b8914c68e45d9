import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.time.TimeConfig;
import org.annalist.annotate.time.TimeStage;
import org.annalist.model.Heading;
import org.annalist.model.Matter;
import org.annalist.model.SourceDocument;
import org.annalist.model.Span;
import org.annalist.model.layer.Certainty;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.TimexType;
import org.annalist.read.Readers;

/**
 * A reproducible sample of resolved dates whose words state no year, for reading against the
 * text (see date-sample). Runs the reader and the time stage only.
 */
public final class DateSample {

    /** a year written out: three or four digits standing alone, or an apostrophe year ("'62") */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])\\d{3,4}(?![\\d,])|['’]\\d{2}\\b");
    /** a value that places the date in a year */
    private static final Pattern VALUE_YEAR = Pattern.compile("^-?\\d{4}");

    public static void main(String[] args) throws Exception {
        long seed = 1;
        int n = 50;
        boolean all = false;
        boolean every = false;
        int width = 600;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "-n" -> n = Integer.parseInt(args[++i]);
                case "--all" -> all = true;
                case "--every" -> every = true;
                case "--width" -> width = Integer.parseInt(args[++i]);
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null) {
            System.err.println("usage: date-sample [--seed S] [-n N] [--width CHARS] [--all|--every] FILE");
            System.exit(2);
        }
        SourceDocument doc = Readers.standard().read(file);
        AnnotatedText text = AnnotatedText.of(doc);
        String s = doc.text().text();
        List<Timex> timexes = new TimeStage(TimeConfig.narrative()).annotate(text).items();
        if (every) {
            // every timex, whatever its words state
            for (Timex t : timexes) {
                System.out.println(t.span().start() + "\t" + oneLine(s.substring(t.span().start(), t.span().end())) + "\t"
                        + t.value() + "\t" + t.certainty().name().toLowerCase() + "\t" + t.matter().name().toLowerCase());
            }
            return;
        }
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < timexes.size(); i++) {
            Timex t = timexes.get(i);
            String surface = s.substring(t.span().start(), t.span().end());
            if (t.matter() != Matter.BODY || t.vague() || t.interval().isEmpty()) continue;
            if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) continue;
            if (!VALUE_YEAR.matcher(t.value()).find() || YEAR.matcher(surface).find()) continue;
            pool.add(i);
        }
        if (all) {
            for (int i : pool) {
                Timex t = timexes.get(i);
                System.out.println(t.span().start() + "\t" + oneLine(s.substring(t.span().start(), t.span().end())) + "\t"
                        + t.value() + "\t" + t.certainty().name().toLowerCase());
            }
            return;
        }
        List<Integer> draw = new ArrayList<>(pool);
        Collections.shuffle(draw, new Random(seed));
        draw = new ArrayList<>(draw.subList(0, Math.min(n, draw.size())));
        Collections.sort(draw);
        System.out.printf("# %s: %d resolved dates state no year; %d drawn with seed %d%n%n", file.getFileName(), pool.size(),
                draw.size(), seed);
        int k = 0;
        for (int i : draw) {
            Timex t = timexes.get(i);
            k++;
            System.out.printf("[%d] @%d  %s  =>  %s  (%s)%n", k, t.span().start(),
                    oneLine(s.substring(t.span().start(), t.span().end())), t.value(), t.certainty().name().toLowerCase());
            heading(doc, t.span()).ifPresent(h -> System.out.println("    section: " + oneLine(h.text())));
            t.anchor().ifPresent(a -> System.out.println("    anchor: \"" + oneLine(s.substring(a.start(), a.end())) + "\" @" + a.start()));
            lastStated(timexes, i, s).ifPresent(p -> System.out.println("    last stated year: \"" + oneLine(s.substring(p.span().start(),
                    p.span().end())) + "\" => " + p.value() + " @" + p.span().start() + "  (" + (t.span().start() - p.span().start()) + " chars back)"));
            int from = Math.max(0, t.span().start() - width);
            int to = Math.min(s.length(), t.span().end() + width / 3);
            System.out.println("    text: …" + oneLine(s.substring(from, t.span().start())) + " [[" + oneLine(s.substring(t.span().start(),
                    t.span().end())) + "]] " + oneLine(s.substring(t.span().end(), to)) + "…");
            System.out.println();
        }
    }

    private static Optional<Heading> heading(SourceDocument doc, Span at) {
        Heading best = null;
        for (Heading h : doc.structure().headings()) {
            if (h.span().start() <= at.start()) best = h;
        }
        return Optional.ofNullable(best);
    }

    /** the last body date before {@code i} whose words state a year */
    private static Optional<Timex> lastStated(List<Timex> timexes, int i, String s) {
        for (int j = i - 1; j >= 0; j--) {
            Timex p = timexes.get(j);
            if (p.matter() == Matter.BODY && p.certainty() == Certainty.STATED
                    && YEAR.matcher(s.substring(p.span().start(), p.span().end())).find()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String oneLine(String x) {
        return x.replaceAll("\\s+", " ").strip();
    }
}
