package org.annalist.model.layer;

import java.util.Comparator;
import java.util.List;

/** The events layer: the deeds of the text, sorted by trigger offset. */
public record Events(List<Event> items) implements Layer {
    public Events {
        items = items.stream().sorted(Comparator.comparing(Event::trigger)).toList();
    }
}
