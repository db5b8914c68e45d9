package org.annalist.annotate.quote;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * One speech quotation and the people who may have spoken it, each described by the
 * features of {@link SpeakerFeatures#NAMES}: what a {@link SpeakerRanker} scores, and what
 * {@code annalist train quotes} learns from.
 *
 * @param quote      the quotation, marks included
 * @param candidates entity ids of the people in reach, in the order the features are
 * @param features   one row of {@link SpeakerFeatures#NAMES} values per candidate
 * @param sieve      the sieve's speaker (its cues, then the dialogue), if any
 * @param cued       whether a cue of the quote's own sentence named the sieve's speaker:
 *                   a reporting verb, an inversion, {@code according to} — the cues that stay in front
 * @param addressee  the one addressed, never the speaker
 */
public record SpeakerChoice(Span quote, List<String> candidates, List<double[]> features, Optional<String> sieve,
                            boolean cued, Optional<String> addressee) {
    public SpeakerChoice {
        Objects.requireNonNull(quote, "quote");
        candidates = List.copyOf(candidates);
        features = List.copyOf(features);
        Objects.requireNonNull(sieve, "sieve");
        Objects.requireNonNull(addressee, "addressee");
        if (candidates.size() != features.size()) {
            throw new IllegalArgumentException(candidates.size() + " candidates but " + features.size() + " feature rows");
        }
    }
}
