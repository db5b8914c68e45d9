package org.annalist.model.layer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.Matter;

/**
 * The time layer: every temporal expression of the document, sorted by offset.
 *
 * @param items the expressions
 * @param frame the days the story covers, measured over the body's own explicit years (front and
 *              back matter excluded); empty when the body states no year
 */
public record Timexes(List<Timex> items, Optional<TimeInterval> frame) implements Layer {
    public Timexes {
        items = List.copyOf(items);
        Objects.requireNonNull(frame, "frame");
    }

    /** A layer with no measured frame. */
    public Timexes(List<Timex> items) {
        this(items, Optional.empty());
    }

    /**
     * {@return the body's dates whose year the text does not state and that fall outside the
     * story's frame}: where a year may have slipped
     */
    public List<Timex> outsideFrame() {
        if (frame.isEmpty()) return List.of();
        TimeInterval f = frame.get();
        return items.stream()
                .filter(t -> t.matter() == Matter.BODY && t.certainty() != Certainty.STATED && t.interval().isPresent())
                .filter(t -> t.interval().get().latest().isBefore(f.earliest()) || t.interval().get().earliest().isAfter(f.latest()))
                .toList();
    }
}
