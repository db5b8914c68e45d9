package org.annalist.annotate.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.Stage;
import org.annalist.annotate.comm.CommunicationDater;
import org.annalist.annotate.comm.SentenceView;
import org.annalist.annotate.comm.SentenceView.Placed;
import org.annalist.model.Span;
import org.annalist.model.layer.Communication;
import org.annalist.model.layer.Communications;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Event;
import org.annalist.model.layer.EventType;
import org.annalist.model.layer.Events;
import org.annalist.model.layer.Layer;
import org.annalist.model.layer.Mention;
import org.annalist.model.layer.Participant;
import org.annalist.model.layer.Participant.Role;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.Quotes;
import org.annalist.model.layer.Sentence;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.Tokens;

/**
 * Clause-level deeds by pattern, over parts of speech and entity mentions (no parser): a
 * verb of the {@link EventLexicon} outside quotations, its agent the clause subject, its
 * patient the object after it (in the passive, the subject is the patient and "by X" the
 * agent), its place the first place named after "in", "at", "near", "to" or "on", its date
 * the clause's own timex or the narrative's. Every communication is an event too.
 */
public final class EventStage implements Stage<Events> {

    private static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "to", "on", "into", "toward", "towards");
    private static final Set<EntityType> PLACES = Set.of(EntityType.GPE, EntityType.LOC, EntityType.FAC);
    private static final int WINDOW = 12;
    private static final Set<EventType> PERSONAL = Set.of(EventType.APPOINTMENT, EventType.DISMISSAL, EventType.ARREST);
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "be", "been", "being", "had",
            "has", "have", "having", "get", "got");

    private final EventLexicon lexicon;

    public EventStage(EventLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** {@return the stage with the lexicon shipped with annalist} */
    public static EventStage standard() {
        return new EventStage(EventLexicon.standard());
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
        return Set.of(Tokens.class, Timexes.class, Entities.class, Quotes.class, Communications.class);
    }

    @Override
    public Events annotate(AnnotatedText text) {
        List<Span> quotes = text.layer(Quotes.class).quotes().stream().map(Quote::span).toList();
        List<Entity> owners = new ArrayList<>();
        List<Mention> mentions = SentenceView.sortedMentions(text.layer(Entities.class), owners);
        CommunicationDater dater = new CommunicationDater(text.layer(Timexes.class).items(), quotes);
        List<Event> out = new ArrayList<>();
        for (Sentence sentence : text.layer(Tokens.class).sentences()) {
            SentenceView s = SentenceView.of(sentence, mentions, owners, quotes);
            for (int i = 0; i < s.size(); i++) {
                Optional<EventType> type = lexicon.typeOf(s.word(i));
                if (type.isEmpty() || s.quoted(i) || s.unreal(i)) continue;
                boolean verb = s.pos(i).startsWith("VB");
                if (!verb && !s.pos(i).startsWith("NN")) continue;
                // "a newly appointed chief", "an alliance directed against": a participle with no
                // auxiliary describes a noun; it reports no deed of its own
                if (s.pos(i).equals("VBN") && !afterAuxiliary(s, i)) continue;
                List<Participant> parts = new ArrayList<>();
                int limit = Math.min(s.size(), i + 1 + WINDOW);
                if (verb && s.passive(i)) {
                    s.subjectBefore(i).ifPresent(m -> parts.add(new Participant(Role.PATIENT, m.entityId())));
                    s.objectOf(Set.of("by"), i + 1, limit).forEach(m -> parts.add(new Participant(Role.AGENT, m.entityId())));
                } else if (verb) {
                    s.subjectBefore(i).ifPresent(m -> parts.add(new Participant(Role.AGENT, m.entityId())));
                    List<String> agents = parts.stream().map(Participant::entityId).toList();
                    s.mentionAfter(i + 1, 3).filter(m -> !PLACES.contains(m.type()))
                            .ifPresent(m -> s.coordinated(m).stream().filter(p -> !agents.contains(p.entityId()))
                                    .forEach(p -> parts.add(new Participant(Role.PATIENT, p.entityId()))));
                }
                Optional<String> place = s.objectOf(PLACE_PREPS, i + 1, limit).stream()
                        .filter(m -> PLACES.contains(m.type())).map(Placed::entityId).findFirst();
                if (parts.isEmpty() && place.isEmpty()) continue;
                // appointments, dismissals and arrests befall people: "dismissed the information" is none
                if (PERSONAL.contains(type.get()) && parts.stream().noneMatch(p -> p.role() == Role.PATIENT
                        && personal(s, p.entityId()))) continue;
                Span trigger = s.span(i);
                out.add(new Event(sentence.span(), trigger, type.get(), parts,
                        dater.date(sentence.span(), trigger).map(CommunicationDater.Dated::value), place));
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

    private static boolean afterAuxiliary(SentenceView s, int i) {
        int k = i - 1;
        while (k >= 0 && s.pos(k).startsWith("RB")) k--;
        return k >= 0 && AUXILIARIES.contains(s.word(k));
    }

    private static boolean personal(SentenceView s, String entityId) {
        return s.mentions().stream().anyMatch(m -> m.entityId().equals(entityId) && m.type() != EntityType.GPE
                && m.type() != EntityType.LOC && m.type() != EntityType.FAC);
    }
}
