package org.annalist.annotate.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.annalist.model.Span;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.EntityType;
import org.annalist.model.layer.Mention;

/** Every mention of an {@link Entities} layer, sorted by offset, with its entity. */
final class EntityIndex {

    record Placed(Span span, Entity entity) {
    }

    private final List<Placed> mentions;

    EntityIndex(Entities entities) {
        List<Placed> all = new ArrayList<>();
        for (Entity e : entities.entities()) {
            for (Mention m : e.mentions()) all.add(new Placed(m.span(), e));
        }
        all.sort(Comparator.comparing(Placed::span));
        this.mentions = List.copyOf(all);
    }

    /** {@return the mention that covers most of {@code span}}, the shortest on a tie */
    Optional<Placed> covering(Span span) {
        Placed best = null;
        int bestOverlap = 0;
        for (Placed p : mentions) {
            if (p.span().start() >= span.end()) break;
            if (!p.span().overlaps(span)) continue;
            int overlap = Math.min(p.span().end(), span.end()) - Math.max(p.span().start(), span.start());
            if (overlap > bestOverlap || overlap == bestOverlap && p.span().length() < best.span().length()) {
                best = p;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@return the last mention of a {@code type} entity ending before {@code offset} and after {@code floor}, outside {@code skip}} */
    Optional<Placed> lastBefore(int offset, int floor, EntityType type, List<Span> skip) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Placed p = mentions.get(i);
            if (p.span().end() > offset) continue;
            if (p.span().start() < floor) break;
            if (p.entity().type() != type) continue;
            if (skip.stream().anyMatch(s -> s.contains(p.span()))) continue;
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** {@return the first mention starting inside {@code span}} */
    Optional<Placed> firstIn(Span span) {
        for (Placed p : mentions) {
            if (p.span().start() >= span.end()) break;
            if (p.span().start() >= span.start()) return Optional.of(p);
        }
        return Optional.empty();
    }
}
