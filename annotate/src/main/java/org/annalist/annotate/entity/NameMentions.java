package org.annalist.annotate.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.NameMention;
import org.annalist.model.layer.Names;

/**
 * The name mentions of a document: transcript labels ({@code STALIN:}) first, then the
 * finder's names cleaned by {@link NameCleaner} (of two overlapping names the longer wins),
 * then the finder's names where it missed them (one sense per discourse), then the names
 * {@link NameFallback} finds; finally one type per name across the document.
 */
final class NameMentions {

    /** Words before a name that say it is a place ({@code in X}); not "to" or "from", which persons follow too. */
    private static final Set<String> PLACE_CONTEXT = Set.of("in", "at", "near", "into", "through", "throughout", "within");
    /** Consensus votes: one per non-person type (by ordinal), the person's in PERSON's slot, then the place context. */
    private static final int PERSON_VOTE = EntityType.PERSON.ordinal();
    private static final int PLACE_VOTE = EntityType.values().length;
    private static final int VOTES = PLACE_VOTE + 1;

    private final NameCleaner cleaner;
    private final NameFallback fallback;
    private final Gazetteer gazetteer;

    NameMentions(Titles titles, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.cleaner = new NameCleaner(titles, gazetteer);
        this.fallback = new NameFallback(cleaner, gazetteer, titles);
    }

    /** {@return the document's name mentions, cleaned, in no particular order} */
    List<Candidate> find(AnnotatedText text, TokenIndex idx) {
        List<Candidate> out = new ArrayList<>();
        BitSet taken = new BitSet();
        for (TranscriptTurn turn : text.structure().turns()) {
            int[] r = idx.covering(turn.label());
            if (r.length == 0) continue;
            cleaner.clean(r[0], r[1], EntityType.PERSON, idx).ifPresent(c -> {
                out.add(c);
                taken.set(c.first(), c.last() + 1);
            });
        }
        List<NameMention> found = new ArrayList<>(text.layer(Names.class).mentions());
        // of two overlapping names the longer wins
        found.sort(Comparator.comparingInt((NameMention m) -> m.span().start()).thenComparing(m -> -m.span().length()));
        for (NameMention m : found) {
            int[] r = idx.covering(m.span());
            if (r.length == 0) continue;
            for (int[] part : people(r, m.type(), idx)) {
                Optional<Candidate> c = cleaner.clean(part[0], part[1], m.type(), idx);
                if (c.isEmpty() || overlaps(taken, c.get())) continue;
                out.add(c.get());
                taken.set(c.get().first(), c.get().last() + 1);
            }
        }
        out.addAll(missed(out, taken, idx));
        out.addAll(fallback.find(out, taken, idx));
        out.addAll(nested(out, idx));
        return consensus(out, idx);
    }

    /**
     * {@return the token ranges of the people a person's name at {@code r} names}: itself, or two when a title-case
     * heading joins two by "And" ("Reign Of Marsh And Hale" names Marsh and Hale, not one "Marsh And Hale")
     */
    private static List<int[]> people(int[] r, EntityType type, TokenIndex idx) {
        if (type == EntityType.PERSON) {
            for (int k = r[0] + 1; k < r[1]; k++) {
                if (idx.word(k).equals("And") && idx.capitalised(k - 1) && idx.capitalised(k + 1)) {
                    return List.of(new int[] {r[0], k - 1}, new int[] {k + 1, r[1]});
                }
            }
        }
        return List.of(r);
    }

    /**
     * A name of two words or more that the document names on its own also stands as a mention
     * inside a longer name that begins or ends with it ({@code Tabor City} in {@code Tabor City
     * Yam Market}, {@code White House} in a headline run on into {@code White House Charlotte
     * Ingram}): the finder runs capitalised headline words together.
     */
    private List<Candidate> nested(List<Candidate> names, TokenIndex idx) {
        Map<List<String>, EntityType> alone = new HashMap<>();
        Set<org.annalist.model.Span> spans = new HashSet<>();
        for (Candidate c : names) {
            List<String> words = idx.words(c.first(), c.last());
            if (words.size() >= 2) alone.putIfAbsent(words, c.type());
            spans.add(c.span());
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : names) {
            List<String> words = idx.words(c.first(), c.last());
            if (words.size() < 3) continue;
            for (int k = words.size() - 1; k >= 2; k--) {
                EntityType head = alone.get(words.subList(0, k));
                if (head != null) {
                    cleaner.clean(c.first(), idx.lastOfWords(c.first(), k), head, idx)
                            .filter(n -> spans.add(n.span())).ifPresent(out::add);
                    break;
                }
            }
            for (int k = words.size() - 1; k >= 2; k--) {
                EntityType tail = alone.get(words.subList(words.size() - k, words.size()));
                if (tail != null) {
                    int from = idx.lastOfWords(c.first(), words.size() - k) + 1;
                    cleaner.clean(from, c.last(), tail, idx).filter(n -> spans.add(n.span())).ifPresent(out::add);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * One sense per discourse for types: a name the finder typed as a person more often than
     * as anything else (a person's surname counting for the person), or that follows a title
     * somewhere ({@code M. Necker}), is a person everywhere, unless the gazetteer or a head
     * word says it is a place or an organisation. The other way round, a bare name (no title,
     * no given name) that the finder typed as a person is the place or organisation it
     * typed the same words as more often, a name right after {@code in}, {@code at} or
     * {@code near} counting for a place ({@code stayed in⏎Gainesboro}): OCR'd and
     * line-broken words often look like surnames to the finder.
     */
    private List<Candidate> consensus(List<Candidate> names, TokenIndex idx) {
        Map<String, int[]> votes = new LinkedHashMap<>();
        Set<String> titled = new HashSet<>();
        for (Candidate c : names) {
            int[] v = votes.computeIfAbsent(key(c.name()), k -> new int[VOTES]);
            v[c.type() == EntityType.PERSON ? PERSON_VOTE : c.type().ordinal()]++;
            if (PLACE_CONTEXT.contains(idx.lower(c.first() - 1))) v[PLACE_VOTE]++;
            if (c.type() == EntityType.PERSON && c.name().size() > 1) {
                // a person's surname and given name count for the person ("Pallas" of "Pallas Athene")
                votes.computeIfAbsent(key(List.of(c.surname())), k -> new int[VOTES])[PERSON_VOTE]++;
                votes.computeIfAbsent(key(List.of(c.name().get(0))), k -> new int[VOTES])[PERSON_VOTE]++;
            }
            // "M. Necker", "General Hood": a title makes the surname a person's
            if (c.type() == EntityType.PERSON && !c.roles().isEmpty()) titled.add(key(List.of(c.surname())));
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : names) {
            int[] v = votes.get(key(c.name()));
            int others = 0;
            EntityType other = EntityType.GPE;
            for (EntityType t : EntityType.values()) {
                if (t == EntityType.PERSON || t == EntityType.MISC) continue;
                others += v[t.ordinal()];
                if (v[t.ordinal()] > v[other.ordinal()]) other = t;
            }
            boolean typedByWords = gazetteer.place(c.fullName()).isPresent() || gazetteer.cue(c.name()).isPresent();
            // a name the finder typed a place is a person's only when the person votes double the
            // others and no place preposition ever stood before it
            boolean person = v[PERSON_VOTE] > others
                    && (c.type() != EntityType.GPE || v[PLACE_VOTE] == 0 && v[PERSON_VOTE] >= 2 * others)
                    || titled.contains(key(c.name()));
            boolean bare = c.roles().isEmpty() && !titled.contains(key(c.name()));
            if (c.type() != EntityType.PERSON && !typedByWords && person) {
                out.add(cleaner.clean(c.first(), c.last(), EntityType.PERSON, idx).orElse(c));
            } else if (c.type() == EntityType.PERSON && bare && others > 0 && (others + v[PLACE_VOTE] > v[PERSON_VOTE]
                    || gazetteer.place(c.fullName()).isPresent() && others + v[PLACE_VOTE] >= v[PERSON_VOTE])) {
                out.add(cleaner.clean(c.first(), c.last(), other, idx).orElse(c));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static String key(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }

    /** One sense per discourse: a name found once is a name wherever its words recur. */
    private List<Candidate> missed(List<Candidate> found, BitSet taken, TokenIndex idx) {
        Map<String, Map<List<String>, EntityType>> byFirstWord = new HashMap<>();
        for (Candidate c : found) {
            List<String> words = idx.words(c.first(), c.last());
            if (words.stream().allMatch(w -> idx.capitalisedWord(w))) {
                byFirstWord.computeIfAbsent(words.get(0), k -> new LinkedHashMap<>()).putIfAbsent(words, c.type());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < idx.size(); i++) {
            if (taken.get(i) || !idx.capitalised(i) || idx.wordStart(i) != i) continue;
            Map<List<String>, EntityType> known = byFirstWord.get(idx.wordAt(i));
            if (known == null) continue;
            for (Map.Entry<List<String>, EntityType> e : known.entrySet()) {
                List<String> words = e.getKey();
                int end = idx.lastOfWords(i, words.size());
                if (end < 0 || !idx.words(i, end).equals(words) || taken.get(i, end + 1).cardinality() > 0) continue;
                if (idx.capitalised(end + 1) && idx.pos(end + 1).startsWith("NNP") && !taken.get(end + 1)) continue;
                Optional<Candidate> c = cleaner.clean(i, end, e.getValue(), idx);
                if (c.isPresent()) {
                    out.add(c.get());
                    taken.set(i, end + 1);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean overlaps(BitSet taken, Candidate c) {
        return taken.get(c.first(), c.last() + 1).cardinality() > 0;
    }
}
