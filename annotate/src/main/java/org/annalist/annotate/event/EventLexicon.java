package org.annalist.annotate.event;

import org.annalist.annotate.Lexicons;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.layer.EventType;

/**
 * Words that name a deed ({@code arrested}, {@code marched}, {@code truce}), each with its
 * {@link EventType}: one {@code form | type} a line in the resource {@code event-triggers.txt}.
 */
public final class EventLexicon {

    private final Map<String, EventType> triggers;

    private EventLexicon(Map<String, EventType> triggers) {
        this.triggers = Map.copyOf(triggers);
    }

    /** {@return the lexicon shipped with annalist} */
    public static EventLexicon standard() {
        return of(Lexicons.rawLines(EventLexicon.class, "event-triggers.txt"));
    }

    /** {@return a lexicon of {@code lines}}; fails on a malformed line, naming it */
    public static EventLexicon of(List<String> lines) {
        Objects.requireNonNull(lines, "lines");
        Map<String, EventType> triggers = new HashMap<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.replaceFirst("#.*", "").strip();
            if (line.isEmpty()) continue;
            String[] f = line.split("\\s*\\|\\s*");
            if (f.length != 2) throw new IllegalArgumentException("line " + n + ": want 'form | type', got '" + raw + "'");
            try {
                triggers.put(f[0].toLowerCase(Locale.ROOT), EventType.of(f[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + n + ": " + e.getMessage(), e);
            }
        }
        if (triggers.isEmpty()) throw new IllegalArgumentException("no triggers in " + lines.size() + " lines");
        return new EventLexicon(triggers);
    }

    /** {@return the type of the deed {@code word} names}, e.g. {@code ARREST} for {@code arrested} */
    public Optional<EventType> typeOf(String word) {
        return Optional.ofNullable(triggers.get(word.toLowerCase(Locale.ROOT)));
    }
}
