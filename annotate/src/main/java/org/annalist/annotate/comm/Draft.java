package org.annalist.annotate.comm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Channel;

/**
 * A communication found in one sentence, before dating and linking across sentences.
 *
 * @param sentence     the sentence's span
 * @param cue          the cue's characters
 * @param senders      entity ids
 * @param recipients   entity ids
 * @param channel      the channel, when a cue implied one
 * @param continuation true when the text says it is the same message as one before ("in the
 *                     same radio communication")
 * @param weak         true for a verb of saying that reports a message only with a channel or an
 *                     addressee ("he protested" does not)
 * @param verbCue      true when a verb made it, its sender the clause subject ("the consul radioed");
 *                     false for a message noun ("a dispatch from Halleck"), whose receiver the
 *                     sentence may not name
 */
record Draft(Span sentence, Span cue, List<String> senders, List<String> recipients, Optional<Channel> channel,
             boolean continuation, boolean weak, boolean verbCue) {

    Draft(Span sentence, Span cue, List<String> senders, List<String> recipients, Optional<Channel> channel,
          boolean continuation) {
        this(sentence, cue, senders, recipients, channel, continuation, false, false);
    }

    Draft {
        senders = List.copyOf(new LinkedHashSet<>(senders));
        recipients = List.copyOf(new LinkedHashSet<>(recipients));
    }

    /** {@return one draft of this and {@code later}}: recipients joined, the first channel kept */
    Draft merge(Draft later) {
        List<String> r = new ArrayList<>(recipients);
        r.addAll(later.recipients);
        r.removeAll(senders);
        return new Draft(sentence, cue, senders, r, channel.or(later::channel), continuation || later.continuation,
                weak && later.weak, verbCue || later.verbCue);
    }

    Draft withChannel(Channel c) {
        return new Draft(sentence, cue, senders, recipients, Optional.of(c), continuation, weak, verbCue);
    }

    Draft asContinuation() {
        return new Draft(sentence, cue, senders, recipients, channel, true, weak, verbCue);
    }

    Draft asWeak() {
        return new Draft(sentence, cue, senders, recipients, channel, continuation, true, verbCue);
    }

    Draft asVerbCue() {
        return new Draft(sentence, cue, senders, recipients, channel, continuation, weak, true);
    }

    Draft withRecipients(List<String> r) {
        return new Draft(sentence, cue, senders, r, channel, continuation, weak, verbCue);
    }
}
