package org.annalist.annotate.quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.annalist.model.Span;

/**
 * Reads LitBank's quotation layer: the tokenised text ({@code coref/X_brat.txt}, a sentence a
 * line, tokens split by spaces) joined back into running text, and each {@code QUOTE} of
 * {@code quotations/X_brat.ann} (first and last token, as sentence and token indices) with its
 * {@code ATTRIB} speaker label, as a character span of that text.
 *
 * <p>Joining decides how straight marks attach, since LitBank's tokens keep {@code "} apart
 * from its words: a {@code "} opening a line opens, one ending a line closes, others
 * alternate; a {@code '} between two letters' tokens ({@code t ' ee}) is an apostrophe.
 */
final class LitBankQuotations {

    record GoldQuote(String id, Span span, String speaker) {
    }

    /** A person named in LitBank's entity layer ({@code PROP_PER}), as a span of the joined text. */
    record GoldName(Span span, String text) {
    }

    record Doc(String name, String text, List<GoldQuote> quotes, List<GoldName> names) {
    }

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "”", "’",
            "n't", "n’t", "'s", "’s", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'d", "’d", "'m", "’m", "...");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "“", "‘");

    private LitBankQuotations() {
    }

    /** {@return every document of {@code dir} (LitBank's root) that has quotations} */
    static List<Doc> read(Path dir) throws IOException {
        List<Doc> out = new ArrayList<>();
        List<Path> anns;
        try (Stream<Path> s = Files.list(dir.resolve("quotations"))) {
            anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        for (Path ann : anns) {
            List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
            if (lines.stream().noneMatch(l -> l.startsWith("QUOTE"))) continue;
            String name = ann.getFileName().toString().replace(".ann", ".txt");
            Path coref = dir.resolve("coref").resolve(name.replace(".txt", ".ann"));
            List<String> corefLines = Files.exists(coref) ? Files.readAllLines(coref, StandardCharsets.UTF_8) : List.of();
            out.add(read(name, Files.readAllLines(dir.resolve("coref").resolve(name), StandardCharsets.UTF_8), lines,
                    corefLines));
        }
        return out;
    }

    static Doc read(String name, List<String> sentences, List<String> annotations, List<String> coref) {
        StringBuilder text = new StringBuilder();
        List<int[]> original = new ArrayList<>(); // original start, original end, joined start, joined end
        int lineStart = 0;
        List<List<Span>> tokens = new ArrayList<>();
        boolean doubleOpen = false;
        boolean singleOpen = false;
        boolean glue = true; // no space before the next token
        for (String sentence : sentences) {
            String[] words = sentence.isBlank() ? new String[0] : sentence.strip().split(" +");
            List<Span> spans = new ArrayList<>();
            int cursor = 0;
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                String prev = i > 0 ? words[i - 1] : "";
                String next = i + 1 < words.length ? words[i + 1] : "";
                boolean spaceBefore = !glue;
                boolean spaceAfter = true;
                if (NO_SPACE_BEFORE.contains(w)) spaceBefore = false;
                if (NO_SPACE_AFTER.contains(w)) spaceAfter = false;
                if (w.equals("\"")) {
                    boolean open = i == 0 || i + 1 < words.length && !doubleOpen;
                    if (i + 1 == words.length && i > 0) open = false;
                    doubleOpen = open;
                    if (open) spaceAfter = false; else spaceBefore = false;
                } else if (w.equals("'") || w.equals("’")) {
                    boolean letters = !prev.isEmpty() && Character.isLetter(prev.charAt(prev.length() - 1))
                            && !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && next.length() <= 3;
                    boolean possessive = prev.endsWith("s") && !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                            && !singleOpen;
                    if (letters) {
                        spaceBefore = false;
                        spaceAfter = false;
                    } else if (possessive) {
                        spaceBefore = false;
                    } else if (w.equals("'") && !singleOpen && !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0))) {
                        singleOpen = true;
                        spaceAfter = false;
                    } else {
                        singleOpen = false;
                        spaceBefore = false;
                    }
                } else if (w.equals("‘")) {
                    singleOpen = true;
                }
                if (spaceBefore && text.length() > 0) text.append(' ');
                spans.add(Span.of(text.length(), text.length() + w.length()));
                int at = sentence.indexOf(w, cursor);
                cursor = at + w.length();
                original.add(new int[] {lineStart + at, lineStart + cursor, text.length(), text.length() + w.length()});
                text.append(w);
                glue = !spaceAfter;
            }
            tokens.add(spans);
            lineStart += sentence.length() + 1;
        }
        List<GoldQuote> quotes = new ArrayList<>();
        java.util.Map<String, String> speakers = new java.util.HashMap<>();
        for (String a : annotations) {
            String[] f = a.split("\t");
            if (f[0].equals("ATTRIB")) speakers.put(f[1], f[2].strip());
        }
        for (String a : annotations) {
            String[] f = a.split("\t");
            if (!f[0].equals("QUOTE")) continue;
            Span first = tokens.get(Integer.parseInt(f[2])).get(Integer.parseInt(f[3]));
            Span last = tokens.get(Integer.parseInt(f[4])).get(Integer.parseInt(f[5]));
            quotes.add(new GoldQuote(f[1], Span.of(first.start(), last.end()), speakers.getOrDefault(f[1], "")));
        }
        quotes.sort((x, y) -> x.span().compareTo(y.span()));
        List<GoldName> names = new ArrayList<>();
        for (String c : coref) {
            String[] f = c.split("\t");
            if (f.length < 3 || !f[0].startsWith("T") || !f[1].startsWith("PROP_PER ")) continue;
            String[] t = f[1].split(" ");
            int s = Integer.parseInt(t[1]), e = Integer.parseInt(t[2]);
            int js = -1, je = -1;
            for (int[] o : original) {
                if (js < 0 && o[1] > s) js = o[2];
                if (o[0] < e) je = o[3];
            }
            if (js >= 0 && je > js) names.add(new GoldName(Span.of(js, je), f[2]));
        }
        return new Doc(name, text.toString(), List.copyOf(quotes), List.copyOf(names));
    }
}
