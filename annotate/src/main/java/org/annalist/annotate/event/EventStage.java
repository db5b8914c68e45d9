package org.annalist.annotate.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.ParseScope;
import org.annalist.annotate.Stage;
import org.annalist.annotate.comm.CommunicationDater;
import org.annalist.annotate.parse.MentionIndex;
import org.annalist.annotate.parse.ParsedSentence;
import org.annalist.model.Span;
import org.annalist.model.layer.Communication;
import org.annalist.model.layer.Communications;
import org.annalist.model.layer.Dependencies;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Event;
import org.annalist.model.layer.EventType;
import org.annalist.model.layer.Events;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Parse;
import org.annalist.model.layer.Participant;
import org.annalist.model.layer.Participant.Role;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.Quotes;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.Tokens;

/**
 * Clause-level deeds over the dependency parse: a word of the {@link EventLexicon} outside
 * quotations, neither denied nor counterfactual; for a verb, its agent is its subject (through
 * coordination and control) and its patient its object, or in the passive the subject is the
 * patient and "by X" the agent; for a noun ("Lee's surrender", "the attack on Fort Sumter"),
 * the possessor or "by X" is the agent and "of/on/against X" the patient. Its place is the
 * first place named after "in", "at", "near", "to", "on", "into" or "toward"; its date the
 * clause's own timex or the narrative's. Every communication is an event too.
 *
 * <p>Reads {@link Tokens}, {@link Parse} (see {@link #parseScope()}), {@link Timexes},
 * {@link Entities}, {@link Quotes}, {@link Communications}; writes {@link Events}.
 */
public final class EventStage implements Stage<Events> {

    private static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "to", "on", "into", "toward", "towards");
    private static final Set<String> NOUN_AGENT = Set.of("by");
    private static final Set<String> NOUN_PATIENT = Set.of("of", "on", "against", "upon");
    private static final Set<EntityType> PLACES = Set.of(EntityType.GPE, EntityType.LOC, EntityType.FAC);
    private static final Set<EventType> PERSONAL = Set.of(EventType.APPOINTMENT, EventType.DISMISSAL, EventType.ARREST);

    private final EventLexicon lexicon;

    public EventStage(EventLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** {@return the stage with the lexicon shipped with annalist} */
    public static EventStage standard() {
        return new EventStage(EventLexicon.standard());
    }

    /**
     * {@return the sentences this stage reads a parse of}: those holding a word of its lexicon
     * tagged as a verb or a noun (no other reports a deed)
     */
    public ParseScope.Factory parseScope() {
        return text -> (sentence, lemmas) -> sentence.tokens().stream()
                .anyMatch(t -> (t.pos().startsWith("VB") || t.pos().startsWith("NN")) && lexicon.typeOf(t.word()).isPresent());
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Class<Events> produces() {
        return Events.class;
    }

    @Override
    public Set<Class<? extends Layer>> reads() {
        return Set.of(Tokens.class, Parse.class, Timexes.class, Entities.class, Quotes.class, Communications.class);
    }

    @Override
    public Events annotate(AnnotatedText text) {
        List<Span> quotes = text.layer(Quotes.class).quotes().stream().map(Quote::span).toList();
        MentionIndex mentions = new MentionIndex(text.layer(Entities.class));
        Parse parse = text.layer(Parse.class);
        CommunicationDater dater = new CommunicationDater(text.layer(Timexes.class).items(), quotes);
        List<Event> out = new ArrayList<>();
        for (Sentence sentence : text.layer(Tokens.class).sentences()) {
            Optional<Dependencies> deps = parse.of(sentence.span());
            if (deps.isEmpty()) continue;
            ParsedSentence s = ParsedSentence.of(sentence, deps.get(), mentions, quotes);
            for (int i = 0; i < s.size(); i++) {
                Optional<EventType> type = lexicon.typeOf(s.word(i));
                if (type.isEmpty() || s.quoted(i)) continue;
                event(s, i, type.get(), dater).ifPresent(out::add);
            }
        }
        for (Communication c : text.layer(Communications.class).items()) {
            List<Participant> parts = new ArrayList<>();
            c.senderIds().forEach(id -> parts.add(new Participant(Role.AGENT, id)));
            c.recipientIds().forEach(id -> parts.add(new Participant(Role.RECIPIENT, id)));
            out.add(new Event(c.evidence(), c.cue(), EventType.COMMUNICATION, parts, c.date(), Optional.empty()));
        }
        return new Events(out);
    }

    private Optional<Event> event(ParsedSentence s, int i, EventType type, CommunicationDater dater) {
        boolean verb = s.verb(i);
        if (!verb && !s.noun(i)) return Optional.empty();
        if (s.negated(i) || s.unreal(i)) return Optional.empty();
        // "a newly appointed chief", "an alliance directed against": a participle describing a noun reports no deed
        if (s.is(i, "amod") || s.is(i, "compound")) return Optional.empty();
        List<String> agents = new ArrayList<>();
        List<String> patients = new ArrayList<>();
        if (verb && s.passive(i)) {
            patients.addAll(s.parties(s.passiveSubjects(i)));
            agents.addAll(s.parties(s.agents(i)));
        } else if (verb) {
            agents.addAll(s.parties(s.subjects(i)));
            for (int o : s.children(i, "obj")) {
                for (String p : s.parties(o)) {
                    if (!agents.contains(p) && !place(s, o)) patients.add(p);
                }
            }
        } else {
            agents.addAll(s.parties(s.children(i, "nmod:poss")));
            agents.addAll(s.parties(s.attached(i, NOUN_AGENT)));
            for (int o : s.attached(i, NOUN_PATIENT)) {
                if (!place(s, o)) patients.addAll(s.parties(o));
            }
        }
        Optional<String> place = s.attachedToClause(i, PLACE_PREPS).stream()
                .filter(k -> place(s, k)).map(s::party).flatMap(Optional::stream).findFirst();
        if (agents.isEmpty() && patients.isEmpty() && place.isEmpty()) return Optional.empty();
        // appointments, dismissals and arrests befall people: "dismissed the information" is none
        if (PERSONAL.contains(type) && patients.isEmpty()) return Optional.empty();
        List<Participant> parts = new ArrayList<>();
        agents.forEach(a -> parts.add(new Participant(Role.AGENT, a)));
        patients.stream().filter(p -> !agents.contains(p)).forEach(p -> parts.add(new Participant(Role.PATIENT, p)));
        Span trigger = s.span(i);
        Span sentence = s.sentence().span();
        return Optional.of(new Event(sentence, trigger, type, parts,
                dater.date(sentence, trigger).map(CommunicationDater.Dated::value), place));
    }

    /** {@return true when the noun phrase at {@code k} names a place} */
    private static boolean place(ParsedSentence s, int k) {
        return s.typeAt(k).filter(PLACES::contains).isPresent();
    }
}
