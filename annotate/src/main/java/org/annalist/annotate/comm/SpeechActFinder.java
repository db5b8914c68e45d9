package org.annalist.annotate.comm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.comm.SpeechActEntry.Part;
import org.annalist.annotate.comm.SpeechActEntry.Slot;
import org.annalist.annotate.comm.SpeechActEntry.Use;
import org.annalist.annotate.comm.SpeechActLexicon.Governor;
import org.annalist.annotate.parse.MentionIndex;
import org.annalist.annotate.parse.ParsedSentence;
import org.annalist.model.layer.Channel;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.MentionKind;
import org.annalist.model.layer.SpeechAct;

/**
 * Finds the messages of one parsed sentence: each word of the {@link SpeechActLexicon}
 * outside quotations, its parties read from the parse.
 *
 * <p>A verb's sender is its subject (through coordination and control), or the agent of a
 * passive ("was ordered by K"); its addressees stand where its entry says: the object, the
 * indirect object, a phrase after a preposition ("wrote to X", "war on Y"), the subject of a
 * directive's clause ("demanded that the army withdraw"), or, for an answer, the author of
 * the message answered ("rejected Hale's demand"). A message noun's sender is its author
 * ("Marsh's orders", "orders from Dunn"), else the subject of the verb that sends it
 * ("issued a proclamation"), or of the clause it is the vehicle of ("in a memo to X, Varga
 * pointed out"); the subject of a verb that receives or obeys it, or of a clause done under
 * it ("Under orders from Dunn, Hale attacked"), is its addressee. A denied or
 * counterfactual act is no message; messages of one sender in one sentence make one.
 */
final class SpeechActFinder {

    private static final Set<String> SKIPPED_RELATIONS = Set.of("fixed", "flat", "goeswith", "compound", "amod");
    /** prepositions that make a message noun the vehicle of its clause: "in a speech", "by letter" */
    private static final Set<String> VEHICLE_CASES = Set.of("in", "by", "through", "via", "over");
    /**
     * marks of a directive's clause whose subject is its addressee: "a call for the states to
     * send", and the parser's reading of "an order to Hale to halt", "called on Hale to resign"
     * as a clause whose subject is the one addressed
     */
    private static final Set<String> MARK_FOR = Set.of("for", "to", "on", "upon");
    /** verbs of composing a message, whose subject is its author */
    private static final Set<String> COMPOSE = Set.of("write", "draft", "prepare", "dictate", "draw");
    private static final Set<String> FROM = Set.of("from");
    private static final Set<String> TO = Set.of("to");
    private static final Set<String> AUTHOR_CASES = Set.of("from", "of", "by");
    private static final Set<String> PARTICIPATION_CASES = Set.of("in", "into");
    private static final Set<String> RELATIVE_OBJECTS = Set.of("whom", "who", "that", "which");
    /** what may stand just before a reporting verb set after the words it reports ("…, answers Hale") */
    private static final Set<String> INVERSION_OPENERS = Set.of(",", "(", ":", ";", "--", "—", "–", "''", "'", "\"",
            "”", "’", "thus", "so");
    /** message nouns that as a singular are as often a rank or an arrangement: "in good order", "the order of the clergy" */
    private static final Set<String> RANK_OR_ARRANGEMENT = Set.of("order");
    /**
     * modals of ability, possibility and obligation, and "would" of a future in the past, a habit or
     * a condition: "Varga can demand", "Hale could write", "he would ask us to …" tell of no act done
     */
    /** channels a verb of transmission implies by its nature: "radioed that" is a message though no one is named */
    private static final Set<Channel> TELECOMMUNICATION = Set.of(Channel.RADIO, Channel.TELEGRAM, Channel.TELEPHONE);

    private final SpeechActLexicon lexicon;
    private final AbstractNames abstractNames;

    SpeechActFinder(SpeechActLexicon lexicon) {
        this(lexicon, AbstractNames.standard());
    }

    SpeechActFinder(SpeechActLexicon lexicon, AbstractNames abstractNames) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.abstractNames = Objects.requireNonNull(abstractNames, "abstractNames");
    }

    List<Draft> find(ParsedSentence s) {
        return find(s, false);
    }

    /**
     * {@return the messages of {@code s}}; in a story told in the past ({@code pastNarration}),
     * a verb in the simple present is the writer's comment or a general truth ("as Varga
     * announces in his preface", "the students appeal to their masters"), not an act of the story
     */
    List<Draft> find(ParsedSentence s, boolean pastNarration) {
        List<Draft> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.quoted(i) || skipped(s, i) || insideName(s, i)) continue;
            Optional<Part> part = Part.ofTag(s.pos(i));
            if (part.isEmpty()) continue;
            for (SpeechActEntry e : lexicon.entries(s.lemma(i), part.get())) {
                if (!meetsNeeds(s, i, e)) continue;
                if (part.get() == Part.VERB && pastNarration && simplePresent(s, i)) break;
                Optional<Draft> d = part.get() == Part.NOUN ? noun(s, i, e) : verb(s, i, e);
                d.ifPresent(found::add);
                break;
            }
        }
        return mergeBySender(found);
    }

    /** {@return true when the word at {@code i} is part of a longer name ("the Townhall Proclamation", "the Order of the Thistle")}: a title, not an act */
    private static boolean insideName(ParsedSentence s, int i) {
        return s.mentionAt(i).filter(o -> o.mention().kind() == MentionKind.NAME)
                .filter(o -> o.mention().span().length() > s.span(i).length()).isPresent();
    }

    /** {@return true when the verb at {@code i} is in the simple present, with no auxiliary} ("announces", not "has announced") */
    private static boolean simplePresent(ParsedSentence s, int i) {
        return (s.pos(i).equals("VBZ") || s.pos(i).equals("VBP")) && s.children(i, "aux").isEmpty()
                && s.children(i, "aux:pass").isEmpty();
    }

    private static boolean skipped(ParsedSentence s, int i) {
        String r = s.relation(i);
        int colon = r.indexOf(':');
        return SKIPPED_RELATIONS.contains(colon < 0 ? r : r.substring(0, colon));
    }

    /**
     * {@return true when one of the entry's needed words is a dependent of {@code i}, a
     * preposition or mark of one, or its head}; a need written {@code @relation} is met by a
     * dependent in that relation
     */
    private static boolean meetsNeeds(ParsedSentence s, int i, SpeechActEntry e) {
        if (e.needs().isEmpty()) return true;
        for (String need : e.needs()) {
            // an infinitive, a clause or a noun ("declared Hale the winner"), not an adjective: "presses
            // slumbering round the Palace" presses no one
            if (need.startsWith("@") && s.children(i, need.substring(1)).stream()
                    .anyMatch(c -> !need.equals("@xcomp") || s.verb(c) || s.noun(c))) {
                return true;
            }
            // "the terms I proposed": a relative clause's antecedent is its verb's object
            // ("the road which Hale proposed to take": with an infinitive the pronoun may be the infinitive's)
            if (need.equals("@obj") && s.is(i, "acl:relcl") && s.children(i, "obj").isEmpty()
                    && s.children(i, "xcomp").isEmpty()) {
                return true;
            }
        }
        int h = s.head(i);
        if (h >= 0 && e.needs().contains(s.lemma(h))) return true;
        for (int c : s.children(i)) {
            // a noun's own preposition is not what it needs: "to Lee's communications" is no communication to anyone
            if (s.is(c, "case")) continue;
            // the word's own subordinator or relative pronoun is not its complement: "impossible that he
            // could command the regions", "the years that he directed the administration"
            boolean own = s.is(c, "mark") || RELATIVE_OBJECTS.contains(s.word(c));
            if (!own && (e.needs().contains(s.word(c)) || e.needs().contains(s.lemma(c)))) return true;
            for (int g : s.children(c)) {
                // "called on the governor", not "called him on the telephone": a preposition that brings
                // the addressee meets the need only before a party
                if (s.is(g, "case") && e.prepositions().contains(s.word(g)) && s.party(c).isEmpty()) continue;
                if ((s.is(g, "case") || s.is(g, "mark") || s.is(g, "compound") || s.is(g, "amod"))
                        && (e.needs().contains(s.word(g)) || e.needs().contains(s.lemma(g)))) {
                    return true;
                }
                // "heard of the plan from X": the parser may hang the addressee's phrase on the oblique's
                // noun; only a preposition that brings a party ("reported for duty to X" reports nothing)
                if (s.is(c, "obl") && s.is(g, "nmod") && e.needs().contains(s.caseOf(g))
                        && e.prepositions().contains(s.caseOf(g))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Optional<Draft> verb(ParsedSentence s, int v, SpeechActEntry e) {
        if (e.act().filter(a -> a == SpeechAct.DECLARATION).isPresent() && conferred(s, v)) return Optional.empty();
        boolean denied = s.negated(v) || s.unreal(v) || s.onlyPossible(v);
        boolean passive = s.passive(v);
        Set<String> senders = new LinkedHashSet<>();
        Set<String> recipients = new LinkedHashSet<>();
        boolean answered = false;
        List<Integer> speaker = invertedSpeaker(s, v);
        if (!speaker.isEmpty()) {
            // "…, answers Hale", "(asks the council)": the phrase after an inverted reporting verb is its speaker
            senders.addAll(s.parties(speaker));
        } else if (e.use() == Use.RECEIVE) {
            recipients.addAll(s.parties(passive ? s.passiveSubjects(v) : s.subjects(v)));
            senders.addAll(s.parties(fromPhrases(s, v)));
        } else {
            if (passive) {
                senders.addAll(s.parties(s.agents(v)));
                if (e.addressee().contains(Slot.OBJ)) recipients.addAll(actors(s, s.passiveSubjects(v)));
            } else {
                senders.addAll(s.parties(s.subjects(v)));
                if (e.addressee().contains(Slot.OBJ)) recipients.addAll(actors(s, objects(s, v)));
            }
            if (e.addressee().contains(Slot.IOBJ)) recipients.addAll(actors(s, s.children(v, "iobj")));
            Set<String> preps = new HashSet<>(e.prepositions());
            preps.remove("between");
            recipients.addAll(actors(s, addressPhrases(s, v, preps)));
            if (e.addressee().contains(Slot.CLAUSE)) recipients.addAll(clauseSubjects(s, v));
            if (e.addressee().contains(Slot.BETWEEN)) {
                List<String> sides = s.parties(s.attachedToClause(v, Set.of("between")));
                senders.addAll(sides);
                recipients.addAll(sides);
            }
            if (e.addressee().contains(Slot.AUTHOR)) {
                List<Integer> answeredNouns = new ArrayList<>(s.children(v, "obj"));
                answeredNouns.addAll(s.attached(v, TO));
                for (int o : answeredNouns) {
                    // "declined any hostile declarations": no message there to answer
                    if (!messageNoun(s, o) || noneInParticular(s, o)) continue;
                    answered = true;
                    recipients.addAll(authorOf(s, o));
                }
            }
        }
        if (e.use() == Use.ANSWER && !answered && recipients.isEmpty()) return Optional.empty();
        if (speaker.isEmpty() && e.use() != Use.RECEIVE && recipients.isEmpty()
                && unnamedAddressee(s, verbAddressees(s, v, e, passive))) {
            return Optional.empty();
        }
        senders.removeAll(nonAgents(s));
        if (senders.isEmpty()) return Optional.empty();
        if (narration(s, v)) return Optional.empty();
        if (!e.addressee().contains(Slot.BETWEEN)) recipients.removeAll(senders);
        Optional<Channel> context = channelNear(s, v);
        Optional<Channel> channel = context.or(e::channel);
        if (e.use() == Use.ADDRESSED && recipients.isEmpty() && context.isEmpty()
                && !(e.channel().isPresent() && TELECOMMUNICATION.contains(e.channel().get()))
                && !(e.act().filter(a -> a == SpeechAct.DECLARATION).isPresent() && quotedAfter(s, v))) {
            return Optional.empty();
        }
        return Optional.of(new Draft(s.sentence().span(), s.span(v), e.act().orElseThrow(), List.copyOf(senders),
                List.copyOf(recipients), channel, false, true, denied));
    }

    private Optional<Draft> noun(ParsedSentence s, int n, SpeechActEntry e) {
        // "without orders from Dunn": a message the text says was not there
        if (e.part() == Part.MEDIUM || s.negated(n) || s.caseOf(n).equals("without")) return Optional.empty();
        // "forbade any order to go out": a message of no one in particular is none sent
        if (noneInParticular(s, n)) return Optional.empty();
        if (RANK_OR_ARRANGEMENT.contains(s.lemma(n)) && s.pos(n).equals("NN") && !commandSense(s, n)) return Optional.empty();
        Set<String> senders = new LinkedHashSet<>(authorOf(s, n));
        int head = s.head(n);
        // "Dunn gave his orders"; not "his orders were repeated", where who repeated them is unsaid
        boolean sent = head >= 0 && s.verb(head) && s.is(n, "obj") && lexicon.governor(s.lemma(head))
                .filter(g -> g == Governor.SEND).isPresent();
        if (e.act().filter(a -> a == SpeechAct.ORDER).isPresent() && !sent && possessivePronoun(s, n)) {
            // "his orders", "his instructions": as often the orders he received as those he gave
            senders.clear();
        }
        if (e.act().filter(a -> a == SpeechAct.ORDER).isPresent() && s.is(n, "nsubj:pass") && head >= 0
                && lexicon.governor(s.lemma(head)).isEmpty() && s.agents(head).isEmpty()) {
            // "Hale's orders were changed": by whom is unsaid, and whose they were is as likely the one who got them
            senders.removeAll(s.parties(s.children(n, "nmod:poss")));
        }
        Set<String> recipients = new LinkedHashSet<>();
        if (e.use() == Use.ANSWER) {
            // "his refusal of the offer" answers a message; "his refusal to countenance a wider war" none
            List<Integer> answeredNouns = s.attached(n, Set.of("of", "to")).stream().filter(k -> messageNoun(s, k)).toList();
            if (answeredNouns.isEmpty()) return Optional.empty();
            for (int k : answeredNouns) recipients.addAll(authorOf(s, k));
        }
        Set<String> preps = new HashSet<>(e.prepositions());
        preps.remove("between");
        List<Integer> addressed = new ArrayList<>(s.attached(n, preps));
        addressed.addAll(addresseesOfVerbItDrives(s, n));
        recipients.addAll(actors(s, addressed));
        // "a reply to Hale's letter": a message to a message goes to its author
        for (int k : s.attached(n, TO)) {
            if (messageNoun(s, k)) recipients.addAll(authorOf(s, k));
        }
        if (e.addressee().contains(Slot.CLAUSE)) recipients.addAll(clauseSubjects(s, n));
        boolean mutual = false;
        if (e.addressee().contains(Slot.BETWEEN)) {
            List<String> sides = s.parties(s.attached(n, Set.of("between")));
            mutual = !sides.isEmpty();
            senders.addAll(sides);
            recipients.addAll(sides);
        }
        Optional<Channel> channel = e.channel().or(() -> channelOfModifiers(s, n));
        int g = s.head(n);
        boolean onSubject = false;
        if (g >= 0 && s.is(n, "nmod") && !s.verb(g) && s.is(g, "nsubj") && s.party(g).isPresent()
                && VEHICLE_CASES.contains(s.caseOf(n))) {
            // "Varga, in a memo to Ostrova, pointed out …": the parser hangs the phrase on the subject
            onSubject = true;
            g = s.head(g);
        }
        if (g >= 0 && s.verb(g)) {
            if (s.negated(g) || s.unreal(g) || s.onlyPossible(g) || narration(s, g)) return Optional.empty();
            Optional<Governor> governor = lexicon.governor(s.lemma(g));
            boolean object = s.is(n, "obj") || s.is(n, "nsubj:pass");
            boolean byPassive = s.is(n, "nsubj:pass");
            if (object && governor.isPresent()) {
                switch (governor.get()) {
                    case SEND -> {
                        List<String> by = s.parties(byPassive ? s.agents(g) : s.subjects(g));
                        if (e.act().filter(a -> a == SpeechAct.ORDER).isPresent() && COMPOSE.contains(s.lemma(g))
                                && !by.isEmpty() && !by.containsAll(senders) && namedPossessor(s, n)) {
                            // "I then wrote out General Hunter's instructions": orders another composes are to their
                            // possessor (who forwards "Marsh's orders" still sends Marsh's)
                            recipients.addAll(senders);
                            senders.clear();
                        }
                        List<String> dative = new ArrayList<>(byPassive ? List.of() : dativeCompounds(s, n, by));
                        if (!byPassive) {
                            // "gave Hale his instructions": the possessor the message is given to receives it
                            List<String> given = s.parties(s.children(g, "iobj"));
                            s.parties(s.children(n, "nmod:poss")).stream()
                                    .filter(given::contains).filter(x -> !by.contains(x)).forEach(dative::add);
                        }
                        if (!dative.isEmpty()) {
                            // "Marsh gave Hale instructions": the parser reads the one given them as their modifier
                            senders.removeAll(dative);
                            recipients.addAll(dative);
                        }
                        if (senders.isEmpty()) senders.addAll(by);
                        recipients.addAll(actors(s, s.attached(g, TO)));
                        addressed.addAll(s.attached(g, TO));
                        if (!byPassive) {
                            recipients.addAll(actors(s, s.children(g, "iobj")));
                            addressed.addAll(s.children(g, "iobj"));
                        }
                    }
                    case UPTAKE -> {
                        recipients.addAll(s.parties(byPassive ? s.agents(g) : s.subjects(g)));
                        if (senders.isEmpty()) senders.addAll(s.parties(s.attached(g, FROM)));
                    }
                    case TAKE_PART -> {
                        senders.addAll(s.parties(byPassive ? s.agents(g) : s.subjects(g)));
                        // "the negotiation was attended by Hale and Ostrova": each party speaks to the others
                        if (e.addressee().contains(Slot.WITH) && senders.size() > 1) {
                            recipients.addAll(senders);
                            mutual = true;
                        }
                    }
                }
            } else if (s.is(n, "obl") || onSubject) {
                String c = s.caseOf(n);
                if (governor.filter(x -> x == Governor.TAKE_PART).isPresent() && PARTICIPATION_CASES.contains(c)) {
                    senders.addAll(s.parties(s.subjects(g)));
                } else if (!senders.isEmpty() && !c.equals("with") && !c.equals("according to")) {
                    // ("according to Hale's report, 700 were buried by the troops" cites the report; nothing is done under it)
                    // "Under orders from Dunn, Hale attacked": the clause is done at the message's
                    // behest, by its subject, or in the passive by its agent
                    recipients.addAll(s.parties(s.passive(g) ? s.agents(g) : s.subjects(g)));
                } else if (channel.isPresent() && VEHICLE_CASES.contains(c) && !(c.equals("in") && bare(s, n))) {
                    // "In a memo to Ostrova, Varga pointed out": the message is the vehicle of the clause
                    senders.addAll(s.parties(s.passive(g) ? s.agents(g) : s.subjects(g)));
                }
            }
        }
        senders.removeAll(nonAgents(s));
        if (senders.isEmpty()) return Optional.empty();
        if (!mutual) recipients.removeAll(senders);
        if (recipients.isEmpty() && unnamedAddressee(s, addressed)) return Optional.empty();
        return Optional.of(new Draft(s.sentence().span(), s.span(n), e.act().orElseThrow(), List.copyOf(senders),
                List.copyOf(recipients), channel, same(s, n), false, false));
    }

    /**
     * {@return true when the singular noun at {@code n} is a command by its syntax}: it has an
     * author ("Dunn's order", "the order of the general", "an order from Marsh"), a content ("an
     * order to advance", "an order that …"), or a verb that gives, receives or carries it ("issued
     * an order", "by order of"); otherwise it is a rank or an arrangement ("in good order", "the
     * order of battle", "the order of the clergy", "the order of the day")
     */
    private boolean commandSense(ParsedSentence s, int n) {
        if (!s.children(n, "nmod:poss").isEmpty()) return true;
        for (int c : s.children(n)) {
            if (s.is(c, "acl") || s.is(c, "ccomp") || s.is(c, "advcl") || s.is(c, "acl:relcl") && !s.children(c, "obj").isEmpty()) {
                return true;
            }
        }
        int g = s.head(n);
        if (g >= 0 && s.verb(g) && (s.is(n, "obj") || s.is(n, "nsubj:pass")) && lexicon.governor(s.lemma(g)).isPresent()) {
            return true;
        }
        for (int k : s.attached(n, AUTHOR_CASES)) {
            if (s.party(k).isEmpty()) continue;
            // "the order of the deacons" is their rank; "the order of Dunn", "of the council", his command
            boolean one = s.mentionAt(k).map(o -> o.mention().kind() == MentionKind.NAME).orElse(false)
                    || !s.pos(k).endsWith("S");
            if (!s.caseOf(k).equals("of") || one) return true;
        }
        return false;
    }

    /**
     * {@return true when the verb at {@code v} makes another what a noun names}: "declared Hale
     * consul", "was proclaimed emperor by the troops", "proclaimed both brothers emperors" confer a
     * status, as an appointment does, and address no one; "declared himself the winner" is still an
     * announcement
     */
    private static boolean conferred(ParsedSentence s, int v) {
        // "Hale was declared emperor", whatever the parser made of "emperor": a person is not declared as war is
        if (s.passive(v) && s.passiveSubjects(v).stream().anyMatch(k -> s.typeAt(k).filter(t -> t == EntityType.PERSON).isPresent())) {
            return true;
        }
        // "was declared emperor by the troops", "was proclaimed king": a bare singular noun right after a passive verb is
        // the status it confers, however the parser hung it
        if (s.passive(v) && v + 1 < s.size() && s.pos(v + 1).equals("NN") && s.children(v + 1, "det").isEmpty()) {
            return true;
        }
        // "proclaimed both brothers emperors", read as a double object
        if (s.children(v, "iobj").stream().anyMatch(o -> !s.word(o).endsWith("self") && !s.word(o).endsWith("selves"))
                && s.children(v, "obj").stream().anyMatch(s::noun)) {
            return true;
        }
        List<Integer> status = s.children(v, "xcomp").stream().filter(s::noun).toList();
        if (status.isEmpty()) return false;
        if (!s.children(v, "nsubj:pass").isEmpty()) return true;
        // the one made so is the verb's object, or the subject the parser gives the noun ("declared her a goddess")
        List<Integer> made = new ArrayList<>(s.children(v, "obj"));
        for (int x : status) made.addAll(s.children(x, "nsubj"));
        return made.stream().anyMatch(o -> !s.word(o).endsWith("self") && !s.word(o).endsWith("selves"));
    }

    /**
     * {@return true when the verb at {@code v} is the narrator speaking in the present}: "as we
     * often urge", "we declare all Emigrants suspect", "I give this letter in substance" are the
     * narration speaking to its reader, not an act of the story
     */
    private static boolean narration(ParsedSentence s, int v) {
        return s.present(v) && s.narratorId().map(n -> s.parties(s.subjects(v)).equals(List.of(n))).orElse(false);
    }

    /**
     * {@return the addressees of the message verb whose subject the message noun at {@code n} is}:
     * "his letter informed the council", "the letters of Hale condescended to inform the senate"
     */
    private List<Integer> addresseesOfVerbItDrives(ParsedSentence s, int n) {
        int g = s.head(n);
        if (g < 0 || !s.is(n, "nsubj") || !s.verb(g)) return List.of();
        List<Integer> verbs = new ArrayList<>(List.of(g));
        verbs.addAll(s.children(g, "xcomp"));
        List<Integer> out = new ArrayList<>();
        for (int v : verbs) {
            if (!s.verb(v) || lexicon.entries(s.lemma(v), Part.VERB).isEmpty()) continue;
            SpeechActEntry e = lexicon.entries(s.lemma(v), Part.VERB).get(0);
            if (e.use() == Use.RECEIVE) continue;
            out.addAll(verbAddressees(s, v, e, s.passive(v)));
        }
        return out;
    }

    /** {@return the heads where a verb's entry puts its addressee} */
    private static List<Integer> verbAddressees(ParsedSentence s, int v, SpeechActEntry e, boolean passive) {
        List<Integer> out = new ArrayList<>();
        if (e.addressee().contains(Slot.OBJ)) out.addAll(passive ? s.passiveSubjects(v) : objects(s, v));
        if (e.addressee().contains(Slot.IOBJ)) out.addAll(s.children(v, "iobj"));
        Set<String> preps = new HashSet<>(e.prepositions());
        preps.remove("between");
        out.addAll(addressPhrases(s, v, preps));
        return out;
    }

    /**
     * {@return true when one of {@code heads} names someone the text addresses but the entity
     * layer does not tell who} ("ordered his officers to", "wrote to one of his generals", a
     * "him" whose antecedent is unsure): a record without its addressee would misreport the message
     */
    private static boolean unnamedAddressee(ParsedSentence s, List<Integer> heads) {
        for (int h : heads) {
            if (s.someone(h) && actors(s, List.of(h)).isEmpty() && s.parties(h).isEmpty()) return true;
        }
        return false;
    }

    /**
     * {@return the author of the message noun at {@code n}}: its possessor, "from X", "by X",
     * "of X" when X is named and does nothing in the phrase ("the proclamation of the Emperor",
     * not "reports of troops breaking"), or a proper modifier ("Confederate overtures")
     */
    private List<String> authorOf(ParsedSentence s, int n) {
        Set<String> out = new LinkedHashSet<>(s.parties(s.children(n, "nmod:poss")));
        int g = s.head(n);
        // "sent him orders by staff officers": who carries a message sent by the subject is no author
        boolean sentBySubject = g >= 0 && s.is(n, "obj") && s.verb(g) && !s.subjects(g).isEmpty()
                && lexicon.governor(s.lemma(g)).filter(x -> x == Governor.SEND).isPresent();
        if (out.isEmpty()) {
            for (int k : s.attached(n, AUTHOR_CASES)) {
                String c = s.caseOf(k);
                if (c.equals("of") && (s.mentionAt(k).isEmpty() || !s.children(k, "acl").isEmpty())) continue;
                if (c.equals("by") && sentBySubject) continue;
                out.addAll(actors(s, List.of(k)));
            }
        }
        if (out.isEmpty()) {
            for (int c : s.children(n)) {
                if (!(s.is(c, "amod") || s.is(c, "compound"))) continue;
                // a modifier's own name ("Confederate overtures"), not the mention of the whole phrase
                s.mentionAt(c).filter(o -> !o.mention().span().contains(s.span(n)))
                        .filter(o -> !(venue(s, n) && MentionIndex.place(o.entity().type())
                                || venue(s, n) && o.entity().type() == EntityType.GPE))
                        .ifPresent(o -> out.add(o.entity().id()));
            }
        }
        return List.copyOf(out);
    }

    /** "the Bandung conference": a meeting's proper modifier is where it met, not who spoke */
    private boolean venue(ParsedSentence s, int n) {
        return lexicon.entries(s.lemma(n), Part.NOUN).stream()
                .anyMatch(e -> e.addressee().contains(Slot.BETWEEN));
    }

    /**
     * {@return the people named as compound modifiers before a message noun that the subject of
     * a verb of sending gives}: "gave Hale instructions", which the parser reads as one noun phrase
     */
    private static List<String> dativeCompounds(ParsedSentence s, int n, List<String> by) {
        if (by.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (int c : s.children(n, "compound")) {
            if (c > n) continue;
            s.mentionAt(c).filter(o -> o.entity().type() == EntityType.PERSON)
                    .filter(o -> !o.mention().span().contains(s.span(n)))
                    .map(o -> o.entity().id()).filter(id -> !by.contains(id)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * {@return true when the message noun at {@code n} is a bare singular, with no determiner,
     * possessor, number or modifier}: after "in", the faculty ("stammered in speech"), not one
     * message ("ruled by decree" is still the decree's vehicle)
     */
    private static boolean bare(ParsedSentence s, int n) {
        if (!s.pos(n).equals("NN")) return false;
        for (int c : s.children(n)) {
            if (s.is(c, "det") || s.is(c, "nmod:poss") || s.is(c, "nummod") || s.is(c, "amod") || s.is(c, "compound")) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return the entities of the sentence that cannot send a message}: a place named as a place
     * ("was ordered by the Orange Road" names a route, not an agent), and an abstraction a writer
     * personifies ("Feudality proclaims its own death")
     */
    private Set<String> nonAgents(ParsedSentence s) {
        Set<String> out = new HashSet<>();
        Set<String> standsForAgent = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            s.mentionAt(i).ifPresent(o -> {
                boolean place = MentionIndex.place(o.entity().type());
                if (place && !o.mention().metonymic()
                        || o.mention().kind() == MentionKind.NAME && abstractNames.abstraction(o.mention().text())) {
                    out.add(o.entity().id());
                } else if (place) {
                    // "the Kremlin replied": a place standing for those who govern there
                    standsForAgent.add(o.entity().id());
                }
            });
        }
        out.removeAll(standsForAgent);
        return out;
    }

    private static boolean namedPossessor(ParsedSentence s, int n) {
        return s.children(n, "nmod:poss").stream().anyMatch(c -> s.pos(c).startsWith("NNP"));
    }

    private static boolean possessivePronoun(ParsedSentence s, int n) {
        return s.children(n, "nmod:poss").stream().anyMatch(c -> s.pos(c).equals("PRP$"));
    }

    /** {@return true for a message of no one in particular: "any order", "no declaration"} */
    private static boolean noneInParticular(ParsedSentence s, int k) {
        return s.children(k, "det").stream().anyMatch(d -> s.word(d).equals("any") || s.word(d).equals("no"));
    }

    private boolean messageNoun(ParsedSentence s, int k) {
        return s.noun(k) && lexicon.entries(s.lemma(k), Part.NOUN).stream().anyMatch(e -> e.act().isPresent());
    }

    /**
     * {@return the subjects of a directive's complement clause: "demanded that X withdraw", "a call
     * for X to send"}; the subject of a passive complement is no addressee
     */
    private static List<String> clauseSubjects(ParsedSentence s, int k) {
        List<Integer> subjects = new ArrayList<>();
        for (int c : s.children(k)) {
            boolean complement = s.is(c, "ccomp") || (s.is(c, "advcl") || s.is(c, "acl"))
                    && s.children(c, "mark").stream().anyMatch(m -> MARK_FOR.contains(s.word(m)));
            if (!complement) continue;
            // "commanded that Hale should be brought in chains": who undergoes a passive is not told to do it
            subjects.addAll(s.children(c, "nsubj").stream().filter(x -> !s.is(x, "nsubj:pass")).toList());
        }
        return s.parties(subjects);
    }

    /**
     * {@return the objects of {@code v}, a relative pronoun standing for its antecedent}
     * ("Hale, whom I had telegraphed to join me")
     */
    private static List<Integer> objects(ParsedSentence s, int v) {
        List<Integer> out = new ArrayList<>();
        for (int o : s.children(v, "obj")) {
            out.add(RELATIVE_OBJECTS.contains(s.word(o)) && s.is(v, "acl:relcl") && s.head(v) >= 0 ? s.head(v) : o);
        }
        return out;
    }

    /**
     * {@return the noun phrases after {@code cases} on {@code v} or its object, and those the
     * parser hung on an oblique after the verb that names no party} ("denouncing Hale behind his
     * back to Ostrova"); an oblique before the verb sets the scene ("On the way to Varna, I
     * telegraphed …" addresses no one at Varna)
     */
    private static List<Integer> addressPhrases(ParsedSentence s, int v, Set<String> cases) {
        List<Integer> out = new ArrayList<>(s.attachedToClause(v, cases));
        Set<String> onOblique = new HashSet<>(cases);
        onOblique.remove("of");
        for (int o : s.children(v, "obl")) {
            if (o > v && s.mentionAt(o).isEmpty() && s.addressee(o).isEmpty()) out.addAll(s.attached(o, onOblique));
        }
        return out;
    }

    /** {@return the noun phrases after "from" on {@code v}, its object or its obliques} ("privy to these talks from Sorge") */
    private static List<Integer> fromPhrases(ParsedSentence s, int v) {
        return s.attachedToClauseOrOblique(v, FROM);
    }

    /** {@return the parties of {@code heads} that can be addressed: people, organisations, states, not places named as places} */
    private static List<String> actors(ParsedSentence s, List<Integer> heads) {
        Set<String> out = new LinkedHashSet<>();
        for (int h : heads) {
            for (int k : s.conjuncts(h)) {
                boolean literalPlace = s.mentionAt(k).map(o -> !o.mention().metonymic()
                        && MentionIndex.place(o.entity().type())).orElse(false);
                if (!literalPlace) s.addressee(k).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    /** {@return the channel a dependent of {@code v} names}: "on the phone", "by letter", "in a radio communication" */
    private Optional<Channel> channelNear(ParsedSentence s, int v) {
        for (int c : s.children(v)) {
            if (!(s.is(c, "obl") || s.is(c, "obj") || s.is(c, "nmod") || s.is(c, "advmod"))) continue;
            Optional<Channel> own = lexicon.channelOfNoun(s.lemma(c));
            if (own.isPresent()) return own;
            Optional<Channel> modifier = channelOfModifiers(s, c);
            if (modifier.isPresent()) return modifier;
        }
        return Optional.empty();
    }

    private Optional<Channel> channelOfModifiers(ParsedSentence s, int n) {
        for (int c : s.children(n)) {
            if (s.is(c, "compound") || s.is(c, "amod")) {
                Optional<Channel> m = lexicon.channelOfNoun(s.lemma(c));
                if (m.isPresent()) return m;
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the phrase after {@code v} that speaks, when {@code v} is a reporting verb set
     * after its words with its subject behind it}: "…, answers Hale with a question", "(asks
     * the council)", "Thus asks Varga": a finite verb heading its own clause with no subject
     * before it, right after a comma, bracket, colon, dash, quotation mark or "thus", and one
     * noun phrase after it that the parser took for its object or subject; empty otherwise
     */
    private static List<Integer> invertedSpeaker(ParsedSentence s, int v) {
        if (v == 0 || !(s.pos(v).equals("VBZ") || s.pos(v).equals("VBP") || s.pos(v).equals("VBD"))) return List.of();
        if (!INVERSION_OPENERS.contains(s.word(v - 1).toLowerCase(java.util.Locale.ROOT))) return List.of();
        // a verb of its own clause (not "rode north, ordered the bridge burnt", which shares a subject) with none before it
        if (!(s.is(v, "root") || s.is(v, "parataxis") || s.is(v, "ccomp") || s.is(v, "dep"))) return List.of();
        if (s.children(v, "nsubj").stream().anyMatch(k -> k < v)) return List.of();
        List<Integer> after = new ArrayList<>();
        for (int k : s.children(v)) {
            if (k > v && (s.is(k, "obj") || s.is(k, "nsubj")) && s.noun(k)) after.add(k);
        }
        return after.size() == 1 ? after : List.of();
    }

    /** {@return true when words after {@code v} in its sentence are quoted}: "declared that 'the city will stand'" gives the words spoken */
    private static boolean quotedAfter(ParsedSentence s, int v) {
        for (int i = v + 1; i < s.size(); i++) if (s.quoted(i)) return true;
        return false;
    }

    /** "in the same radio communication": the message continues one before */
    private static boolean same(ParsedSentence s, int n) {
        return s.children(n).stream().anyMatch(c -> s.word(c).equals("same"));
    }

    /**
     * Messages of one sender in one sentence are one message ("in a memo to X, Varga pointed
     * out … and asked for …"); an act the text denies is no message, but its addressee is the
     * one the sender's message in that sentence went to ("apologized for having failed to
     * forewarn Moscow").
     */
    private static List<Draft> mergeBySender(List<Draft> drafts) {
        List<Draft> sorted = new ArrayList<>(drafts);
        sorted.sort((a, b) -> a.cue().compareTo(b.cue()));
        List<Draft> merged = new ArrayList<>();
        for (Draft d : sorted) {
            int same = -1;
            for (int k = 0; k < merged.size(); k++) {
                if (new HashSet<>(merged.get(k).senders()).equals(new HashSet<>(d.senders()))) same = k;
            }
            if (same >= 0) merged.set(same, merged.get(same).denied() && !d.denied() ? d.merge(merged.get(same))
                    : merged.get(same).merge(d));
            else merged.add(d);
        }
        merged.removeIf(Draft::denied);
        return merged;
    }
}
