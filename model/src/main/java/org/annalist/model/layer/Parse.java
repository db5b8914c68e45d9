package org.annalist.model.layer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;

/**
 * The parse layer: the dependency parses of the sentences that needed one (those holding a
 * cue of a later stage), sorted by offset. A sentence not parsed has no entry.
 */
public record Parse(List<Dependencies> sentences) implements Layer {

    public Parse {
        sentences = sentences.stream().sorted(Comparator.comparing(Dependencies::sentence)).toList();
    }

    /** {@return the parse of the sentence spanning {@code sentence}}, when it was parsed */
    public Optional<Dependencies> of(Span sentence) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = sentences.get(mid).sentence().compareTo(sentence);
            if (c == 0) return Optional.of(sentences.get(mid));
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return Optional.empty();
    }
}
