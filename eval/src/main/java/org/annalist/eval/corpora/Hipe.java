package org.annalist.eval.corpora;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.annalist.eval.gold.GoldDocument;
import org.annalist.eval.gold.GoldEntity;
import org.annalist.eval.gold.GoldMention;
import org.annalist.read.HipeTsv;

/**
 * CLEF-HIPE-2020 TSV as annalist-gold/1 documents, one per HIPE document, named by its
 * {@code document_id} (as {@code annalist extract} names the documents it reads from the
 * same file), offsets into the text {@link HipeTsv} rebuilds from the tokens.
 *
 * <p>The literal coarse entities of the types annalist finds count: {@code pers} (PERSON),
 * {@code org} (ORG) and {@code loc} (LOC); {@code prod} (newspapers, works) and {@code time}
 * are left out. Mentions linked to the same Wikidata id ({@code NEL-LIT}) are one entity, its
 * id the Wikidata id; a mention linked to {@code NIL} or not linked is an entity of its own
 * ({@code nil@START-END}).
 */
public final class Hipe {

    private static final Map<String, String> TYPES = Map.of("pers", "PERSON", "org", "ORG", "loc", "LOC");
    private static final Pattern WIKIDATA = Pattern.compile("Q[0-9]+");

    private Hipe() {
    }

    /** {@return whether {@code file} is a HIPE TSV file (by its header line)} */
    public static boolean isHipe(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return false;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return HipeTsv.looksLikeHipe(lines.findFirst().orElse(""));
        }
    }

    /** {@return the gold documents of the HIPE TSV file {@code tsv}, keyed by document_id, in file order} */
    public static Map<String, GoldDocument> load(Path tsv) throws IOException {
        List<HipeTsv.Document> docs;
        try {
            docs = HipeTsv.parse(Files.readString(tsv, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(tsv + ": " + e.getMessage(), e);
        }
        Map<String, GoldDocument> out = new LinkedHashMap<>();
        for (HipeTsv.Document d : docs) out.put(d.id(), gold(d));
        return out;
    }

    /** {@return one HIPE document as gold}: its pers, org and loc entities, grouped by Wikidata id */
    public static GoldDocument gold(HipeTsv.Document doc) {
        Map<String, List<GoldMention>> byId = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (HipeTsv.Mention m : doc.mentions()) {
            String type = TYPES.get(m.type());
            if (type == null) continue;
            String id = WIKIDATA.matcher(m.link()).matches() ? m.link()
                    : "nil@" + m.span().start() + "-" + m.span().end();
            byId.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new GoldMention(m.span().start(), m.span().end(), doc.text().substring(m.span().start(), m.span().end())));
            types.putIfAbsent(id, type);
        }
        List<GoldEntity> entities = new ArrayList<>();
        byId.forEach((id, mentions) -> entities.add(new GoldEntity(id, types.get(id), mentions.get(0).text(), mentions)));
        GoldDocument d = GoldDocument.empty(doc.id()).withChars(doc.text().length()).withText(doc.text())
                .withEntities(entities);
        String date = doc.metadata().get("date");
        return date == null ? d : new GoldDocument(d.format(), d.document(), date, d.chars(), d.timexes(), d.notes(),
                d.quotes(), d.entities(), d.communications(), d.claims(), d.headings(), d.transcriptTurns(), d.hedges(),
                d.text());
    }
}
