package org.annalist.annotate.entity;

import org.annalist.annotate.Pronouns;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Stage;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Metonymy;
import org.annalist.model.layer.Names;
import org.annalist.model.layer.Tokens;

/**
 * People, organisations and places of one document, with coreference.
 *
 * <p>Reads {@link Tokens} and {@link Names} and the structure's transcript turns; writes
 * {@link Entities}. Names are cleaned for history prose ({@link NameCleaner}: titles
 * become roles, editorial brackets give full names, nationality adjectives are dropped,
 * types corrected); a name the finder found once is also found where it missed it; a
 * transcript label ({@code STALIN:}) is a mention of its speaker. Mentions are then read in
 * text order and linked: names to earlier variants ({@link NameVariants}), title and
 * epithet phrases ({@link Nominals}) and group phrases ({@link GroupNominals}: the rebels,
 * the Republican government) by {@link Appositions} ({@code X, the deputy head,})
 * or {@link EpithetResolver}, pronouns by {@link PronounResolver}; in a transcript turn,
 * {@code I}, {@code me}, {@code my} are its speaker; outside turns, quotations and block quotes
 * they are the {@link Narrator}, one person flagged {@code narrator} and named by the
 * document's author (joined to the author's own name when the text names them, else
 * {@code the narrator}). Two different named people never
 * share an entity; a link that is not sure is not made. Unlinked pronouns are dropped; unlinked nominals are entities
 * of their own. Mention spans leave out a possessive {@code ’s}, and a nominal's span its
 * possessive word, a mention of the possessor ({@code his [uncle]}); the entity's name keeps it. Entities come in order of
 * first mention.
 */
public final class EntityStage implements Stage<Entities> {

    /** First-person pronouns: in a transcript turn they are its speaker. */

    private final NameMentions nameMentions;
    private final Nominals nominals;
    private final GroupNominals groups;
    private final NameVariants variants;
    private final EpithetResolver epithets = new EpithetResolver();
    private final PronounResolver pronouns = new PronounResolver();
    private final GroupPronouns groupPronouns = new GroupPronouns();
    private final Narrator narrator = new Narrator(GivenNames.standard());

    public EntityStage(Titles titles, Gazetteer gazetteer) {
        Objects.requireNonNull(titles, "titles");
        Objects.requireNonNull(gazetteer, "gazetteer");
        this.nameMentions = new NameMentions(titles, gazetteer);
        this.nominals = new Nominals(titles);
        this.groups = GroupNominals.standard(gazetteer);
        this.variants = new NameVariants(gazetteer);
    }

    /** A stage with the standard lexicons. */
    public EntityStage() {
        this(Titles.standard(), Gazetteer.standard());
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Class<Entities> produces() {
        return Entities.class;
    }

    @Override
    public Set<Class<? extends Layer>> reads() {
        return Set.of(Tokens.class, Names.class);
    }

    @Override
    public Entities annotate(AnnotatedText text) {
        TokenIndex idx = new TokenIndex(text.layer(Tokens.class), text.source().text());
        List<Candidate> names = nameMentions.find(text, idx);
        BitSet personTokens = new BitSet();
        for (Candidate n : names) {
            if (n.type() == EntityType.PERSON) personTokens.set(n.first(), n.last() + 1);
        }
        // the narrator's pronouns join no chain while the others are linked: nothing links to them
        List<Candidate> narration = narrator.mentions(idx, text, names);
        List<Candidate> all = new ArrayList<>(names);
        List<Candidate> titled = nominals.find(idx, personTokens);
        all.addAll(titled);
        all.addAll(groups.find(idx, taken(names, titled)));
        all.addAll(pronounMentions(idx, text));
        all.sort(Comparator.comparing(Candidate::span));

        List<Chain> chains = new ArrayList<>();
        List<Linked> linked = new ArrayList<>();
        Map<TranscriptTurn, Chain> speakers = new HashMap<>();
        for (Candidate c : all) {
            Optional<TranscriptTurn> turn = turnOf(text, c);
            Optional<Chain> chain = switch (c.kind()) {
                case NAME -> variants.link(c, chains, idx).or(() -> groups.named(c, linked, idx));
                case NOMINAL -> {
                    Optional<Chain> apposed = Appositions.of(c, linked, idx);
                    apposed.ifPresent(a -> a.addRole(Appositions.role(c, idx)));
                    yield apposed.isPresent() ? apposed
                            : groups.resolve(c, linked, idx).or(() -> epithets.resolve(c, linked, idx));
                }
                case PRONOUN -> Pronouns.firstPersonSingular(c.head())
                        ? turn.filter(t -> !idx.quoted(c.first())).map(speakers::get)
                        : GroupPronouns.handles(c.head()) ? groupPronouns.resolve(c, linked, idx)
                        : pronouns.resolve(c, linked, idx);
            };
            if (chain.isEmpty() && c.kind() == MentionKind.PRONOUN) continue;
            Optional<Linked> apposed = c.kind() == MentionKind.NAME ? Appositions.nominalBefore(c, linked, idx)
                    : Optional.empty();
            if (apposed.isPresent() && chain.isPresent() && chain.get() != apposed.get().chain()
                    && chain.get().person() && chain.get().gender().agrees(apposed.get().mention().gender())) {
                // "her nephew, Willie": the nominal read just before is the person named again
                Candidate nominal = apposed.get().mention();
                chains.remove(apposed.get().chain());
                linked.set(linked.size() - 1, new Linked(nominal, chain.get()));
                chain.get().absorb(apposed.get().chain());
                chain.get().addRole(Appositions.role(nominal, idx));
            } else if (apposed.isPresent() && chain.isEmpty()) {
                chain = Optional.of(apposed.get().chain());
                chain.get().addRole(Appositions.role(apposed.get().mention(), idx));
            }
            Chain target = chain.orElseGet(() -> {
                Chain fresh = new Chain(c);
                chains.add(fresh);
                return fresh;
            });
            if (chain.isPresent()) target.add(c);
            if (c.kind() == MentionKind.NAME) target.addKey(variants.key(c.name()));
            if (c.kind() == MentionKind.NAME && turn.isPresent() && turn.get().label().contains(c.span())) {
                speakers.put(turn.get(), target);
            }
            linked.add(new Linked(c, target));
        }
        narrator.attach(narration, chains, text.document().author(), idx);
        EntityIds ids = new EntityIds();
        List<Entity> entities = new ArrayList<>();
        for (Chain chain : chains) entities.add(entity(chain, ids, text.source().text(), idx));
        return new Entities(entities);
    }

    /** {@return the tokens of {@code names} and {@code nominals}} */
    private static BitSet taken(List<Candidate> names, List<Candidate> nominals) {
        BitSet out = new BitSet();
        for (Candidate c : names) out.set(c.first(), c.last() + 1);
        for (Candidate c : nominals) out.set(c.first(), c.last() + 1);
        return out;
    }

    /** {@return the transcript turn {@code c} lies in}, if any; turns are sorted and do not overlap */
    private static Optional<TranscriptTurn> turnOf(AnnotatedText text, Candidate c) {
        List<TranscriptTurn> turns = text.structure().turns();
        int lo = 0, hi = turns.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (turns.get(mid).span().start() <= c.span().start()) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && turns.get(found).span().contains(c.span()) ? Optional.of(turns.get(found)) : Optional.empty();
    }

    private static List<Candidate> pronounMentions(TokenIndex idx, AnnotatedText text) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < idx.size(); i++) {
            Gender g = PronounResolver.gender(idx.lower(i)).orElse(null);
            if (g == null && Pronouns.firstPersonSingular(idx.lower(i)) && idx.pos(i).startsWith("PRP")
                    && !text.structure().turns().isEmpty()) {
                g = Gender.UNKNOWN;
            }
            boolean group = g == null && GroupPronouns.handles(idx.lower(i));
            if (g == null && !group || !idx.pos(i).startsWith("PRP")) continue;
            // "they", "it": a group's or a body's, never a person's; "they" is plural
            out.add(new Candidate(idx.token(i).span(), MentionKind.PRONOUN, group ? EntityType.ORG : EntityType.PERSON,
                    i, i, List.of(), List.of(), group ? Gender.UNKNOWN : g, idx.lower(i), List.of(),
                    Candidate.Article.NONE, Pronouns.plural(idx.lower(i)), false, Metonymy.NONE));
        }
        return out;
    }

    private Entity entity(Chain chain, EntityIds ids, String source, TokenIndex idx) {
        EntityType type = chain.type();
        boolean named = chain.mentions().stream().anyMatch(c -> c.kind() == MentionKind.NAME);
        String name = chain.narrator() && !named ? chain.narratorName() : canonicalName(chain, source, idx);
        Set<String> aliases = new LinkedHashSet<>();
        if (chain.narrator() && named && !chain.narratorName().equals(name)) aliases.add(chain.narratorName());
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : chain.mentions()) {
            String covered = source.substring(c.span().start(), c.span().end());
            mentions.add(new Mention(c.span(), covered, c.kind(), c.metonymy()));
            if (c.kind() == MentionKind.NAME && !c.fullName().equals(name)) aliases.add(c.fullName());
        }
        return new Entity(ids.next(name), type, name, new ArrayList<>(aliases), new ArrayList<>(chain.roles()),
                mentions, chain.narrator());
    }

    /** The longest full name of a person; the most frequent name of anything else; else the first phrase. */
    private String canonicalName(Chain chain, String source, TokenIndex idx) {
        List<Candidate> named = chain.mentions().stream().filter(c -> c.kind() == MentionKind.NAME).toList();
        if (named.isEmpty()) {
            // the whole phrase, a possessive word its span leaves out included: "my mother"
            Candidate first = chain.mentions().get(0);
            int start = Math.min(first.span().start(), idx.token(first.first()).span().start());
            return source.substring(start, first.span().end());
        }
        if (chain.person()) {
            return named.stream().map(Candidate::fullName).max(Comparator.comparingInt(String::length)).orElseThrow();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Candidate c : named) counts.merge(variants.key(c.name()), 1, Integer::sum);
        String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return named.stream().filter(c -> variants.key(c.name()).equals(best))
                .map(Candidate::fullName).min(Comparator.comparingInt(String::length)).orElseThrow();
    }
}
