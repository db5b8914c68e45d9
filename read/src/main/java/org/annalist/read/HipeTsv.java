package org.annalist.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.model.Span;

/**
 * Parses the CLEF-HIPE-2020 TSV format (one token a line, IOB columns, {@code # key = value}
 * comments) into its documents: each {@code # document_id = …} starts one, whose text is
 * rebuilt from its tokens (a space between tokens, none after a token whose MISC column says
 * {@code NoSpaceAfter}, a line break after one that says {@code EndOfLine}), with the
 * literal coarse named entities ({@code NE-COARSE-LIT}) as spans of that text and their
 * literal Wikidata links ({@code NEL-LIT}).
 *
 * <p>A comment line has no tab ({@code # language = en}); a token that is a {@code #} is a
 * line with columns, as any other token.
 */
public final class HipeTsv {

    /** The columns this parser needs, by their header names. */
    private static final String TOKEN = "TOKEN";
    private static final String COARSE = "NE-COARSE-LIT";
    private static final String LINK = "NEL-LIT";
    private static final String MISC = "MISC";

    /**
     * One named entity of a HIPE document.
     *
     * @param span the characters of the rebuilt text, first token to last
     * @param type the coarse type, e.g. {@code pers}, {@code loc}, {@code org}, {@code prod}, {@code time}
     * @param link the Wikidata id ({@code Q84}), {@code NIL} when the entity has none, or "" when not linked
     */
    public record Mention(Span span, String type, String link) {
        public Mention {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(link, "link");
        }
    }

    /**
     * One HIPE document.
     *
     * @param id       its {@code document_id}
     * @param metadata the comments before its first token ({@code language}, {@code date}, …), in file order
     * @param text     the text rebuilt from its tokens
     * @param mentions its literal coarse named entities, in text order
     */
    public record Document(String id, Map<String, String> metadata, String text, List<Mention> mentions) {
        public Document {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            metadata = Map.copyOf(metadata);
            mentions = List.copyOf(mentions);
        }
    }

    private HipeTsv() {
    }

    /** {@return whether {@code head} (a file's first characters) opens with a HIPE header line} */
    public static boolean looksLikeHipe(String head) {
        String first = head.lines().findFirst().orElse("").strip();
        return first.startsWith(TOKEN + "\t") && first.contains("\t" + COARSE + "\t");
    }

    /**
     * {@return the documents of {@code tsv}, in file order}
     *
     * @throws IllegalArgumentException when the header lacks a needed column, a token line
     *                                  comes before any {@code document_id}, or a line has too
     *                                  few columns (with its line number)
     */
    public static List<Document> parse(String tsv) {
        List<String> lines = tsv.lines().toList();
        if (lines.isEmpty()) return List.of();
        List<String> header = List.of(lines.get(0).strip().split("\t"));
        int token = column(header, TOKEN);
        int coarse = column(header, COARSE);
        int link = column(header, LINK);
        int misc = column(header, MISC);
        List<Document> out = new ArrayList<>();
        Builder doc = null;
        Map<String, String> pending = new LinkedHashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) continue;
            if (line.startsWith("#") && line.indexOf('\t') < 0) {
                int eq = line.indexOf('=');
                if (eq < 0) continue;
                String key = line.substring(1, eq).strip();
                String value = line.substring(eq + 1).strip();
                if (key.equals("document_id")) {
                    if (doc != null) out.add(doc.build());
                    doc = new Builder(value, pending);
                    pending = new LinkedHashMap<>();
                } else if (doc != null && !doc.started()) {
                    doc.metadata.put(key, value);
                } else {
                    pending.put(key, value);
                }
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < header.size()) {
                throw new IllegalArgumentException("HIPE line " + (n + 1) + " has " + cols.length + " columns, the header "
                        + header.size() + ": " + line);
            }
            if (doc == null) throw new IllegalArgumentException("HIPE line " + (n + 1) + " comes before any document_id");
            doc.add(cols[token], cols[coarse], cols[link], Set.of(cols[misc].split("\\|")));
        }
        if (doc != null) out.add(doc.build());
        return List.copyOf(out);
    }

    private static int column(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("HIPE header lacks the column " + name + ": " + header);
        return i;
    }

    /** Gathers one document's text and entities, token by token. */
    private static final class Builder {
        private final String id;
        private final Map<String, String> metadata;
        private final StringBuilder text = new StringBuilder();
        private final List<Mention> mentions = new ArrayList<>();
        private String separator = "";
        private int openStart = -1;
        private int openEnd;
        private String openType = "";
        private String openLink = "";
        private boolean started;

        Builder(String id, Map<String, String> metadata) {
            this.id = id;
            this.metadata = new LinkedHashMap<>(metadata);
            this.metadata.put("document_id", id);
        }

        boolean started() {
            return started;
        }

        void add(String token, String coarse, String link, Set<String> misc) {
            started = true;
            text.append(separator);
            int start = text.length();
            text.append(token);
            int end = text.length();
            separator = misc.contains("EndOfLine") ? "\n" : misc.contains("NoSpaceAfter") ? "" : " ";
            boolean inside = coarse.startsWith("I-") && openStart >= 0 && coarse.substring(2).equals(openType);
            if (inside) {
                openEnd = end;
                return;
            }
            close();
            if (coarse.startsWith("B-") || coarse.startsWith("I-")) {
                openStart = start;
                openEnd = end;
                openType = coarse.substring(2);
                openLink = link.equals("_") ? "" : link;
            }
        }

        private void close() {
            if (openStart >= 0) mentions.add(new Mention(Span.of(openStart, openEnd), openType, openLink));
            openStart = -1;
        }

        Document build() {
            close();
            return new Document(id, metadata, text.toString(), mentions);
        }
    }
}
