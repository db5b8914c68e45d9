package org.annalist.annotate.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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

    /** The role of a document's narrator. */
    static final String NARRATOR_ROLE = "narrator";

    private final EntityType firstType;
    private final List<Candidate> mentions = new ArrayList<>();
    private final Set<String> roles = new LinkedHashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<List<String>> givenNames = new LinkedHashSet<>();
    private final Set<String> keys = new HashSet<>();
    private final Set<String> keyInitials = new HashSet<>();
    private static final EntityType[] TYPES = EntityType.values();
    private final int[] votes = new int[TYPES.length];
    private EntityType type;
    private Gender gender = Gender.UNKNOWN;
    private String narratorName = "";

    Chain(Candidate first) {
        this.firstType = first.type();
        this.type = firstType;
        add(first);
    }

    void add(Candidate c) {
        mentions.add(c);
        roles.addAll(c.roles());
        if (gender == Gender.UNKNOWN) gender = c.gender();
        if (c.kind() == MentionKind.NAME) {
            votes[c.type().ordinal()]++;
            type = vote();
            surnames.add(c.surname().toLowerCase(Locale.ROOT));
            List<String> given = NameVariants.givenNames(c.name());
            if (!given.isEmpty()) givenNames.add(given);
        }
    }

    /** Takes in the mentions and roles of {@code other}, kept in text order. */
    void absorb(Chain other) {
        for (Candidate c : other.mentions) add(c);
        mentions.sort(java.util.Comparator.comparing(Candidate::span));
        roles.addAll(other.roles);
    }

    /**
     * Marks it as the narrator, named {@code name} when it has no name of its own; the role
     * {@code narrator} carries the mark to the store, the exports and the reader.
     */
    void narrate(String name) {
        narratorName = name;
        roles.add(NARRATOR_ROLE);
    }

    /** {@return true when it is the document's narrator} */
    boolean narrator() {
        return !narratorName.isEmpty();
    }

    /** {@return the narrator's name from the document's metadata}, or empty when not the narrator */
    String narratorName() {
        return narratorName;
    }

    /** Adds {@code role} to its titles and offices. */
    void addRole(String role) {
        roles.add(role);
    }

    /** Records {@code key} as one of the keys its names go by ({@link NameVariants#key}). */
    void addKey(String key) {
        if (!keys.add(key)) return;
        String initials = NameVariants.initialsOfKey(key);
        if (!initials.isEmpty()) keyInitials.add(initials);
        String withLinks = NameVariants.initialsWithLinksOfKey(key);
        if (!withLinks.isEmpty()) keyInitials.add(withLinks);
    }

    /** {@return the keys of its names} */
    Set<String> keys() {
        return Collections.unmodifiableSet(keys);
    }

    /** {@return the initials of its keys of two or more words}: {@code cpsu} for {@code communist party soviet union} */
    Set<String> keyInitials() {
        return Collections.unmodifiableSet(keyInitials);
    }

    /** {@return the last words of its names}, lower case */
    Set<String> surnames() {
        return Collections.unmodifiableSet(surnames);
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
        return type;
    }

    private EntityType vote() {
        EntityType best = firstType;
        for (EntityType t : TYPES) if (votes[t.ordinal()] > votes[best.ordinal()]) best = t;
        return best;
    }

    /** {@return the given names its full names carry}, lower case; empty when only a surname was seen */
    Set<List<String>> givenNames() {
        return Collections.unmodifiableSet(givenNames);
    }

    /** {@return the sentence of its latest mention} */
    int lastSentence(TokenIndex idx) {
        return idx.sentence(mentions.get(mentions.size() - 1).first());
    }
}
