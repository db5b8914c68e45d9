package org.annalist.annotate.comm;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.layer.Channel;
import org.annalist.model.layer.SpeechAct;

/**
 * One line of the speech-act lexicon ({@code speech-acts.txt}).
 *
 * @param lemma     the word's lemma, lower case
 * @param part      what part of speech it is read as
 * @param act       the act it reports; empty for a {@link Part#MEDIUM}
 * @param addressee where its addressee stands (see {@link Slot})
 * @param use       when it reports a message
 * @param channel   the channel it implies, when it implies one
 * @param needs     words of which one must stand among its dependents, their prepositions
 *                  or its governing verb; empty when the word stands alone
 */
record SpeechActEntry(String lemma, Part part, Optional<SpeechAct> act, Set<Slot> addressee, Use use,
        Optional<Channel> channel, Set<String> needs) {

    /** How the word is read: a verb, a noun, an adjective, or a noun that only names a medium. */
    enum Part {
        VERB, NOUN, ADJ, MEDIUM;

        /** {@return how a word with the Penn tag {@code tag} is read}: a verb, a noun or an adjective; a medium never */
        static Optional<Part> ofTag(String tag) {
            if (tag.startsWith("VB")) return Optional.of(VERB);
            if (tag.startsWith("NN")) return Optional.of(NOUN);
            if (tag.startsWith("JJ")) return Optional.of(ADJ);
            return Optional.empty();
        }
    }

    /** When the word reports a message. */
    enum Use {
        /** always, though no one is addressed ("proclaimed") */
        PUBLIC,
        /** only with an addressee or a channel ("boasted to X", "radioed that") */
        ADDRESSED,
        /** the subject received it; the sender stands after "from" */
        RECEIVE,
        /** only when it answers a message ("refused his request") */
        ANSWER
    }

    /** Where an addressee stands. */
    enum Slot {
        OBJ, IOBJ, CLAUSE, AUTHOR, TO, WITH, FROM, OF, ON, AGAINST, THROUGH, AT, BEFORE, UPON, BETWEEN;

        /** {@return the preposition this slot names}, empty for the grammatical slots */
        Optional<String> preposition() {
            return switch (this) {
                case OBJ, IOBJ, CLAUSE, AUTHOR -> Optional.empty();
                default -> Optional.of(name().toLowerCase(java.util.Locale.ROOT));
            };
        }
    }

    SpeechActEntry {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(act, "act");
        addressee = Set.copyOf(addressee);
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(channel, "channel");
        needs = Set.copyOf(needs);
        if (lemma.isBlank()) throw new IllegalArgumentException("entry without a word");
        if (act.isEmpty() != (part == Part.MEDIUM)) {
            throw new IllegalArgumentException("'" + lemma + "': a medium has no act, every other word has one");
        }
    }

    /** {@return the prepositions of the addressee slots} */
    Set<String> prepositions() {
        return addressee.stream().map(Slot::preposition).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
