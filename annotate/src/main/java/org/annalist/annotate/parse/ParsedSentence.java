package org.annalist.annotate.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.parse.MentionIndex.Owned;
import org.annalist.model.Span;
import org.annalist.model.layer.Dependencies;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.Sentence;

/**
 * One parsed sentence read as clauses: who is the subject of a verb (through coordination,
 * control and relative clauses), its objects and obliques by their preposition, whether it is
 * passive, denied or counterfactual, and which entity each noun phrase names.
 *
 * <p>Token indices are those of the {@link Sentence}; the parse is Universal Dependencies
 * (basic relations), so a preposition is the {@code case} dependent of its noun, and the
 * agent of a passive is an {@code obl} whose case is {@code by}.
 */
public final class ParsedSentence {

    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "nor", "no");
    private static final Set<String> COUNTERFACTUAL_MODALS = Set.of("would", "could", "might", "should", "must", "may");
    /** modals of ability, possibility or obligation: what may be done, not what was */
    private static final Set<String> POSSIBILITY_MODALS = Set.of("can", "could", "may", "might", "must", "should", "ought",
            "would");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    private static final Set<String> CONDITIONAL = Set.of("if", "unless", "lest");
    /** auxiliaries that open a condition when set before the subject: "Had Hale written", "Were the envoys to ask" */
    private static final Set<String> INVERTED_CONDITIONAL = Set.of("had", "were", "should");
    /** personal pronouns that name someone: an object "him" is an addressee even when we cannot tell who */
    private static final Set<String> PERSONAL_OBJECTS = Set.of("him", "her", "them", "me", "us");
    /** words that pick some of a group: "one of his generals", "each of the envoys" */
    private static final Set<String> PARTITIVES = Set.of("one", "some", "each", "all", "several", "many", "few", "two",
            "three", "most", "none", "any", "either", "both");
    private static final Set<String> FIRST_PERSON_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
    /**
     * Verbs of object control: the subject of their infinitive is their object ("advised Porter
     * to notify X", and of perception and causing, "heard Hale deliver a report"); with no object the infinitive's subject is unsaid, never their own subject
     * ("he advised to notify X")
     */
    private static final Set<String> OBJECT_CONTROL = Set.of("advise", "order", "tell", "ask", "urge", "direct",
            "instruct", "request", "persuade", "permit", "allow", "command", "force", "compel", "warn", "beg",
            "implore", "invite", "authorize", "authorise", "require", "enable", "cause", "oblige", "entreat",
            "beseech", "summon", "encourage", "induce", "empower", "forbid", "hear", "overhear", "see", "watch");
    /** verbs whose infinitive is only meant: "wanted to write", "intended to inform", "determined to send" */
    private static final Set<String> INTENTION = Set.of("want", "wish", "intend", "hope", "plan", "mean", "expect",
            "prefer", "desire", "propose", "purpose", "determine", "resolve", "decide");
    /** adjectives of a disposition whose infinitive is only possible: "ready to enter into negotiations" */
    private static final Set<String> DISPOSITION = Set.of("ready", "willing", "prepared", "eager", "anxious", "inclined");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
    /** verbs whose infinitive did not happen: "failed to forewarn", "neglected to tell" */
    private static final Set<String> NOT_DONE = Set.of("fail", "neglect", "omit", "forget", "refuse", "decline");
    /** how deep subject and party lookups may climb or descend */
    private static final int DEPTH = 6;

    private final Sentence sentence;
    private final Dependencies deps;
    private final String[] words;
    private final boolean[] quoted;
    private final Owned[] owners;
    private final Optional<Entity> narrator;
    private final Optional<String> author;

    private ParsedSentence(Sentence sentence, Dependencies deps, boolean[] quoted, Owned[] owners,
            Optional<Entity> narrator, Optional<String> author) {
        this.sentence = sentence;
        this.deps = deps;
        this.words = new String[sentence.tokens().size()];
        for (int i = 0; i < words.length; i++) words[i] = sentence.tokens().get(i).word().toLowerCase(Locale.ROOT);
        this.quoted = quoted;
        this.owners = owners;
        this.narrator = narrator;
        this.author = author;
    }

    /**
     * {@return the sentence read with its parse}; mentions come from {@code mentions}, and
     * tokens inside {@code quotes} are marked quoted (their words are someone else's)
     */
    public static ParsedSentence of(Sentence sentence, Dependencies deps, MentionIndex mentions, List<Span> quotes) {
        if (deps.size() != sentence.tokens().size()) {
            throw new IllegalArgumentException("parse of " + deps.size() + " tokens for a sentence of "
                    + sentence.tokens().size() + " at " + sentence.span());
        }
        boolean[] quoted = new boolean[deps.size()];
        for (Span q : quotes) {
            if (!q.overlaps(sentence.span())) continue;
            for (int i = 0; i < quoted.length; i++) quoted[i] |= q.contains(sentence.tokens().get(i).span());
        }
        return new ParsedSentence(sentence, deps, quoted, mentions.byToken(sentence), mentions.narrator(),
                mentions.author().map(Entity::id));
    }

    public Sentence sentence() {
        return sentence;
    }

    public int size() {
        return words.length;
    }

    /** {@return the lower-case word of token {@code i}} */
    public String word(int i) {
        return words[i];
    }

    public String lemma(int i) {
        return deps.lemma(i);
    }

    public String pos(int i) {
        return sentence.tokens().get(i).pos();
    }

    public Span span(int i) {
        return sentence.tokens().get(i).span();
    }

    public boolean quoted(int i) {
        return quoted[i];
    }

    public int head(int i) {
        return deps.head(i);
    }

    public String relation(int i) {
        return deps.relation(i);
    }

    /** {@return true when token {@code i}'s relation is {@code relation} or one of its subtypes} */
    public boolean is(int i, String relation) {
        return deps.is(i, relation);
    }

    public List<Integer> children(int i, String relation) {
        return deps.children(i, relation);
    }

    public List<Integer> children(int i) {
        return deps.children(i);
    }

    public boolean verb(int i) {
        return pos(i).startsWith("VB");
    }

    public boolean noun(int i) {
        return pos(i).startsWith("NN");
    }

    /** {@return the preposition of the noun phrase headed by {@code k}} ("to" for "to Ostrova", "according to"), or "" */
    public String caseOf(int k) {
        for (int c : deps.children(k)) {
            if (!deps.is(c, "case") && !(deps.is(c, "mark") && !verb(k))) continue;
            StringBuilder w = new StringBuilder(words[c]);
            for (int f : deps.children(c, "fixed")) w.append(' ').append(words[f]);
            return w.toString();
        }
        return "";
    }

    /** {@return the noun phrases attached to {@code k} by a preposition in {@code cases}} (obliques and nominal modifiers) */
    public List<Integer> attached(int k, Set<String> cases) {
        List<Integer> out = new ArrayList<>();
        for (int c : deps.children(k)) {
            if ((deps.is(c, "obl") || deps.is(c, "nmod")) && !deps.is(c, "nmod:poss") && cases.contains(caseOf(c))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * {@return the noun phrases attached by {@code cases} to {@code v} or, the parser often
     * misattaching them, to its object ("declared war on Italy", "requested permission from
     * Mussolini")}; "of" after the object is the object's own ("copies of Trotsky's works")
     */
    public List<Integer> attachedToClause(int v, Set<String> cases) {
        List<Integer> out = new ArrayList<>(attached(v, cases));
        Set<String> onObject = new java.util.HashSet<>(cases);
        onObject.remove("of");
        for (int o : deps.children(v, "obj")) out.addAll(attached(o, onObject));
        return out;
    }

    /**
     * {@return as {@link #attachedToClause}, and the phrases the parser hung on an oblique that
     * names no party} ("denouncing Hale behind his back to Ostrova")
     */
    public List<Integer> attachedToClauseOrOblique(int v, Set<String> cases) {
        List<Integer> out = new ArrayList<>(attachedToClause(v, cases));
        Set<String> onOblique = new java.util.HashSet<>(cases);
        onOblique.remove("of");
        for (int o : deps.children(v, "obl")) {
            if (entityOf(o, 0, false).isEmpty()) out.addAll(attached(o, onOblique));
        }
        return out;
    }

    /** {@return true when the verb at {@code v} is passive: "was ordered", or a participle modifying a noun ("troops ordered to …")} */
    public boolean passive(int v) {
        if (!deps.children(v, "nsubj:pass").isEmpty() || !deps.children(v, "aux:pass").isEmpty()) return true;
        // "troops ordered to …", "all these he found warned of his coming": a bare participle modifying or predicated of a noun
        return pos(v).equals("VBN") && (deps.is(v, "acl") || deps.is(v, "xcomp") && deps.children(v, "aux").isEmpty())
                && deps.children(v, "nsubj").isEmpty();
    }

    /** {@return true when {@code i}, or a verb whose complement it is, is denied ("did not write", "no orders", "never tried to tell")} */
    public boolean negated(int i) {
        int k = i;
        for (int d = 0; d < DEPTH && k >= 0; d++) {
            for (int c : deps.children(k)) {
                if ((deps.is(c, "advmod") || deps.is(c, "det") || deps.is(c, "neg") || deps.is(c, "cc:preconj"))
                        && NEGATIONS.contains(words[c])) {
                    return true;
                }
            }
            if (!deps.is(k, "xcomp")) break;
            k = deps.head(k);
            if (k >= 0 && NOT_DONE.contains(deps.lemma(k))) return true;
        }
        // "for having failed to forewarn": the parser may hang the failing verb below the infinitive
        for (int c : deps.children(i)) {
            if ((deps.is(c, "nsubj") || deps.is(c, "aux")) && verb(c) && NOT_DONE.contains(deps.lemma(c))) return true;
        }
        return false;
    }

    /**
     * {@return true when the verb at {@code v}, or the verb it is coordinated with or the
     * complement of, stands under a modal of ability, possibility or obligation}: "Marsh can
     * send for Hale and demand the keys" tells what Marsh may do, not what he did
     */
    public boolean onlyPossible(int v) {
        int k = v;
        for (int d = 0; d < 4 && k >= 0; d++) {
            for (int c : deps.children(k, "aux")) {
                if (POSSIBILITY_MODALS.contains(words[c])) return true;
            }
            if (!deps.is(k, "conj") && !deps.is(k, "xcomp")) break;
            k = deps.head(k);
        }
        return false;
    }

    /**
     * {@return true when the clause of {@code i} reports what did not happen, or not yet}: a
     * past modal with "have" ("would have informed"), a future ("I will ask"), a condition ("if
     * he had written"), or what someone was asked or meant to do ("asked me to give him a
     * statement", "intended to write")
     */
    public boolean unreal(int i) {
        int k = i;
        for (int d = 0; d < DEPTH && k >= 0; d++) {
            boolean modal = false, have = false;
            for (int c : deps.children(k)) {
                if (deps.is(c, "aux")) {
                    modal |= COUNTERFACTUAL_MODALS.contains(words[c]);
                    have |= words[c].equals("have");
                    if (FUTURE.contains(words[c])) return true;
                }
                if (deps.is(c, "mark") && CONDITIONAL.contains(words[c])) return true;
                // "Had Dunn ordered the advance, …": an auxiliary before the subject opens a condition
                if (deps.is(c, "aux") && INVERTED_CONDITIONAL.contains(words[c]) && invertedBefore(k, c)) return true;
                // "if they were willing …, then he was ready to …": the consequence of a condition is as unreal
                if (deps.is(c, "advcl") && deps.children(c, "mark").stream().anyMatch(m -> CONDITIONAL.contains(words[m]))) {
                    return true;
                }
            }
            if (modal && have) return true;
            if (!deps.is(k, "xcomp") && !deps.is(k, "conj")) break;
            int h = deps.head(k);
            if (deps.is(k, "xcomp") && h >= 0 && (OBJECT_CONTROL.contains(deps.lemma(h)) || INTENTION.contains(deps.lemma(h))
                    || DISPOSITION.contains(deps.lemma(h)))) {
                return true;
            }
            k = h;
        }
        return false;
    }

    /** {@return true when the auxiliary {@code aux} of the verb {@code k} stands before a subject ("Had Hale written"), not a question opening the sentence} */
    private boolean invertedBefore(int k, int aux) {
        if (deps.is(k, "root") && aux == 0) return false;
        // the subject, wherever the parser hung it ("had not the general of the East declared")
        for (int t = aux + 1; t < k; t++) {
            if (deps.is(t, "nsubj") || deps.is(t, "nsubj:pass")) return true;
        }
        return false;
    }

    /**
     * {@return true when the noun phrase headed by {@code h} names someone who could be
     * addressed, known or not}: a personal pronoun ("him"), a noun of those who can act ("his
     * officers", "a body of cavalry"), or some of them ("one of his generals")
     */
    public boolean someone(int h) {
        if (quoted[h]) return false;
        if (PERSONAL_OBJECTS.contains(words[h]) && pos(h).startsWith("PRP")) return true;
        if (!noun(h) && !PARTITIVES.contains(words[h])) return false;
        if (ActorNouns.actor(deps.lemma(h)) || ActorNouns.actor(words[h])) return true;
        if (!PARTITIVES.contains(words[h]) && !deps.lemma(h).equals("body")) return false;
        return deps.children(h, "nmod").stream().anyMatch(c -> caseOf(c).equals("of")
                && (ActorNouns.actor(deps.lemma(c)) || ActorNouns.actor(words[c])));
    }

    /**
     * {@return the heads of the subject of the verb at {@code v}}: its own subject, else the
     * controller of an infinitive ("continued to beseech", "ordered X to tell"), the subject of
     * the verb it is coordinated with or depends on as a participle ("…, proclaiming that"),
     * the antecedent of a relative pronoun ("Varga, who refused") or the noun a participle
     * modifies; empty for a passive verb (see {@link #agents})
     */
    public List<Integer> subjects(int v) {
        return subjects(v, 0);
    }

    private List<Integer> subjects(int v, int depth) {
        if (v < 0 || depth > DEPTH) return List.of();
        int nearest = -1;
        for (int s : deps.children(v, "nsubj")) {
            // a verb as subject is the parser's mistake ("for having failed to forewarn"), not a subject clause we can use
            if (deps.is(s, "nsubj:pass") || verb(s)) continue;
            // one clause has one subject: of two, the parser took a fronted phrase for one ("Getting
            // information of the enemy, I informed Meade"); the one nearest before the verb is it
            if (nearest < 0 || s < v && (nearest > v || s > nearest)) nearest = s;
        }
        if (nearest >= 0) {
            return List.of(RELATIVE_PRONOUNS.contains(words[nearest]) && deps.is(v, "acl:relcl") ? deps.head(v) : nearest);
        }
        if (passive(v) || deps.children(v, "nsubj:pass").size() > 0) return List.of();
        int h = deps.head(v);
        if (h < 0) return List.of();
        if (deps.is(v, "xcomp")) {
            List<Integer> objects = deps.children(h, "obj");
            List<Integer> actors = objects.stream().filter(o -> !parties(o).isEmpty()).toList();
            if (!actors.isEmpty()) return actors;
            if (OBJECT_CONTROL.contains(deps.lemma(h)) && !passive(h)) return List.of();
            return subjects(h, depth + 1);
        }
        if (deps.is(v, "conj") && verb(h)) return subjects(h, depth + 1);
        if (deps.is(v, "advcl") && !pos(v).equals("VBN") && deps.children(v, "mark").stream()
                .noneMatch(m -> CONDITIONAL.contains(words[m]))) {
            return subjects(h, depth + 1);
        }
        // "wrote to Marsh ordering all the pontoons": after the one addressed, the participle is the writer's
        if (deps.is(v, "acl") && pos(v).equals("VBG") && deps.is(h, "obl") && caseOf(h).equals("to")) {
            return subjects(deps.head(h), depth + 1);
        }
        if (deps.is(v, "acl") && pos(v).equals("VBG")) return List.of(h);
        return List.of();
    }

    /** {@return the heads of the agents of a passive verb: "by X"}; "by Dillon's" is a way, not an agent */
    public List<Integer> agents(int v) {
        List<Integer> out = new ArrayList<>(attached(v, Set.of("by")));
        out.removeIf(k -> deps.children(k, "case").stream().anyMatch(c -> deps.lemma(c).equals("'s")));
        // "by Dillon's to Raymond": a phrase with a second preposition is a route the parser ran together
        out.removeIf(k -> deps.children(k, "case").size() > 1);
        // "an attack was ordered to be made … by the troops": after a passive infinitive the agent is the infinitive's
        for (int x : deps.children(v, "xcomp")) {
            if (!deps.children(x, "aux:pass").isEmpty()) out.removeIf(k -> k > x);
        }
        if (out.isEmpty() && deps.is(v, "conj") && passive(deps.head(v))) return agents(deps.head(v));
        return out;
    }

    /** {@return the heads of the passive subject of {@code v}}: its {@code nsubj:pass}, or the noun a passive participle modifies */
    public List<Integer> passiveSubjects(int v) {
        List<Integer> own = deps.children(v, "nsubj:pass");
        if (!own.isEmpty()) {
            List<Integer> out = new ArrayList<>();
            for (int s : own) {
                out.add(RELATIVE_PRONOUNS.contains(words[s]) && deps.is(v, "acl:relcl") ? deps.head(v) : s);
            }
            return out;
        }
        if (deps.is(v, "acl") && pos(v).equals("VBN")) return List.of(deps.head(v));
        if (deps.is(v, "conj") && verb(deps.head(v))) return passiveSubjects(deps.head(v));
        return List.of();
    }

    /** {@return the head and every conjunct of the noun phrase headed by {@code k}} ("Ostrova, Marsh, and Hale") */
    public List<Integer> conjuncts(int k) {
        List<Integer> out = new ArrayList<>();
        collectConjuncts(k, out, 0);
        return out;
    }

    private void collectConjuncts(int k, List<Integer> out, int depth) {
        out.add(k);
        if (depth > DEPTH) return;
        for (int c : deps.children(k, "conj")) {
            if (verb(c) && !verb(k)) continue;
            collectConjuncts(c, out, depth + 1);
        }
    }

    /** {@return the entities the noun phrase headed by {@code k} names, its conjuncts included}, in order, without repeats */
    public List<String> parties(int k) {
        Set<String> out = new LinkedHashSet<>();
        for (int h : conjuncts(k)) entityOf(h, 0, true).ifPresent(out::add);
        if (out.isEmpty() && pairWord(k)) out.addAll(pairBefore(k));
        return List.copyOf(out);
    }

    /** "both", "the two" standing alone as a noun phrase: they take up a pair named before */
    private boolean pairWord(int k) {
        if (owners[k] != null || deps.children(k, "nmod").size() > 0) return false;
        if (words[k].equals("both")) return !deps.is(k, "det") && !deps.is(k, "cc");
        return words[k].equals("two") && deps.children(k, "det").stream().anyMatch(d -> words[d].equals("the"));
    }

    /**
     * {@return the two parties of the nearest coordination before {@code k}} ("Dunn, as well
     * as Varga, …; both were denouncing"), or nothing when the nearest names more or fewer
     */
    private List<String> pairBefore(int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (deps.is(j, "conj") || deps.children(j, "conj").stream().noneMatch(c -> !verb(c))) continue;
            Set<String> pair = new LinkedHashSet<>();
            for (int h : conjuncts(j)) {
                Optional<String> own = entityOf(h, 0, true);
                // "intrigues from Dunn, as well as Varga": a conjunct naming no party stands for
                // the party it is from, with which the parser should have coordinated the next one
                if (own.isEmpty()) {
                    for (int c : deps.children(h, "nmod")) {
                        Optional<String> of = entityOf(c, 0, false);
                        if (of.isPresent()) own = of;
                    }
                }
                own.ifPresent(pair::add);
            }
            if (pair.size() >= 2) return pair.size() == 2 ? List.copyOf(pair) : List.of();
        }
        return List.of();
    }

    /** {@return the entities of all of {@code heads}} */
    public List<String> parties(List<Integer> heads) {
        Set<String> out = new LinkedHashSet<>();
        for (int h : heads) out.addAll(parties(h));
        return List.copyOf(out);
    }

    /** {@return the entity the noun phrase headed by {@code h} names, its conjuncts left out} */
    public Optional<String> party(int h) {
        return entityOf(h, 0, true);
    }

    /**
     * {@return the entity the noun phrase headed by {@code h} names as an addressee}: as
     * {@link #party}, but a thing is never its owner's stand-in ("requested copies of Trotsky's
     * works" addresses no Trotsky)
     */
    public Optional<String> addressee(int h) {
        // "a request from France that we should withdraw": a memoir's "we" is the narrator's side, who sends through them
        if (FIRST_PERSON_PLURAL.contains(words[h])) return Optional.empty();
        return entityOf(h, 0, false);
    }

    /** {@return the id of the document's narrator}, when it has one */
    public Optional<String> narratorId() {
        return narrator.map(Entity::id);
    }

    /** {@return true when the verb at {@code v} is in the present tense: "we declare", "as we often urge", "I have promised"} */
    public boolean present(int v) {
        if (pos(v).equals("VBP") || pos(v).equals("VBZ")) return true;
        return deps.children(v, "aux").stream().anyMatch(a -> pos(a).equals("VBP") || pos(a).equals("VBZ"));
    }

    /** {@return the mention at token {@code i}}, when an entity mention covers it */
    public Optional<Owned> mentionAt(int i) {
        return Optional.ofNullable(owners[i]);
    }

    /**
     * {@return the entity the noun phrase headed by {@code h} names}: the mention covering its
     * head; a first-person plural pronoun of a memoir is its narrator ("we" speaks through
     * them); else a proper-noun modifier ("the CPC forces") or the group it is part of
     * ("aircraft of the Air Force", "a group of journalists")
     */
    private Optional<String> entityOf(int h, int depth, boolean partOf) {
        if (quoted[h]) return Optional.empty();
        // a historian's "I" speaks to the reader, not in the story
        if (owners[h] != null && author.filter(owners[h].entity().id()::equals).isPresent()) return Optional.empty();
        if (owners[h] != null) return Optional.of(owners[h].entity().id());
        if (FIRST_PERSON_PLURAL.contains(words[h]) && pos(h).startsWith("PRP") && narrator.isPresent()) {
            return Optional.of(narrator.get().id());
        }
        if (depth > 2 || !noun(h)) return Optional.empty();
        // "a China Communist party plenum": the longest name among the modifiers
        Owned best = null;
        for (int c : deps.children(h, "compound")) {
            Owned o = widest(c);
            if (o != null && o.mention().kind() == MentionKind.NAME
                    && (best == null || o.mention().span().length() > best.mention().span().length())) {
                best = o;
            }
        }
        if (best != null) return Optional.of(best.entity().id());
        // "the envoys of Varga" are Varga's side; "an inroad of the Franks" is no one
        if (!partOf || depth > 0 || !(ActorNouns.actor(deps.lemma(h)) || ActorNouns.actor(words[h]))) return Optional.empty();
        for (int c : deps.children(h, "nmod")) {
            if (!deps.is(c, "nmod:poss") && caseOf(c).equals("of")) {
                Optional<String> of = entityOf(c, depth + 1, false);
                if (of.isPresent()) return of;
            }
        }
        return Optional.empty();
    }

    /** {@return the longest mention covering token {@code c} or a token of its compound modifiers}, or null */
    private Owned widest(int c) {
        Owned best = owners[c];
        for (int k = 0; k < owners.length; k++) {
            Owned o = owners[k];
            if (o == null || k == c) continue;
            if (o.mention().span().contains(span(c))
                    && (best == null || o.mention().span().length() > best.mention().span().length())) {
                best = o;
            }
        }
        return best;
    }

    /** {@return the type of the entity at {@code h}}, when a mention covers it */
    public Optional<EntityType> typeAt(int h) {
        return Optional.ofNullable(owners[h]).map(o -> o.entity().type());
    }
}
