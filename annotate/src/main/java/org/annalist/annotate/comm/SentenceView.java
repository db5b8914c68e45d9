package org.annalist.annotate.comm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.Span;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Token;

/**
 * One sentence seen as tokens with the entity mentions that start on them: the small
 * grammar of subjects, objects and prepositional phrases the communication frames need.
 * Mentions inside quotations are left out; so are mentions nested in a longer one.
 */
public final class SentenceView {

    /** An entity mention placed on tokens {@code first..last} inclusive. */
    public record Placed(Span span, String entityId, EntityType type, int first, int last) {
    }

    private static final Set<String> MODIFIER_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "PRP$", "CD", "RB",
            "RBR", "RBS", "VBN");
    private static final Set<String> SUBORDINATORS = Set.of("that", "because", "if", "whether", "while",
            "although", "though", "as", "since", "once", "until", "unless", "whereas");
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "had", "has", "have",
            "did", "does", "do", "am");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "nor");
    private static final Set<String> MODALS_OF_THE_PAST = Set.of("would", "could", "might", "should", "must");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "he", "she", "they", "you");
    /** pronouns that are never the object of a preposition */
    private static final Set<String> NOMINATIVE = Set.of("i", "we", "he", "she", "they");
    private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose", "where", "when");
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be");

    final Sentence sentence;
    final List<Token> tokens;
    final List<String> words;
    final boolean[] quoted;
    private final Placed[] startingAt;
    private final List<Placed> mentions;

    public SentenceView(Sentence sentence, List<Placed> mentionsIn, List<Span> quotes) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        List<String> w = new ArrayList<>();
        for (Token t : tokens) w.add(t.word().toLowerCase(Locale.ROOT));
        this.words = List.copyOf(w);
        this.quoted = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            for (Span q : quotes) {
                if (q.contains(tokens.get(i).span())) quoted[i] = true;
            }
        }
        this.startingAt = new Placed[tokens.size()];
        List<Placed> kept = new ArrayList<>();
        for (Placed m : mentionsIn) {
            if (m.first() < 0 || quoted[m.first()]) continue;
            Placed there = startingAt[m.first()];
            if (there == null || there.last() < m.last()) startingAt[m.first()] = m;
        }
        int coveredTo = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Placed m = startingAt[i];
            if (m == null) continue;
            if (m.first() <= coveredTo) {
                startingAt[i] = null;
                continue;
            }
            kept.add(m);
            coveredTo = m.last();
        }
        this.mentions = List.copyOf(kept);
    }

    /**
     * {@return the view of {@code sentence}} with the entity mentions in it; {@code mentions} are
     * sorted by span and {@code owners.get(k)} is the entity of {@code mentions.get(k)}; mentions
     * inside {@code quotes} are left out
     */
    public static SentenceView of(Sentence sentence, List<Mention> mentions, List<Entity> owners, List<Span> quotes) {
        List<Span> here = quotes.stream().filter(q -> q.overlaps(sentence.span())).toList();
        return new SentenceView(sentence, placed(sentence, mentions, owners), here);
    }

    private static List<Placed> placed(Sentence sentence, List<Mention> mentions, List<Entity> owners) {
        List<Placed> out = new ArrayList<>();
        var tokens = sentence.tokens();
        // mentions are sorted by start: find the first that may lie in the sentence
        int lo = 0, hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < sentence.span().start()) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo; k < mentions.size() && mentions.get(k).span().start() < sentence.span().end(); k++) {
            Mention m = mentions.get(k);
            if (!sentence.span().contains(m.span())) continue;
            int first = -1, last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                Span t = tokens.get(i).span();
                if (t.overlaps(m.span())) {
                    if (first < 0) first = i;
                    last = i;
                }
            }
            if (first < 0) continue;
            Entity e = owners.get(k);
            out.add(new Placed(m.span(), e.id(), e.type(), first, last));
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** {@return every mention of the layer, sorted by span, with its entity at the same index in {@code owners}} */
    public static List<Mention> sortedMentions(Entities entities, List<Entity> owners) {
        record Owned(Mention mention, Entity entity) {
        }
        List<Owned> all = new ArrayList<>();
        for (Entity e : entities.entities()) {
            for (Mention m : e.mentions()) all.add(new Owned(m, e));
        }
        all.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
        List<Mention> mentions = new ArrayList<>();
        for (Owned o : all) {
            mentions.add(o.mention());
            owners.add(o.entity());
        }
        return mentions;
    }

    /** {@return the lower-case word of token {@code i}} */
    public String word(int i) {
        return words.get(i);
    }

    /** {@return true when token {@code i} lies inside a quotation} */
    public boolean quoted(int i) {
        return quoted[i];
    }

    /** {@return the characters of token {@code i}} */
    public Span span(int i) {
        return tokens.get(i).span();
    }

    /** {@return the sentence} */
    public Sentence sentence() {
        return sentence;
    }

    /** {@return the kept mentions, in order} */
    public List<Placed> mentions() {
        return mentions;
    }

    public int size() {
        return tokens.size();
    }

    public String pos(int i) {
        return tokens.get(i).pos();
    }

    boolean modifier(int i) {
        return MODIFIER_TAGS.contains(pos(i));
    }

    /** {@return the mention starting at {@code i}, or after up to {@code skip} determiners and adjectives} */
    public Optional<Placed> mentionAfter(int i, int skip) {
        for (int k = i; k < size() && k <= i + skip; k++) {
            if (quoted[k]) return Optional.empty();
            if (startingAt[k] != null) return Optional.of(startingAt[k]);
            if (!modifier(k) && !pos(k).equals("NNP")) return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@return {@code first} and the mentions coordinated with it: "A, B, and C"} */
    public List<Placed> coordinated(Placed first) {
        List<Placed> out = new ArrayList<>(List.of(first));
        int closed = 1;
        Placed cur = first;
        while (true) {
            int j = cur.last() + 1;
            int seps = 0;
            boolean conjunction = false;
            while (j < size() && seps < 2 && (words.get(j).equals(",") || words.get(j).equals("and")
                    || words.get(j).equals("or"))) {
                conjunction |= !words.get(j).equals(",");
                j++;
                seps++;
            }
            if (seps == 0) break;
            Optional<Placed> next = mentionAfter(j, 2);
            if (next.isEmpty()) break;
            cur = next.get();
            out.add(cur);
            if (conjunction) closed = out.size();
        }
        // "A, B" without "and" is an apposition ("Morris, United States Senator"), not a list
        return out.subList(0, closed);
    }

    /** {@return the first token of the clause holding token {@code c}} */
    int clauseStart(int c) {
        for (int k = c - 1; k >= 0; k--) {
            String w = words.get(k);
            if (w.equals(";") || w.equals(":") || (w.equals("that") && !pos(k).equals("DT"))) return k + 1;
        }
        return 0;
    }

    /** {@return true when the mention is the object of a preposition ("with the Soviet Union")} */
    boolean prepositional(Placed m) {
        // "In March 1864 I wrote …": the date's words are skipped below, but "I" is never governed by "In"
        if (m.first() == m.last() && NOMINATIVE.contains(words.get(m.first()))) return false;
        int k = m.first() - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 4 && (modifier(k) || pos(k).equals("NNP"))) {
            k--;
            skipped++;
        }
        if (k < 0 || SUBORDINATORS.contains(words.get(k))) return false;
        if ((words.get(k).equals("and") || words.get(k).equals("or")) && k > 0) {
            // "between Brownsville and the Big Black": a conjunct shares its neighbour's preposition
            for (Placed before : mentions) {
                if (before.last() == k - 1 || (before.last() == k - 2 && words.get(k - 1).equals(","))) {
                    return prepositional(before);
                }
            }
            return false;
        }
        String tag = pos(k);
        if (!tag.equals("IN") && !tag.equals("TO")) return false;
        boolean atLeast = words.get(k).equals("at") && k + 1 < size()
                && (words.get(k + 1).equals("least") || words.get(k + 1).equals("most"));
        return !atLeast;
    }

    /** {@return true when token {@code k} lies inside a kept mention} */
    boolean inMention(int k) {
        for (Placed m : mentions) {
            if (m.first() <= k && k <= m.last()) return true;
        }
        return false;
    }

    /** {@return the mention ending right before token {@code k}}, when there is one */
    Optional<Placed> mentionEndingAt(int k) {
        return mentions.stream().filter(m -> m.last() == k).findFirst();
    }

    /** {@return true when a verb stands right before the mention ("I directed Thomas …"): it is that verb's object} */
    boolean objectOfVerb(Placed m) {
        int k = m.first() - 1;
        while (k >= 0 && (modifier(k) || pos(k).equals("NNP")) && !pos(k).equals("VBN")) k--;
        return k >= 0 && pos(k).startsWith("VB") && !AUXILIARIES.contains(words.get(k))
                && !BE.contains(words.get(k));
    }

    /** {@return true when the mention is followed by a possessive ("Lincoln’s wager")} */
    boolean possessive(Placed m) {
        // "His emissaries assured …": a possessive pronoun is no subject either
        return (m.last() + 1 < size() && pos(m.last() + 1).equals("POS")) || pos(m.last()).equals("PRP$");
    }

    /** {@return the subject of the clause before token {@code c}}: its last mention not in a preposition, a possessive or a relative clause */
    public Optional<Placed> subjectBefore(int c) {
        int start = clauseStart(c);
        boolean[] relative = relativeClauses(start, c);
        Placed found = null;
        for (Placed m : mentions) {
            if (m.first() < start || m.last() >= c) continue;
            if (relative[m.first() - start] || prepositional(m) || possessive(m) || objectOfVerb(m)) continue;
            found = m;
        }
        if (found == null) return Optional.empty();
        for (int k = found.last() + 1; k < c; k++) {
            // "Upon reaching Grand Gulf, I received …": a pronoun no entity holds is the subject
            if (!relative[k - start] && SUBJECT_PRONOUNS.contains(words.get(k)) && !inMention(k)) return Optional.empty();
        }
        boolean finite = !pos(c).equals("VB") && !pos(c).equals("VBG");
        if (finite && otherPredicate(found.last() + 1, c, relative, start)) return Optional.empty();
        return Optional.of(found);
    }

    /**
     * {@return true when a finite verb of another predicate stands in {@code [from, c)}}, so
     * the mention before it is that verb's subject or object, not the cue's ("I procured a
     * leave, visited St. Louis, and obtained …"); a verb before "to" ("continued to
     * beseech"), an auxiliary, or a verb coordinated with the cue by "and" leaves it the cue's
     */
    private boolean otherPredicate(int from, int c, boolean[] relative, int start) {
        for (int k = from; k < c; k++) {
            if (relative[k - start]) continue;
            String tag = pos(k);
            if (!tag.equals("VBD") && !tag.equals("VBZ") && !tag.equals("VBP")) continue;
            if (AUXILIARIES.contains(words.get(k))) continue;
            if (k + 1 < size() && words.get(k + 1).equals("to")) continue;
            boolean coordinated = false;
            for (int j = k + 1; j < c; j++) coordinated |= words.get(j).equals("and");
            if (!coordinated) return true;
        }
        return false;
    }

    /** {@return true when a negation or a counterfactual stands just before token {@code c}} */
    public boolean unreal(int c) {
        for (int k = c - 1; k >= 0 && k >= c - 3; k--) {
            String w = words.get(k);
            if (NEGATIONS.contains(w)) return true;
            if (w.equals("have") && k > 0 && (MODALS_OF_THE_PAST.contains(words.get(k - 1))
                    || k > 1 && pos(k - 1).startsWith("RB") && MODALS_OF_THE_PAST.contains(words.get(k - 2)))) {
                return true;
            }
        }
        return false;
    }

    /** marks tokens of {@code [start, end)} inside ", which … ," */
    private boolean[] relativeClauses(int start, int end) {
        boolean[] in = new boolean[Math.max(0, end - start)];
        boolean open = false;
        for (int k = start; k < end; k++) {
            if (words.get(k).equals(",")) {
                open = k + 1 < end && RELATIVE.contains(words.get(k + 1));
            }
            in[k - start] = open;
        }
        return in;
    }

    /** {@return the mentions after the first {@code prep} in {@code [from, to)}}, coordination included */
    public List<Placed> objectOf(Set<String> preps, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, size()); k++) {
            if (quoted[k]) continue;
            String w = words.get(k);
            if (w.equals(";") || w.equals(":") || w.equals("that")) return List.of();
            if (w.equals("to") && k + 1 < size() && pos(k + 1).equals("VB")) {
                // "to go to Rosecrans": what follows an infinitive is its own, not the cue's
                if (preps.contains(w)) return List.of();
                continue;
            }
            if (preps.contains(w)) {
                // the first such preposition decides: "orders from me (sent from Hard Times)"
                return mentionAfter(k + 1, 3).map(this::coordinated).orElse(List.of());
            }
        }
        return List.of();
    }

    /** {@return true when the verb at {@code c} is a passive participle after a form of be} */
    public boolean passive(int c) {
        if (!pos(c).equals("VBN")) return false;
        int k = c - 1;
        while (k >= 0 && pos(k).startsWith("RB")) k--;
        return k >= 0 && BE.contains(words.get(k));
    }

    /** {@return the mentions of the sentence before token {@code c}, in order} */
    List<Placed> mentionsBefore(int c) {
        return mentions.stream().filter(m -> m.last() < c).toList();
    }

    /** {@return the index of the token starting at or after {@code offset}, or size()} */
    int tokenAt(int offset) {
        for (int i = 0; i < size(); i++) {
            if (tokens.get(i).span().end() > offset) return i;
        }
        return size();
    }
}
