package org.annalist.eval.corpora;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldEntity;
import org.annalist.eval.gold.GoldMention;
import org.annalist.eval.gold.GoldQuote;
import org.annalist.model.Span;

/**
 * LitBank (dbamman/litbank) as annalist-gold/1 documents, one per excerpt, named after its
 * {@code .txt} ({@code 105_persuasion_brat.txt}, as {@code annalist extract} names its output
 * for that file). Offsets are characters of the {@code .txt} as it is: one tokenised sentence
 * a line, tokens split by spaces.
 *
 * <p>Three layers, each a folder of brat {@code .ann} files:
 * <ul>
 * <li>{@code coref/}: every mention ({@code T1<TAB>PROP_PER 69 84<TAB>…}: kind PROP, NOM or
 *     PRON; category PER, ORG, GPE, LOC, FAC, VEH) and, on a line with the same offsets, its
 *     chain label ({@code Lord_Chancellor-2}). A chain is one entity, its id the label; a
 *     mention in no chain is an entity of its own ({@code single@START-END}). All mentions
 *     count: names, noun phrases and pronouns of all six categories.</li>
 * <li>{@code entities/}: the entity layer ({@code T0<TAB>FAC 33 46<TAB>Kellynch Hall}: names
 *     and common noun phrases, nested, no pronouns). Each mention takes the chain (and kind) of
 *     the coreference mention with the same offsets (from the sibling {@code coref/}), else
 *     stands alone (kind NOM).</li>
 * <li>{@code quotations/}: {@code QUOTE<TAB>Q345<TAB>11<TAB>0<TAB>11<TAB>6<TAB>…} (first and
 *     last token, as line and token indices of the {@code .txt}) and
 *     {@code ATTRIB<TAB>Q345<TAB>MARY_LENNOX-0} (the speaker, a coreference chain label).
 *     Each quote is a {@code speech} quote starting at its first token; the document also
 *     carries the coreference entities, which the speakers name.</li>
 * </ul>
 * LitBank's root folder reads as the coreference layer with the quotations added.
 */
public final class LitBank {

    /** The kind of a coreference mention. */
    public enum Kind { PROP, NOM, PRON }

    /**
     * One mention of LitBank's coreference layer.
     *
     * @param span     the characters of the {@code .txt}
     * @param kind     proper name, common noun phrase or pronoun
     * @param category PER, ORG, GPE, LOC, FAC or VEH
     * @param chain    the chain label, {@code single@START-END} for a mention in none
     * @param text     the covered text
     */
    public record Mention(Span span, Kind kind, String category, String chain, String text) {
        public Mention {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(chain, "chain");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The layer a folder of {@code .ann} files holds. */
    public enum Layer { COREF, ENTITIES, QUOTATIONS }

    private static final Pattern KIND = Pattern.compile("(PROP|NOM|PRON)_([A-Z]+)");
    private static final Map<String, String> TYPES = Map.of(
            "PER", "PERSON", "ORG", "ORG", "GPE", "GPE", "LOC", "LOC", "FAC", "FAC", "VEH", "VEH");

    private LitBank() {
    }

    /** {@return whether {@code dir} is LitBank's root (a {@code coref/} folder of .ann) or one of its layer folders} */
    public static boolean isLitBank(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        return !anns(dir.resolve("coref")).isEmpty() || !anns(dir).isEmpty();
    }

    /**
     * {@return the gold documents of {@code dir}}: LitBank's root (coreference with the
     * quotations added) or one layer folder, whose layer {@link #layerOf} tells
     */
    public static Map<String, GoldDocument> load(Path dir) throws IOException {
        if (!anns(dir.resolve("coref")).isEmpty()) {
            Map<String, GoldDocument> docs = coref(dir.resolve("coref"), m -> true);
            if (Files.isDirectory(dir.resolve("quotations"))) {
                Map<String, GoldDocument> quoted = quotations(dir.resolve("quotations"));
                docs.replaceAll((name, d) -> quoted.containsKey(name) ? d.withQuotes(quoted.get(name).quotes()) : d);
            }
            return docs;
        }
        return switch (layerOf(dir)) {
            case COREF -> coref(dir, m -> true);
            case ENTITIES -> entities(dir);
            case QUOTATIONS -> quotations(dir);
        };
    }

    /**
     * {@return the layer the {@code .ann} files of {@code dir} hold}: quotations when a line
     * starts {@code QUOTE} or {@code ATTRIB}, coreference when a label is KIND_CATEGORY
     * ({@code PRON_PER}), else entities
     */
    public static Layer layerOf(Path dir) throws IOException {
        List<Path> anns = anns(dir);
        if (anns.isEmpty()) throw new IOException("no LitBank .ann files in " + dir);
        boolean coref = false;
        for (Path ann : anns) {
            for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
                if (line.startsWith("QUOTE\t") || line.startsWith("ATTRIB\t")) return Layer.QUOTATIONS;
                if (line.startsWith("T")) {
                    String[] cols = line.split("\t");
                    if (cols.length > 1 && KIND.matcher(cols[1].split(" ")[0]).matches()) coref = true;
                }
            }
        }
        return coref ? Layer.COREF : Layer.ENTITIES;
    }

    /** {@return the coreference mentions of one {@code .ann} file, in file order} */
    public static List<Mention> corefMentions(Path ann) throws IOException {
        List<BratSpan> spans = BratSpan.read(ann);
        Map<Span, String> chains = new HashMap<>();
        for (BratSpan s : spans) {
            if (!KIND.matcher(s.label()).matches()) chains.put(s.span(), s.label());
        }
        List<Mention> out = new ArrayList<>();
        for (BratSpan s : spans) {
            Matcher m = KIND.matcher(s.label());
            if (!m.matches()) continue;
            String chain = chains.getOrDefault(s.span(), single(s.span()));
            out.add(new Mention(s.span(), Kind.valueOf(m.group(1)), m.group(2), chain, s.text()));
        }
        return List.copyOf(out);
    }

    /** {@return one gold document per {@code .ann} of the coreference folder {@code dir}, keeping the mentions {@code keep} accepts} */
    public static Map<String, GoldDocument> coref(Path dir, Predicate<Mention> keep) throws IOException {
        Map<String, GoldDocument> out = new LinkedHashMap<>();
        for (Path ann : anns(dir)) {
            GoldDocument d = coref(ann, textOf(ann), keep);
            out.put(d.document(), d);
        }
        return out;
    }

    /** {@return the gold document of one coreference {@code .ann}, keeping the mentions {@code keep} accepts} */
    public static GoldDocument coref(Path ann, Optional<String> text, Predicate<Mention> keep) throws IOException {
        List<Mention> kept = corefMentions(ann).stream().filter(keep).toList();
        return document(ann, text).withEntities(entities(kept));
    }

    /**
     * {@return one gold document per {@code .ann} of the entity-layer folder {@code dir}},
     * each mention in the chain of the sibling {@code coref/} mention with its offsets
     */
    public static Map<String, GoldDocument> entities(Path dir) throws IOException {
        Map<String, GoldDocument> out = new LinkedHashMap<>();
        Path corefDir = dir.resolveSibling("coref");
        for (Path ann : anns(dir)) {
            Map<Span, Mention> coref = new HashMap<>();
            Path corefAnn = corefDir.resolve(ann.getFileName());
            if (Files.isRegularFile(corefAnn)) {
                for (Mention m : corefMentions(corefAnn)) coref.putIfAbsent(m.span(), m);
            }
            List<Mention> mentions = new ArrayList<>();
            for (BratSpan s : BratSpan.read(ann)) {
                if (!TYPES.containsKey(s.label())) throw new IOException("unknown LitBank entity type in " + ann + ": " + s);
                Mention c = coref.get(s.span());
                mentions.add(new Mention(s.span(), c == null ? Kind.NOM : c.kind(), s.label(),
                        c == null ? single(s.span()) : c.chain(), s.text()));
            }
            GoldDocument d = document(ann, textOf(ann)).withEntities(entities(mentions));
            out.put(d.document(), d);
        }
        return out;
    }

    /**
     * {@return one gold document per {@code .ann} of the quotation folder {@code dir}}: its
     * quotes, and the entities of the sibling {@code coref/} (the speakers' chains)
     */
    public static Map<String, GoldDocument> quotations(Path dir) throws IOException {
        Map<String, GoldDocument> out = new LinkedHashMap<>();
        Path corefDir = dir.resolveSibling("coref");
        for (Path ann : anns(dir)) {
            Path txt = corefDir.resolve(txtName(ann));
            if (!Files.isRegularFile(txt)) throw new IOException("no LitBank text " + txt + " for " + ann);
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            List<GoldQuote> quotes = quotes(Files.readAllLines(ann, StandardCharsets.UTF_8), text, ann.toString());
            Path corefAnn = corefDir.resolve(ann.getFileName());
            GoldDocument d = Files.isRegularFile(corefAnn)
                    ? coref(corefAnn, Optional.of(text), m -> true)
                    : document(ann, Optional.of(text));
            out.put(d.document(), d.withQuotes(quotes));
        }
        return out;
    }

    /**
     * One quotation of LitBank's quotation layer.
     *
     * @param id      its id ({@code Q345})
     * @param span    first token to last, in the {@code .txt}
     * @param speaker the speaker's chain label; empty when not attributed
     */
    public record Quote(String id, Span span, Optional<String> speaker) {
        public Quote {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(speaker, "speaker");
        }
    }

    /**
     * {@return the quotes of a quotation file's {@code lines}} as spans of {@code text} (the
     * {@code .txt}), sorted by span
     *
     * @throws IOException when a QUOTE line is malformed or points past the text (with the line)
     */
    public static List<Quote> quoteSpans(List<String> lines, String text, String source) throws IOException {
        Map<String, String> speakers = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f[0].equals("ATTRIB") && f.length >= 3) speakers.put(f[1], f[2].strip());
        }
        List<List<Span>> tokens = tokens(text);
        List<Quote> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (!f[0].equals("QUOTE")) continue;
            try {
                Span first = tokens.get(Integer.parseInt(f[2])).get(Integer.parseInt(f[3]));
                Span last = tokens.get(Integer.parseInt(f[4])).get(Integer.parseInt(f[5]));
                out.add(new Quote(f[1], Span.of(first.start(), last.end()), Optional.ofNullable(speakers.get(f[1]))));
            } catch (RuntimeException e) {
                throw new IOException("bad LitBank QUOTE line in " + source + ": " + line, e);
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(out);
    }

    /**
     * {@return the quotes of a quotation file's {@code lines}} as gold: {@code speech}
     * quotes starting at their first token of {@code text}, sorted by start
     *
     * @throws IOException when a QUOTE line is malformed or points past the text (with the line)
     */
    public static List<GoldQuote> quotes(List<String> lines, String text, String source) throws IOException {
        return quoteSpans(lines, text, source).stream()
                .map(q -> new GoldQuote(q.span().start(), q.speaker().orElse(null), "speech")).toList();
    }

    /** {@return the tokens of a LitBank text}: a list per line of the runs of characters between spaces */
    public static List<List<Span>> tokens(String text) {
        List<List<Span>> lines = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            List<Span> tokens = new ArrayList<>();
            int i = lineStart;
            while (i < lineEnd) {
                if (text.charAt(i) == ' ') {
                    i++;
                    continue;
                }
                int start = i;
                while (i < lineEnd && text.charAt(i) != ' ') i++;
                tokens.add(Span.of(start, i));
            }
            lines.add(List.copyOf(tokens));
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return List.copyOf(lines);
    }

    /** Groups mentions into entities by chain, in order of first mention; the type of the first, the name of the first proper name. */
    private static List<GoldEntity> entities(List<Mention> mentions) {
        Map<String, List<Mention>> chains = new LinkedHashMap<>();
        for (Mention m : mentions.stream().sorted((a, b) -> a.span().compareTo(b.span())).toList()) {
            chains.computeIfAbsent(m.chain(), k -> new ArrayList<>()).add(m);
        }
        List<GoldEntity> out = new ArrayList<>();
        chains.forEach((chain, ms) -> {
            String name = ms.stream().filter(m -> m.kind() == Kind.PROP).findFirst().orElse(ms.get(0)).text();
            out.add(new GoldEntity(chain, TYPES.getOrDefault(ms.get(0).category(), ms.get(0).category()), name,
                    ms.stream().map(m -> new GoldMention(m.span().start(), m.span().end(), m.text())).toList()));
        });
        return List.copyOf(out);
    }

    private static GoldDocument document(Path ann, Optional<String> text) {
        GoldDocument d = GoldDocument.empty(txtName(ann));
        return text.map(t -> d.withChars(t.length())).orElse(d);
    }

    /** The {@code .txt} beside the {@code .ann}, else in the sibling {@code coref/}. */
    private static Optional<String> textOf(Path ann) throws IOException {
        Path beside = ann.resolveSibling(txtName(ann));
        Path coref = ann.getParent() == null ? beside : ann.getParent().resolveSibling("coref").resolve(txtName(ann));
        for (Path p : new Path[] {beside, coref}) {
            if (Files.isRegularFile(p)) return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    private static String txtName(Path ann) {
        return ann.getFileName().toString().replaceFirst("\\.ann$", ".txt");
    }

    private static String single(Span span) {
        return "single@" + span.start() + "-" + span.end();
    }

    private static List<Path> anns(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ann") && Files.isRegularFile(p)).sorted().toList();
        }
    }
}
