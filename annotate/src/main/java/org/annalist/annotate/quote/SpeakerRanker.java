package org.annalist.annotate.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A learned speaker ranker: a logistic model over the {@link SpeakerFeatures#NAMES features}
 * of each candidate speaker of a quotation, the candidate with the highest score speaking.
 * The sieve's own-sentence cues stay in front ({@link #choose}): the model decides the quotes
 * that no reporting verb of their sentence attributes.
 *
 * <p>The weights are a versioned resource, {@code speaker-ranker.tsv} beside this class, in the
 * format {@value #FORMAT}: a first line {@code # annalist-speaker-ranker/1}, {@code #} comments
 * (how it was trained, its cross-validated figures), then one {@code NAME<TAB>WEIGHT} a line,
 * {@code bias} among them, every feature named exactly once. {@code annalist train quotes}
 * writes it. Immutable and thread-safe.
 */
public final class SpeakerRanker {

    /** The first line of a weights file. */
    public static final String FORMAT = "annalist-speaker-ranker/1";
    /** The names of the features, in the order of a row of {@link SpeakerChoice#features()}. */
    public static final List<String> FEATURES = SpeakerFeatures.NAMES;
    /** The weights shipped with annalist. */
    public static final String RESOURCE = "speaker-ranker.tsv";
    /** The system property naming a weights file to use instead, e.g. one {@code annalist train quotes} wrote. */
    public static final String PROPERTY = "annalist.speaker-ranker";

    private final double bias;
    private final double[] weights;
    private final List<String> comments;

    private SpeakerRanker(double bias, double[] weights, List<String> comments) {
        if (weights.length != SpeakerFeatures.NAMES.size()) {
            throw new IllegalArgumentException(SpeakerFeatures.NAMES.size() + " features but " + weights.length + " weights");
        }
        this.bias = bias;
        this.weights = weights.clone();
        this.comments = List.copyOf(comments);
    }

    /**
     * {@return a ranker of these weights}, one for each of {@link SpeakerFeatures#NAMES} in order
     *
     * @param comments lines saying how the weights were made, written after the format line
     */
    public static SpeakerRanker of(double bias, double[] weights, List<String> comments) {
        Objects.requireNonNull(weights, "weights");
        return new SpeakerRanker(bias, weights, Objects.requireNonNull(comments, "comments"));
    }

    private static final class Shipped {
        static final SpeakerRanker RANKER = load();

        private static SpeakerRanker load() {
            String file = System.getProperty(PROPERTY);
            if (file != null && !file.isBlank()) {
                try (Reader in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(file), StandardCharsets.UTF_8)) {
                    return read(in, file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the speaker ranker " + file + " (-D" + PROPERTY + ")", e);
                }
            }
            try (InputStream in = SpeakerRanker.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + " beside " + SpeakerRanker.class);
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** {@return the ranker whose weights ship with annalist (or the file {@value #PROPERTY} names)}, read once */
    public static SpeakerRanker standard() {
        return Shipped.RANKER;
    }

    /**
     * {@return the ranker a weights file describes}
     *
     * @param source the file's name, for error messages
     * @throws IllegalArgumentException naming {@code source} and the line, when the file is not
     *                                  a weights file or misses or repeats a feature
     */
    public static SpeakerRanker read(Reader reader, String source) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String first = in.readLine();
        if (first == null || !first.strip().equals("# " + FORMAT)) {
            throw new IllegalArgumentException(source + ":1: expected '# " + FORMAT + "', found "
                    + (first == null ? "an empty file" : "'" + first + "'"));
        }
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> comments = new ArrayList<>();
        int n = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            n++;
            if (line.isBlank()) continue;
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2) throw new IllegalArgumentException(source + ":" + n + ": expected NAME<TAB>WEIGHT, found '" + line + "'");
            String name = parts[0].strip();
            if (!name.equals("bias") && !SpeakerFeatures.NAMES.contains(name)) {
                throw new IllegalArgumentException(source + ":" + n + ": unknown feature '" + name + "'");
            }
            double w;
            try {
                w = Double.parseDouble(parts[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + n + ": not a number: '" + parts[1] + "'");
            }
            if (!Double.isFinite(w)) throw new IllegalArgumentException(source + ":" + n + ": weight must be finite, got " + w);
            if (values.put(name, w) != null) throw new IllegalArgumentException(source + ":" + n + ": '" + name + "' given twice");
        }
        List<String> missing = new ArrayList<>();
        if (!values.containsKey("bias")) missing.add("bias");
        for (String f : SpeakerFeatures.NAMES) if (!values.containsKey(f)) missing.add(f);
        if (!missing.isEmpty()) throw new IllegalArgumentException(source + ": no weight for " + String.join(", ", missing));
        double[] weights = SpeakerFeatures.NAMES.stream().mapToDouble(values::get).toArray();
        return new SpeakerRanker(values.get("bias"), weights, comments);
    }

    /** Writes the weights in the format {@link #read} reads. */
    public void write(Writer out) throws IOException {
        out.write("# " + FORMAT + "\n");
        for (String c : comments) out.write("# " + c + "\n");
        out.write("bias\t" + number(bias) + "\n");
        for (int i = 0; i < weights.length; i++) out.write(SpeakerFeatures.NAMES.get(i) + "\t" + number(weights[i]) + "\n");
        out.flush();
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
    }

    /** {@return the model's log-odds that a candidate with these features spoke} */
    public double score(double[] features) {
        double s = bias;
        for (int i = 0; i < weights.length; i++) s += weights[i] * features[i];
        return s;
    }

    /** {@return the weight of the named feature ({@code bias} too)} */
    public double weight(String feature) {
        if (feature.equals("bias")) return bias;
        int i = SpeakerFeatures.NAMES.indexOf(feature);
        if (i < 0) throw new IllegalArgumentException("unknown feature '" + feature + "'");
        return weights[i];
    }

    /** {@return the comment lines of the weights file} */
    public List<String> comments() {
        return comments;
    }

    /**
     * {@return who spoke}: the sieve's speaker when a cue of the quote's own sentence named
     * it, else the best-scoring candidate who is not the one addressed — for a quote the sieve
     * left without a speaker, only when its odds are better than even — else the sieve's speaker
     */
    public Optional<String> choose(SpeakerChoice choice) {
        Options o = options(choice);
        int best = 0;
        for (int i = 1; i < o.scores().length; i++) if (o.scores()[i] > o.scores()[best]) best = i;
        return o.speakers().get(best);
    }

    /**
     * A quote's possible speakers and the score of each: the best is the ranker's choice
     * ({@link #choose}). An empty speaker is nobody.
     */
    record Options(List<Optional<String>> speakers, double[] scores) {
    }

    /**
     * {@return the speakers {@link #choose} chooses from}: the sieve's alone when a cue of the
     * quote's own sentence named it; else the candidates who are not the one addressed, each
     * with its score, and nobody at even odds when the sieve found no speaker; else the sieve's
     */
    Options options(SpeakerChoice choice) {
        if (choice.cued() && choice.sieve().isPresent()) return new Options(List.of(choice.sieve()), new double[] {0});
        List<Optional<String>> speakers = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < choice.candidates().size(); i++) {
            String c = choice.candidates().get(i);
            if (choice.addressee().isPresent() && choice.addressee().get().equals(c)) continue;
            speakers.add(Optional.of(c));
            scores.add(score(choice.features().get(i)));
        }
        if (speakers.isEmpty()) return new Options(List.of(choice.sieve()), new double[] {0});
        // a quote the sieve found no speaker for (a headline's, a document's) gets one only when more likely than not
        if (choice.sieve().isEmpty()) {
            speakers.add(Optional.empty());
            scores.add(0.0);
        }
        return new Options(speakers, scores.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
