package org.annalist.annotate.comm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.annotate.comm.SentenceView.Placed;
import org.annalist.model.Span;
import org.annalist.model.layer.Channel;
import org.annalist.model.layer.EntityType;

/**
 * Finds the communications of one sentence: each cue of the {@link CommunicationLexicon}
 * outside quotations, its parties placed by the cue's {@link Frame}. A message noun with no
 * party of its own lends its channel to the nearest verb cue ("In a coded radio
 * communication, he conveyed …"); cues of one sender in one sentence make one message.
 */
final class CommunicationFinder {

    private static final Set<String> TO = Set.of("to");
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "am", "be", "been", "being");
    private static final Set<String> FROM = Set.of("from");
    private static final Set<String> BY = Set.of("by");
    private static final Set<String> THROUGH = Set.of("from", "through");
    private static final Set<String> GROUP_SUBJECT = Set.of("both");
    private static final int WINDOW = 12;
    /** how many tokens from a verb cue a message noun may lend it its channel */
    private static final int LEND_REACH = 10;
    private static final Set<String> NOUN_NEGATIONS = Set.of("no", "not", "never");
    /** channels that name a medium; a message noun's medium overrides a verb's "request" or "report" */
    private static final Set<Channel> MEDIA = Set.of(Channel.RADIO, Channel.TELEPHONE, Channel.TELEGRAM,
            Channel.LETTER, Channel.MEMO);

    private final CommunicationLexicon lexicon;

    CommunicationFinder(CommunicationLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    List<Draft> find(SentenceView s) {
        List<Draft> verbs = new ArrayList<>();
        List<int[]> verbAt = new ArrayList<>();
        List<Draft> nouns = new ArrayList<>();
        List<List<String>> bareNouns = new ArrayList<>();
        List<Optional<Channel>> bareChannels = new ArrayList<>();
        List<int[]> bareAt = new ArrayList<>();
        Set<String> sentenceWords = new HashSet<>(s.words);
        for (int i = 0; i < s.size(); i++) {
            if (s.quoted[i]) continue;
            Optional<Cue> found = lexicon.matchAt(s.words, i);
            if (found.isEmpty()) continue;
            Cue cue = found.get();
            int end = i + cue.form().size();
            if (!cue.needs().isEmpty() && cue.needs().stream().noneMatch(sentenceWords::contains)) continue;
            Span cueSpan = Span.of(s.tokens.get(i).span().start(), s.tokens.get(end - 1).span().end());
            Span sent = s.sentence.span();
            if (cue.frame() == Frame.NOUN) {
                if (s.pos(i).startsWith("VB")) continue;
                if (i > 0 && NOUN_NEGATIONS.contains(s.words.get(i - 1)) || s.unreal(i)) continue;
                Optional<Draft> d = noun(s, i, end, cue, sent, cueSpan);
                if (d.isPresent() && !d.get().senders().isEmpty()) {
                    nouns.add(d.get());
                } else {
                    bareNouns.add(d.map(Draft::recipients).orElse(List.of()));
                    bareChannels.add(cue.channel());
                    bareAt.add(new int[] {i, sameBefore(s, i) ? 1 : 0});
                }
                i = end - 1;
            } else {
                boolean verbTag = s.pos(i).startsWith("VB");
                if (cue.frame() != Frame.FROM && !verbTag) continue;
                if (s.unreal(i)) continue;
                if (end < s.size() && (s.words.get(end).endsWith("self") || s.words.get(end).endsWith("selves"))) continue;
                if (s.pos(i).equals("VBG") && !afterBe(s, i)) {
                    // ", informing him", "and requesting him": a participle shares the sender of the verb before it
                    if (verbs.isEmpty()) continue;
                    Draft before = verbs.get(verbs.size() - 1);
                    List<String> r = new ArrayList<>();
                    if (cue.frame() == Frame.OBJECT) s.mentionAfter(end, 3).ifPresent(m -> ids(s.coordinated(m), r));
                    else ids(s.objectOf(TO, end, Math.min(s.size(), end + WINDOW)), r);
                    verbs.set(verbs.size() - 1, before.merge(new Draft(sent, cueSpan, before.senders(), r,
                            cue.channel(), false)));
                    i = end - 1;
                    continue;
                }
                verb(s, i, end, cue, sent, cueSpan).ifPresent(d -> {
                    verbs.add(d);
                    verbAt.add(new int[] {end - 1});
                });
                i = end - 1;
            }
        }
        // bare message nouns lend channel and "same" to the nearest verb cue
        for (int b = 0; b < bareAt.size(); b++) {
            int at = bareAt.get(b)[0];
            int best = -1;
            for (int v = 0; v < verbs.size(); v++) {
                if (best < 0 || Math.abs(verbAt.get(v)[0] - at) < Math.abs(verbAt.get(best)[0] - at)) best = v;
            }
            if (best < 0) continue;
            // a bare noun ("Congress") lends only to a verb near it; one with an addressee, to the sentence's
            if (bareNouns.get(b).isEmpty() && Math.abs(verbAt.get(best)[0] - at) > LEND_REACH) continue;
            Draft d = verbs.get(best);
            Optional<Channel> medium = bareChannels.get(b);
            if (medium.isPresent() && (d.channel().isEmpty() || !MEDIA.contains(d.channel().get()))) {
                d = d.withChannel(medium.get());
            }
            if (!bareNouns.get(b).isEmpty()) {
                d = d.merge(new Draft(d.sentence(), d.cue(), d.senders(), bareNouns.get(b), Optional.empty(), false));
            }
            if (bareAt.get(b)[1] == 1) d = d.asContinuation();
            verbs.set(best, d);
        }
        // "he protested", "she admitted": a verb of saying with no channel, no one addressed and
        // no message noun near it reports no message
        verbs.removeIf(d -> d.weak() && d.recipients().isEmpty() && !d.continuation()
                && (d.channel().isEmpty() || !MEDIA.contains(d.channel().get())));
        List<Draft> all = new ArrayList<>(verbs);
        all.addAll(nouns);
        all.sort((a, b) -> a.cue().compareTo(b.cue()));
        List<Draft> merged = new ArrayList<>();
        for (Draft d : all) {
            int same = -1;
            for (int k = 0; k < merged.size(); k++) {
                if (new HashSet<>(merged.get(k).senders()).equals(new HashSet<>(d.senders()))) same = k;
            }
            if (same >= 0) merged.set(same, merged.get(same).merge(d));
            else merged.add(d);
        }
        return merged;
    }

    private static boolean afterBe(SentenceView s, int i) {
        int k = i - 1;
        while (k >= 0 && s.pos(k).startsWith("RB")) k--;
        return k >= 0 && BE.contains(s.words.get(k));
    }

    private static boolean saysSomething(SentenceView s, int end) {
        for (int k = end; k < s.size(); k++) {
            String w = s.words.get(k);
            if (w.equals("that") || w.equals(":") || s.quoted[k]) return true;
        }
        return false;
    }

    private boolean messageNounAfter(SentenceView s, int end) {
        for (int k = end; k < Math.min(s.size(), end + 5); k++) {
            Optional<Cue> noun = lexicon.matchAt(s.words, k);
            if (noun.isPresent() && noun.get().frame() == Frame.NOUN && !s.pos(k).startsWith("VB")) return true;
        }
        return false;
    }

    /** "wrote accounts of the journey", "writing the order": the object written is no message */
    private boolean objectIsNoMessage(SentenceView s, int end) {
        int k = end;
        while (k < s.size() && s.modifier(k)) k++;
        if (k >= s.size() || !s.pos(k).startsWith("NN") || s.pos(k).startsWith("NNP")) return false;
        Optional<Cue> noun = lexicon.matchAt(s.words, k);
        return noun.isEmpty() || noun.get().frame() != Frame.NOUN;
    }

    /** "informed them", "warned the authorities": an addressee the entities layer does not hold */
    private static boolean addressedToOthers(SentenceView s, int end) {
        if (end >= s.size()) return false;
        String tag = s.pos(end);
        if (tag.equals("PRP") || tag.equals("NNS") || tag.equals("NNPS")) return true;
        return tag.equals("DT") && end + 1 < s.size() && s.pos(end + 1).startsWith("NNS");
    }

    private static boolean sameBefore(SentenceView s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (s.words.get(k).equals("same")) return true;
        }
        return false;
    }

    private Optional<Draft> verb(SentenceView s, int c, int end, Cue cue, Span sent, Span cueSpan) {
        List<String> senders = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        int limit = Math.min(s.size(), end + WINDOW);
        boolean passive = s.passive(c);
        switch (cue.frame()) {
            case OBJECT -> {
                if (passive) {
                    s.subjectBefore(c).ifPresent(m -> recipients.add(m.entityId()));
                    ids(s.objectOf(BY, end, limit), senders);
                } else {
                    subject(s, c).forEach(senders::add);
                    s.mentionAfter(end, 3).ifPresent(m -> ids(s.coordinated(m), recipients));
                }
            }
            case TO -> {
                if (passive) {
                    ids(s.objectOf(BY, end, limit), senders);
                } else {
                    subject(s, c).forEach(senders::add);
                }
                ids(s.objectOf(TO, end, limit), recipients);
                if (recipients.isEmpty() && cue.channel().isPresent() && !passive) {
                    s.mentionAfter(end, 2).filter(m -> m.type() != EntityType.LOC)
                            .ifPresent(m -> ids(s.coordinated(m), recipients));
                }
            }
            case FROM -> {
                s.subjectBefore(c).ifPresent(m -> recipients.add(m.entityId()));
                ids(s.objectOf(FROM, end, limit), senders);
            }
            case REQUEST -> {
                if (passive) return Optional.empty();
                subject(s, c).forEach(senders::add);
                int from = s.subjectBefore(c).map(m -> m.last() + 1).orElse(c);
                ids(s.objectOf(THROUGH, from, c), recipients);
                if (recipients.isEmpty()) ids(s.objectOf(Set.of("from", "through", "to"), end, limit), recipients);
            }
            default -> throw new IllegalStateException("not a verb frame: " + cue.frame());
        }
        if (senders.isEmpty()) return Optional.empty();
        recipients.removeAll(senders);
        if (cue.frame() == Frame.TO && recipients.isEmpty() && objectIsNoMessage(s, end)) return Optional.empty();
        // "he has written on Despotism": writing is a message only with an addressee or a letter written
        if (cue.frame() == Frame.TO && recipients.isEmpty() && cue.channel().equals(Optional.of(Channel.LETTER))
                && !messageNounAfter(s, end)) {
            return Optional.empty();
        }
        Draft d = new Draft(sent, cueSpan, senders, recipients, cue.channel(), false);
        boolean weak = cue.frame() == Frame.TO || (cue.frame() == Frame.OBJECT && !addressedToOthers(s, end));
        // "Warren reported to Sheridan": reporting in person; a report says something ("that", a quote, an object)
        if (cue.channel().equals(Optional.of(Channel.REPORT)) && end < s.size() && s.words.get(end).equals("to")
                && !saysSomething(s, end)) {
            return Optional.empty();
        }
        // "I reported for duty to Lieutenant Ewell": an officer presenting himself sends no message
        if (cue.channel().equals(Optional.of(Channel.REPORT)) && end + 1 < s.size() && s.words.get(end).equals("for")
                && s.words.get(end + 1).equals("duty")) {
            return Optional.empty();
        }
        d = cue.frame() == Frame.FROM ? d : d.asVerbCue();
        return Optional.of(weak ? d.asWeak() : d);
    }

    private Optional<Draft> noun(SentenceView s, int c, int end, Cue cue, Span sent, Span cueSpan) {
        List<String> recipients = new ArrayList<>();
        if (end < s.size() && s.words.get(end).equals("to")) {
            s.mentionAfter(end + 1, 3).ifPresent(m -> ids(s.coordinated(m), recipients));
        }
        List<String> senders = new ArrayList<>();
        if (end < s.size() && s.words.get(end).equals("from")) {
            s.mentionAfter(end + 1, 3).ifPresent(m -> {
                senders.add(m.entityId());
                // "a dispatch from Johnston to Pemberton"
                if (m.last() + 1 < s.size() && s.words.get(m.last() + 1).equals("to")) {
                    s.mentionAfter(m.last() + 2, 3).ifPresent(r -> ids(s.coordinated(r), recipients));
                }
            });
        }
        if (senders.isEmpty() && !recipients.isEmpty()) {
            // "Johnston's dispatch to Pemberton", "his letter to Lee": the possessor wrote it
            int k = c - 1;
            while (k >= 0 && s.modifier(k) && !s.pos(k).equals("PRP$")) k--;
            if (k >= 1 && s.pos(k).equals("POS")) s.mentionEndingAt(k - 1).ifPresent(m -> senders.add(m.entityId()));
            else if (k >= 0 && s.pos(k).equals("PRP$")) s.mentionEndingAt(k).ifPresent(m -> senders.add(m.entityId()));
        }
        if (senders.isEmpty() && recipients.isEmpty()) return Optional.empty();
        if (senders.isEmpty()) subject(s, c).forEach(senders::add);
        // no sender yet ("In a letter to A, B wrote …"): the draft lends its parties to a verb cue
        recipients.removeAll(senders);
        return Optional.of(new Draft(sent, cueSpan, senders, recipients, cue.channel(), false));
    }

    /** the clause subject; "both" stands for the last two people named before it */
    private static List<String> subject(SentenceView s, int c) {
        Optional<Placed> m = s.subjectBefore(c);
        if (m.isPresent()) return List.of(m.get().entityId());
        int start = s.clauseStart(c);
        boolean group = false;
        for (int k = start; k < c; k++) group |= GROUP_SUBJECT.contains(s.words.get(k));
        if (!group) return List.of();
        List<String> people = new ArrayList<>();
        List<Placed> before = s.mentionsBefore(start);
        for (int k = before.size() - 1; k >= 0 && people.size() < 2; k--) {
            Placed p = before.get(k);
            if (p.type() == EntityType.PERSON && !people.contains(p.entityId())) people.add(0, p.entityId());
        }
        return people.size() == 2 ? people : List.of();
    }

    private static void ids(List<Placed> placed, List<String> into) {
        for (Placed p : placed) into.add(p.entityId());
    }
}
