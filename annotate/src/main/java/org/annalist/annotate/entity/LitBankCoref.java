package org.annalist.annotate.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Span;

/**
 * Reads LitBank's coreference annotation (brat {@code .ann} beside its {@code .txt}): a
 * mention line {@code T1<TAB>PROP_PER 69 84<TAB>Lord Chancellor} gives the mention's kind
 * (PROP, NOM, PRON) and category (PER, ORG, GPE, LOC, FAC, VEH); a line with the same offsets
 * and a chain label ({@code Lord_Chancellor-2}) puts it in that chain. A mention in no chain
 * is an entity of its own. Offsets are characters of the {@code .txt}.
 */
public final class LitBankCoref {

    private static final Pattern KIND = Pattern.compile("(PROP|NOM|PRON)_([A-Z]+)");

    private LitBankCoref() {
    }

    /**
     * {@return the gold entities of {@code ann}} keeping the mentions {@code keep} accepts,
     * given their kind and category ({@code ("PROP", "PER")})
     */
    public static List<CorefScore.GoldEntity> read(Path ann, BiPredicate<String, String> keep) throws IOException {
        Map<Span, String[]> kinds = new LinkedHashMap<>();
        Map<Span, String> chains = new HashMap<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            if (!line.startsWith("T")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2) throw new IOException("bad brat line in " + ann + ": " + line);
            String[] mid = cols[1].split(" ");
            if (mid.length != 3) continue; // discontinuous spans do not occur in LitBank coref
            Span span = Span.of(Integer.parseInt(mid[1]), Integer.parseInt(mid[2]));
            Matcher m = KIND.matcher(mid[0]);
            if (m.matches()) kinds.put(span, new String[] {m.group(1), m.group(2)});
            else chains.put(span, mid[0]);
        }
        Map<String, List<Span>> entities = new LinkedHashMap<>();
        kinds.forEach((span, kind) -> {
            if (!keep.test(kind[0], kind[1])) return;
            String id = chains.getOrDefault(span, "single@" + span.start() + "-" + span.end());
            entities.computeIfAbsent(id, k -> new ArrayList<>()).add(span);
        });
        List<CorefScore.GoldEntity> out = new ArrayList<>();
        entities.forEach((id, spans) -> out.add(new CorefScore.GoldEntity(id, spans)));
        return out;
    }
}
