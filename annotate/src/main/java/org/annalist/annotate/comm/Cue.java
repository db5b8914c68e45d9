package org.annalist.annotate.comm;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.layer.Channel;

/**
 * One entry of the communication lexicon.
 *
 * @param form    lower-case words, e.g. {@code [radio, communication]}
 * @param channel the channel the words imply, when they imply one
 * @param frame   where the parties stand
 * @param needs   words of which the sentence must hold one ({@code called} needs {@code phone});
 *                empty when the cue stands alone
 */
record Cue(List<String> form, Optional<Channel> channel, Frame frame, Set<String> needs) {
    Cue {
        form = List.copyOf(form);
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(frame, "frame");
        needs = Set.copyOf(needs);
        if (form.isEmpty()) throw new IllegalArgumentException("cue without words");
    }
}
