package org.annalist.annotate.comm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.annotate.Lexicons;
import org.annalist.annotate.Pronouns;
import org.annalist.annotate.Pronouns.Kind;
import org.annalist.annotate.entity.EntityStage;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.MentionKind;

/**
 * The comm stage's reading of coreference: a third-person pronoun the entity stage linked is
 * kept as a party only when its antecedent is sure, since a message with the wrong sender is
 * worse than none. A pronoun is sure when the mention of its entity just before it lies
 * within {@link #REACH} characters and no other party the pronoun could as well stand for is
 * named between them ("Marsh met Dunn at the ford, and he ordered …"). A paragraph break
 * alone does not make it unsure (a memoir's paragraphs open with "He" as often as not), nor
 * does an unsure pronoun before it in the chain (the resolver is right more often than not). The entity layer itself is not changed; only what
 * the comm stage reads.
 */
final class SureParties {

    /** how far back, in characters, the mention before a pronoun may lie: two or three sentences of a history */
    static final int REACH = 400;
    /** how far back the mention before an office or rank ("the President", "the emperor") may lie: a page */
    static final int TITLE_REACH = 2000;

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    private final Set<String> groupNouns;
    private final Set<String> offices;

    SureParties(Set<String> groupNouns, Set<String> offices) {
        this.groupNouns = Set.copyOf(groupNouns);
        this.offices = Set.copyOf(offices);
    }

    /** {@return the reading with the group nouns of the entity stage ("government", "senate", "rebels") and the offices of {@code offices.txt}} */
    static SureParties standard() {
        return new SureParties(new HashSet<>(Lexicons.firstColumn(EntityStage.class, "group-nouns.txt")),
                new HashSet<>(Lexicons.lines(SureParties.class, "offices.txt")));
    }

    /** {@return {@code entities} without the mentions that name a party unsurely in {@code text}} */
    Entities of(Entities entities, String text) {
        List<Named> named = new ArrayList<>();
        for (Entity e : entities.entities()) {
            Profile p = profile(e);
            for (Mention m : e.mentions()) {
                if (rival(m)) named.add(new Named(m.span().start(), m.span().end(), e, p));
            }
        }
        named.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        named = outermost(named);
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities.entities()) {
            List<Mention> kept = e.narrator() ? e.mentions() : sureMentions(e, named, text, offices).stream()
                    .filter(m -> !bodyOfPerson(m, e)).toList();
            out.add(kept.size() == e.mentions().size() ? e
                    : new Entity(e.id(), e.type(), e.name(), e.aliases(), e.roles(), kept, e.narrator()));
        }
        return new Entities(out);
    }

    /**
     * {@return the names and descriptions that no longer one holds}: "Hale" in "the Hale
     * ministry" modifies a party, it is no rival antecedent (sorted by start, longest first)
     */
    private static List<Named> outermost(List<Named> sorted) {
        List<Named> out = new ArrayList<>();
        int reach = -1;
        for (Named n : sorted) {
            if (n.end <= reach) continue;
            out.add(n);
            reach = n.end;
        }
        return out;
    }

    /**
     * {@return true when {@code m} could draw a pronoun from its own antecedent}: a name or a
     * definite description ("the envoy"); not an indefinite one ("the tone of a judge") or a
     * bare noun ("his master's death"), which names no one a pronoun would take up
     */
    private static boolean rival(Mention m) {
        if (m.kind() == MentionKind.NAME) return true;
        if (m.kind() != MentionKind.NOMINAL) return false;
        String first = m.text().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return DEFINITE.contains(first);
    }

    /** a name or description, which a pronoun may have as antecedent or competitor */
    private record Named(int start, int end, Entity entity, Profile profile) {
    }

    /** {@return true when {@code m} describes a body ("the senate") and {@code e} is a person known by name} */
    private boolean bodyOfPerson(Mention m, Entity e) {
        if (m.kind() != MentionKind.NOMINAL || e.type() != EntityType.PERSON) return false;
        String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        return groupNouns.contains(words[words.length - 1])
                && e.mentions().stream().anyMatch(n -> n.kind() == MentionKind.NAME);
    }

    /** which pronouns the entity stage gave an entity anywhere: what the entity is taken for */
    private record Profile(boolean male, boolean female, boolean plural, boolean neuter) {
    }

    private static Profile profile(Entity e) {
        boolean male = false, female = false, plural = false, neuter = false;
        for (Mention m : e.mentions()) {
            if (m.kind() != MentionKind.PRONOUN) continue;
            Kind k = Pronouns.kind(m.text()).orElse(null);
            male |= k == Kind.MALE;
            female |= k == Kind.FEMALE;
            plural |= k == Kind.PLURAL;
            neuter |= k == Kind.NEUTER;
        }
        return new Profile(male, female, plural, neuter);
    }

    /**
     * {@return the mentions of {@code e} in order, each pronoun kept only when the one before it is
     * near with no rival between}; a person's office or rank ("the President", "the emperor") is
     * kept only when a chain of mentions each within {@link #TITLE_REACH} of the one before leads
     * back to the person's name (or, for one never named, to the first mention): the office passes
     * from one holder to the next, and a distant "the emperor" is the holder of its own pages. A
     * pronoun taking up an office kept out is kept out too.
     */
    private static List<Mention> sureMentions(Entity e, List<Named> named, String text, Set<String> offices) {
        List<Mention> out = new ArrayList<>();
        Mention prev = null;
        boolean anchored = true;
        boolean person = e.type() == EntityType.PERSON;
        for (Mention m : e.mentions()) {
            Kind kind = Pronouns.kind(m.text()).orElse(null);
            boolean office = person && office(m, offices);
            if (m.kind() == MentionKind.NAME) anchored = true;
            else if (office) anchored = prev == null || anchored && m.span().start() - prev.span().end() <= TITLE_REACH;
            boolean sure = m.kind() != MentionKind.PRONOUN || kind == null
                    || prev != null && near(prev, m) && !competitor(kind, e, prev, m, named, text);
            if (sure && (anchored || !office && m.kind() != MentionKind.PRONOUN)) out.add(m);
            prev = m;
        }
        return out;
    }

    /** {@return true when {@code m} is a definite description by an office: "the President", "the old emperor"} */
    private static boolean office(Mention m, Set<String> offices) {
        if (m.kind() != MentionKind.NOMINAL) return false;
        String[] words = m.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length > 1 && DEFINITE.contains(words[0]) && offices.contains(words[words.length - 1]);
    }

    private static boolean near(Mention prev, Mention m) {
        return m.span().start() - prev.span().end() <= REACH;
    }

    /** {@return true when another party the pronoun could stand for is named between {@code prev} and {@code m}} */
    private static boolean competitor(Kind kind, Entity e, Mention prev, Mention m, List<Named> named, String text) {
        int from = prev.span().end(), to = m.span().start();
        boolean object = Pronouns.object(m.text());
        for (int i = firstFrom(named, from); i < named.size() && named.get(i).start < to; i++) {
            Named other = named.get(i);
            if (other.entity == e || other.end > to || !couldBe(kind, other)) continue;
            // "Marsh sent Hale's letter on and ordered him": a possessor is seldom what a pronoun takes up
            if (possessor(text, other.end)) continue;
            // "Dunn ordered him": the subject of the verb whose object the pronoun is cannot be its antecedent
            if (object && subjectOfVerbBefore(text, other.end, to)) continue;
            return true;
        }
        return false;
    }

    /** {@return true when the name ending at {@code end} is in the genitive: "Hale's", "Rhodes'"} */
    private static boolean possessor(String text, int end) {
        if (end >= text.length() || text.charAt(end) != '\'' && text.charAt(end) != '\u2019') return false;
        boolean s = end + 1 < text.length() && text.charAt(end + 1) == 's';
        int after = end + (s ? 2 : 1);
        return (after >= text.length() || !Character.isLetter(text.charAt(after))) && (s || text.charAt(end - 1) == 's');
    }

    /**
     * {@return true when between {@code from} and {@code to} stand only a verb and its auxiliaries or
     * adverbs}: at most three words, no punctuation ("Dunn had already ordered him")
     */
    private static boolean subjectOfVerbBefore(String text, int from, int to) {
        String between = text.substring(from, to).strip();
        if (between.isEmpty() || !between.chars().allMatch(c -> Character.isLetter(c) || Character.isWhitespace(c))) {
            return false;
        }
        return between.split("\\s+").length <= 3;
    }

    /** {@return true when the pronoun could as well stand for {@code other}}: a person of its gender, a group it is said of */
    private static boolean couldBe(Kind kind, Named other) {
        EntityType t = other.entity.type();
        Profile p = other.profile;
        return switch (kind) {
            case MALE -> t == EntityType.PERSON && !((p.female || p.plural) && !p.male);
            case FEMALE -> t == EntityType.PERSON && !((p.male || p.plural) && !p.female);
            case PLURAL -> p.plural && t != EntityType.LOC && t != EntityType.FAC;
            case NEUTER -> p.neuter && t != EntityType.LOC && t != EntityType.FAC;
        };
    }

    /** {@return the index of the first name or description starting at or after {@code at}} */
    private static int firstFrom(List<Named> named, int at) {
        int lo = 0, hi = named.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (named.get(mid).start < at) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

}
