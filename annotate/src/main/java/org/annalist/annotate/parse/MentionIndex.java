package org.annalist.annotate.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Token;

/**
 * Every entity mention of a document, sorted by offset, so a sentence can ask which entity
 * each of its tokens belongs to.
 */
public final class MentionIndex {

    /** A mention and its entity. */
    public record Owned(Mention mention, Entity entity) {
    }

    /**
     * How many characters of text one mention of a narrator who takes part in the story may
     * stand for: a memoir says "I" every few sentences (Grant: one in 350 characters), a
     * history's author now and then in an aside (Carlyle: one in 19,000)
     */
    static final int PROTAGONIST_SPACING = 2_000;

    private final List<Owned> sorted;
    private final Optional<Entity> narrator;
    private final Optional<Entity> author;

    public MentionIndex(Entities entities) {
        this(entities, 0);
    }

    /**
     * The mentions of a text of {@code length} characters; its narrator is a party to what
     * happens only when the narrator is its protagonist, one mention at least every
     * {@link #PROTAGONIST_SPACING} characters, else the author's asides to the reader
     * ("as we often urge") are no one's acts
     */
    public MentionIndex(Entities entities, int length) {
        List<Owned> all = new ArrayList<>();
        for (Entity e : entities.entities()) {
            for (Mention m : e.mentions()) all.add(new Owned(m, e));
        }
        all.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
        this.sorted = List.copyOf(all);
        Optional<Entity> flagged = entities.entities().stream().filter(Entity::narrator).findFirst();
        boolean protagonist = flagged.map(e -> (long) e.mentions().size() * PROTAGONIST_SPACING >= length).orElse(false);
        this.narrator = protagonist ? flagged : Optional.empty();
        this.author = protagonist ? Optional.empty() : flagged;
    }

    /** {@return the narrator of a text that is not a memoir}: an author whose "I" and "we" take no part in the story */
    public Optional<Entity> author() {
        return author;
    }

    /** {@return the document's narrator}, when it has one who takes part in what it tells */
    public Optional<Entity> narrator() {
        return narrator;
    }

    /** {@return the mentions lying wholly inside {@code span}, in order} */
    public List<Owned> inside(Span span) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).mention().span().start() < span.start()) lo = mid + 1;
            else hi = mid;
        }
        List<Owned> out = new ArrayList<>();
        for (int k = lo; k < sorted.size() && sorted.get(k).mention().span().start() < span.end(); k++) {
            if (span.contains(sorted.get(k).mention().span())) out.add(sorted.get(k));
        }
        return out;
    }

    /**
     * {@return for each token of {@code sentence}, the mention covering it}: the shortest
     * where mentions nest ("the Japanese troops" holds the name "Japanese"), null where none does
     */
    public Owned[] byToken(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        Owned[] out = new Owned[tokens.size()];
        for (Owned o : inside(sentence.span())) {
            Span m = o.mention().span();
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).span().overlaps(m)) continue;
                if (out[i] == null || out[i].mention().span().length() > m.length()) out[i] = o;
            }
        }
        return out;
    }

    /** {@return true when the entity names a place rather than an actor} */
    public static boolean place(EntityType type) {
        return type == EntityType.LOC || type == EntityType.FAC;
    }
}
