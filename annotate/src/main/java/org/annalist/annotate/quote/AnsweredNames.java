package org.annalist.annotate.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.quote.EntityIndex.Gender;
import org.annalist.model.Span;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.MentionKind;

/**
 * A speaker known only by a description, or as the narrator's {@code I}, who answers to a
 * name: {@code “Good night, Marsh,” said the carter.⏎“Good night,” said the old man.} — the
 * old man is Marsh. Where one turn addresses a named person and the turn next to it is
 * spoken by someone the text has not named ({@code the old man}, {@code I}), that someone is
 * the person addressed; and where a turn by someone unnamed is answered with a name
 * ({@code “Where to?” asked the stranger.⏎“Home, Mr Varga.”}), the name is the stranger's.
 * Two turns are adjacent when the second opens a new line with no more than the first's
 * reporting clause between, and their speakers differ. The join is prudent: the unnamed
 * speaker must answer to one name only (the narrator, who takes part in every scene, twice),
 * its gender must not contradict the name's, and the two must never speak in adjacent turns
 * to each other (then they are two people talking). Named speakers are never joined to one
 * another, and the entities layer is left as it is.
 * Quotes grouped by speaker (speaker B³) then see one person.
 */
final class AnsweredNames {

    /** How far apart, in characters, two quotes may be and still be adjacent turns of one exchange. */
    static final int TURN_GAP = 250;

    private AnsweredNames() {
    }

    /** {@return the attributions with each unnamed speaker (and addressee) who answers to one name replaced by that name's entity} */
    static List<Attribution> joined(String text, List<Attribution> attributions, List<FoundQuote> speech, EntityIndex index) {
        Map<String, Map<String, Integer>> answersTo = new HashMap<>();
        Set<String> talkTogether = new HashSet<>();
        for (int k = 0; k + 1 < speech.size(); k++) {
            Span a = speech.get(k).span(), b = speech.get(k + 1).span();
            if (b.start() - a.end() > TURN_GAP) continue;
            Attribution first = attributions.get(k), second = attributions.get(k + 1);
            if (first.speakerId().isPresent() && second.speakerId().isPresent()) {
                talkTogether.add(first.speakerId().get() + "\u0000" + second.speakerId().get());
                talkTogether.add(second.speakerId().get() + "\u0000" + first.speakerId().get());
            }
            // two people's turns: a new line, and two speakers (a speaker going on may name the one addressed)
            if (!adjacentTurns(text, a, b) || first.speakerId().equals(second.speakerId())) continue;
            vote(first.addresseeId(), second, first.speakerId(), index, answersTo);
            vote(second.addresseeId(), first, second.speakerId(), index, answersTo);
        }
        Map<String, String> named = new HashMap<>();
        answersTo.forEach((unnamed, names) -> {
            if (names.size() != 1) return;
            String name = names.keySet().iterator().next();
            // the narrator takes part in every scene: a name once answered may be meant for another
            if (index.firstPerson(unnamed) && names.get(name) < 2) return;
            if (talkTogether.contains(unnamed + "\u0000" + name)) return;
            Gender g = index.genderOfEntity(unnamed), h = index.genderOfEntity(name);
            if (g != Gender.UNKNOWN && h != Gender.UNKNOWN && g != h) return;
            named.put(unnamed, name);
        });
        if (named.isEmpty()) return attributions;
        return attributions.stream().map(a -> new Attribution(a.speakerId().map(id -> named.getOrDefault(id, id)),
                a.addresseeId().map(id -> named.getOrDefault(id, id)), a.cue())).toList();
    }

    /** Records that {@code speaker}, when unnamed, answers to {@code addressed}, when named and not the one speaking to it. */
    private static void vote(Optional<String> addressed, Attribution answer, Optional<String> addresser,
                             EntityIndex index, Map<String, Map<String, Integer>> answersTo) {
        Optional<String> speaker = answer.speakerId();
        if (addressed.isEmpty() || speaker.isEmpty() || addresser.isEmpty() || addressed.equals(speaker)
                || addressed.equals(addresser)) {
            return;
        }
        if (!isNamedPerson(index, addressed.get()) || isNamedPerson(index, speaker.get())) return;
        if (index.entity(speaker.get()).map(e -> e.type() != EntityType.PERSON).orElse(true)) return;
        answersTo.computeIfAbsent(speaker.get(), id -> new HashMap<>()).merge(addressed.get(), 1, Integer::sum);
    }

    /**
     * {@return true when quote {@code b} opens a new line or paragraph after {@code a} with at most
     * {@code a}'s reporting clause between} ({@code “…,” said Hale.⏎“…”}): a line of narrative
     * between may turn to someone else
     */
    static boolean adjacentTurns(String text, Span a, Span b) {
        if (b.start() < a.end()) return false; // a quotation inside another (Gibbon's quoted sources) is no turn
        String between = text.substring(a.end(), b.start());
        if (!between.contains("\n")) return false;
        int lines = 0;
        for (String line : between.split("\n")) if (!line.isBlank()) lines++;
        return lines == 0 || lines == 1 && !between.substring(0, between.indexOf('\n')).isBlank()
                && Word.in(text, a.end(), b.start()).size() <= CUE_WORDS;
    }

    /** The longest reporting clause between two turns, in words. */
    static final int CUE_WORDS = 12;

    private static boolean isNamedPerson(EntityIndex index, String id) {
        Optional<Entity> e = index.entity(id);
        return e.isPresent() && e.get().type() == EntityType.PERSON
                && e.get().mentions().stream().anyMatch(m -> m.kind() == MentionKind.NAME);
    }
}
