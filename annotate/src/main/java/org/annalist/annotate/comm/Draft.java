package org.annalist.annotate.comm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Channel;
import org.annalist.model.layer.SpeechAct;

/**
 * A communication found in one sentence, before dating and linking across sentences.
 *
 * @param sentence     the sentence's span
 * @param cue          the cue's characters
 * @param act          what the message does
 * @param senders      entity ids
 * @param recipients   entity ids
 * @param channel      the channel, when the words or the sentence tell it
 * @param continuation true when the text says it is the same message as one before ("in the
 *                     same radio communication")
 * @param verbCue      true when a verb made it, its sender the clause subject ("the consul radioed");
 *                     false for a message noun ("a dispatch from Marsh"), whose receiver the
 *                     sentence may not name
 * @param denied       true for an act the text says did not happen ("failed to forewarn Moscow"):
 *                     no message of its own, but it tells whom the sender was dealing with
 */
record Draft(Span sentence, Span cue, SpeechAct act, List<String> senders, List<String> recipients,
             Optional<Channel> channel, boolean continuation, boolean verbCue, boolean denied) {

    Draft {
        senders = List.copyOf(new LinkedHashSet<>(senders));
        recipients = List.copyOf(new LinkedHashSet<>(recipients));
    }

    /** {@return one draft of this and {@code later}}: recipients joined, the first channel kept, a verb's act before a noun's */
    Draft merge(Draft later) {
        List<String> r = new ArrayList<>(recipients);
        r.addAll(later.recipients);
        r.removeAll(senders);
        SpeechAct a = !verbCue && later.verbCue ? later.act : act;
        return new Draft(sentence, cue, a, senders, r, channel.or(later::channel), continuation || later.continuation,
                verbCue || later.verbCue, denied && later.denied);
    }

    Draft withRecipients(List<String> r) {
        return new Draft(sentence, cue, act, senders, r, channel, continuation, verbCue, denied);
    }
}
