package org.annalist.annotate.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.MentionKind;

/**
 * The mentions linked so far to one entity, while one document is being read. Mutable, and
 * confined to one {@link EntityStage#annotate} call.
 */
final class Chain {

    private final EntityType firstType;
    private final List<Candidate> mentions = new ArrayList<>();
    private final Set<String> roles = new LinkedHashSet<>();
    private Gender gender = Gender.UNKNOWN;

    Chain(Candidate first) {
        this.firstType = first.type();
        add(first);
    }

    void add(Candidate c) {
        mentions.add(c);
        roles.addAll(c.roles());
        if (gender == Gender.UNKNOWN) gender = c.gender();
    }

    List<Candidate> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    Set<String> roles() {
        return Collections.unmodifiableSet(roles);
    }

    Gender gender() {
        return gender;
    }

    boolean person() {
        return type() == EntityType.PERSON;
    }

    /** {@return the type most of its names carry}; the first name's type breaks a tie */
    EntityType type() {
        int[] votes = new int[EntityType.values().length];
        for (Candidate c : mentions) if (c.kind() == MentionKind.NAME) votes[c.type().ordinal()]++;
        EntityType best = firstType;
        for (EntityType t : EntityType.values()) if (votes[t.ordinal()] > votes[best.ordinal()]) best = t;
        return best;
    }

    /** {@return the given names its full names carry}, lower case; empty when only a surname was seen */
    Set<List<String>> givenNames() {
        Set<List<String>> out = new LinkedHashSet<>();
        for (Candidate c : mentions) {
            if (c.kind() == MentionKind.NAME && c.name().size() > 1) {
                out.add(c.name().subList(0, c.name().size() - 1).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
            }
        }
        return out;
    }

    /** {@return the sentence of its latest mention} */
    int lastSentence(TokenIndex idx) {
        return idx.sentence(mentions.get(mentions.size() - 1).first());
    }
}
