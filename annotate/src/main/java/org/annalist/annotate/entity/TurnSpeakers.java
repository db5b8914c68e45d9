package org.annalist.annotate.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Stage;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Mention;

/**
 * Entities for the speakers of transcript turns: one PERSON per distinct label
 * ({@code STALIN:} twice is one entity), each label a mention.
 *
 * <p>Reads: the structure's transcript turns. Writes: {@link Entities}.
 */
public final class TurnSpeakers implements Stage<Entities> {

    @Override
    public String name() {
        return "turn-speakers";
    }

    @Override
    public Class<Entities> produces() {
        return Entities.class;
    }

    @Override
    public Set<Class<? extends Layer>> reads() {
        return Set.of();
    }

    @Override
    public Entities annotate(AnnotatedText text) {
        Map<String, List<TranscriptTurn>> bySpeaker = new LinkedHashMap<>();
        for (TranscriptTurn turn : text.structure().turns()) {
            bySpeaker.computeIfAbsent(idOf(turn.speaker()), k -> new ArrayList<>()).add(turn);
        }
        List<Entity> entities = new ArrayList<>();
        bySpeaker.forEach((id, turns) -> {
            List<Mention> mentions = turns.stream()
                    .map(t -> new Mention(t.label(), text.source().slice(t.label())))
                    .toList();
            entities.add(new Entity(id, EntityType.PERSON, turns.get(0).speaker(), List.of(), mentions));
        });
        return new Entities(entities);
    }

    /** {@return an id made of the name's letters and digits}: {@code Mr. Smith} → {@code mr_smith} */
    static String idOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
        return id.isEmpty() ? "speaker" : id;
    }
}
