package org.annalist.annotate.quote;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.annotate.entity.Titles;
import org.annalist.annotate.quote.EntityIndex.Gender;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.MentionKind;

/**
 * One speaker under two entities: where coreference left {@code Dunn} and {@code Ellen Dunn}
 * apart and both speak, their quotes are one speaker's. A speaker whose names' words are some
 * of one other speaker's ({@code Dunn} of {@code Ellen Dunn}; titles aside), of a gender that
 * does not contradict it, speaks as that one; a name that fits two fuller ones
 * ({@code Dunn}: {@code Ellen Dunn}, {@code Walter Dunn}) stays apart. Quotes grouped by
 * speaker (speaker B³) and a network of who spoke see one person.
 */
final class SpeakerNames {

    private static final Titles TITLES = Titles.standard();

    private SpeakerNames() {
    }

    /** {@return the attributions with each short-named speaker (and addressee) replaced by its fuller one} */
    static List<Attribution> joined(List<Attribution> attributions, EntityIndex index) {
        Set<String> speakers = new LinkedHashSet<>();
        for (Attribution a : attributions) a.speakerId().ifPresent(speakers::add);
        Map<String, Set<String>> words = new HashMap<>();
        for (String id : speakers) index.entity(id).ifPresent(e -> words.put(id, nameWords(e)));
        Map<String, String> fuller = new HashMap<>();
        for (String id : words.keySet()) {
            Set<String> own = words.get(id);
            if (own.isEmpty()) continue;
            String only = null;
            int found = 0;
            for (String other : words.keySet()) {
                Set<String> theirs = words.get(other);
                if (other.equals(id) || theirs.size() <= own.size() || !theirs.containsAll(own)) continue;
                Gender g = index.genderOfEntity(id), h = index.genderOfEntity(other);
                if (g != Gender.UNKNOWN && h != Gender.UNKNOWN && g != h) continue;
                only = other;
                found++;
            }
            if (found == 1) fuller.put(id, only);
        }
        if (fuller.isEmpty()) return attributions;
        return attributions.stream().map(a -> new Attribution(a.speakerId().map(id -> fuller.getOrDefault(id, id)),
                a.addresseeId().map(id -> fuller.getOrDefault(id, id)), a.cue())).toList();
    }

    /** The capitalised words of an entity's names, lower-cased, titles ({@code Mrs}, {@code Colonel}) left out. */
    static Set<String> nameWords(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : e.mentions()) {
            if (m.kind() != MentionKind.NAME) continue;
            for (String w : m.text().split("[^\\p{L}]+")) {
                if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) continue;
                String lower = w.toLowerCase(Locale.ROOT);
                if (TITLES.phrase(List.of(lower)).isEmpty()) out.add(lower);
            }
        }
        return out;
    }
}
