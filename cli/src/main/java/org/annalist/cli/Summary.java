package org.annalist.cli;

import java.util.List;
import java.util.Locale;
import org.annalist.annotate.AnnotatedText;
import org.annalist.annotate.time.TimexValue;
import org.annalist.model.Heading;
import org.annalist.model.Matter;
import org.annalist.model.Note;
import org.annalist.model.NoteCall;
import org.annalist.model.Region;
import org.annalist.model.SourceText;
import org.annalist.model.Span;
import org.annalist.model.Structure;
import org.annalist.model.TranscriptTurn;
import org.annalist.model.layer.Claim;
import org.annalist.model.layer.ClaimCheck;
import org.annalist.model.layer.Claims;
import org.annalist.model.layer.Entities;
import org.annalist.model.layer.Entity;
import org.annalist.model.layer.Hedge;
import org.annalist.model.layer.Hedges;
import org.annalist.model.layer.Communication;
import org.annalist.model.layer.Communications;
import org.annalist.model.layer.Event;
import org.annalist.model.layer.Events;
import org.annalist.model.layer.Participant;
import org.annalist.model.layer.NameMention;
import org.annalist.model.layer.Names;
import org.annalist.model.layer.Timex;
import org.annalist.model.layer.Timexes;
import org.annalist.model.layer.Quote;
import org.annalist.model.layer.QuoteKind;
import org.annalist.model.layer.Quotes;
import org.annalist.model.layer.Tokens;

/** The human-readable report of one document: what was found, each with its offset. */
final class Summary {

    private static final int SNIPPET = 60;

    private Summary() {
    }

    static String of(AnnotatedText t) {
        SourceText src = t.source();
        var s = t.structure();
        StringBuilder b = new StringBuilder();
        b.append("== ").append(src.name()).append(String.format(Locale.ROOT, "  (%,d chars, %s, %s",
                src.length(), src.format().name().toLowerCase(Locale.ROOT), src.encoding()));
        if (t.has(Tokens.class)) {
            Tokens tokens = t.layer(Tokens.class);
            b.append(String.format(Locale.ROOT, ", %,d sentences, %,d tokens", tokens.sentences().size(),
                    tokens.tokenCount()));
        }
        b.append(String.format(Locale.ROOT, ", %,d paragraphs)%n", s.paragraphs().size()));

        if (!s.headings().isEmpty()) {
            b.append("headings\n");
            for (Heading h : s.headings()) line(b, h.span(), "h" + h.level() + "  " + snip(h.text()));
        }
        if (!s.turns().isEmpty()) {
            b.append("transcript turns\n");
            for (TranscriptTurn turn : s.turns()) {
                line(b, turn.span(), turn.speaker() + ": " + snip(src.slice(Span.of(turn.label().end(), turn.span().end()))
                        .replaceFirst("^:\\s*", "")));
            }
        }
        if (t.has(Timexes.class) && !t.layer(Timexes.class).items().isEmpty()) {
            Timexes timexes = t.layer(Timexes.class);
            b.append("dates");
            timexes.frame().ifPresent(f -> b.append(" (the story's frame: ").append(TimexValue.year(f.earliest().getYear()))
                    .append('–').append(TimexValue.year(f.latest().getYear())).append(')'));
            b.append('\n');
            for (Timex x : timexes.items()) {
                String matter = x.matter() == Matter.BODY ? "" : "  [" + x.matter().name().toLowerCase(Locale.ROOT) + " matter]";
                line(b, x.span(), String.format(Locale.ROOT, "%-24s → %-22s %s%s", snip(src.slice(x.span())), x.value(),
                        x.certainty().label(), matter));
            }
            List<Timex> outside = timexes.outsideFrame();
            if (!outside.isEmpty()) {
                b.append("dates outside the story's frame (a year may have slipped)\n");
                for (Timex x : outside) {
                    line(b, x.span(), String.format(Locale.ROOT, "%-24s → %-22s %s", snip(src.slice(x.span())), x.value(),
                            x.certainty().label()));
                }
            }
        }
        if (t.has(Entities.class) && !t.layer(Entities.class).entities().isEmpty()) {
            b.append("entities\n");
            for (Entity e : t.layer(Entities.class).entities()) {
                b.append(String.format(Locale.ROOT, "  %-8s %s  (%d mentions)%n", e.type(), e.name(), e.mentions().size()));
            }
        }
        if (t.has(Claims.class) && !t.layer(Claims.class).claims().isEmpty()) {
            b.append("claims\n");
            for (Claim c : t.layer(Claims.class).claims()) {
                line(b, c.number(), String.format(Locale.ROOT, "%-14s %s  (%s, %s)", snip(src.slice(c.number())),
                        c.measure(), c.subject().orElse("?"), c.qualifier().label()));
            }
            for (ClaimCheck k : t.layer(Claims.class).checks()) {
                line(b, k.stated(), String.format(Locale.ROOT, "check %s: stated %,.0f, computed %,.0f ±%,.1f → %s",
                        k.kind().name().toLowerCase(Locale.ROOT), k.statedValue(), k.computed(), k.tolerance(),
                        k.consistent() ? "consistent" : "INCONSISTENT"));
            }
        }
        if (t.has(Hedges.class) && !t.layer(Hedges.class).hedges().isEmpty()) {
            b.append("hedges\n");
            for (Hedge h : t.layer(Hedges.class).hedges()) {
                line(b, h.span(), String.format(Locale.ROOT, "%-13s %s", h.kind().name().toLowerCase(Locale.ROOT),
                        snip(src.slice(h.span()))));
            }
        }
        if (t.has(Quotes.class) && !t.layer(Quotes.class).quotes().isEmpty()) {
            b.append("quotations\n");
            for (Quote q : t.layer(Quotes.class).quotes()) {
                if (q.kind() == QuoteKind.TRANSCRIPT) continue;
                line(b, q.span(), String.format(Locale.ROOT, "%-7s %-12s %s", q.kind().name().toLowerCase(Locale.ROOT),
                        q.speakerId().orElse("-"), snip(src.slice(q.span()))));
            }
        }
        if (t.has(Communications.class) && !t.layer(Communications.class).items().isEmpty()) {
            b.append("communications\n");
            for (Communication c : t.layer(Communications.class).items()) {
                line(b, c.cue(), String.format(Locale.ROOT, "%s → %s  %s  %s", String.join(", ", c.senderIds()),
                        c.recipientIds().isEmpty() ? "?" : String.join(", ", c.recipientIds()),
                        c.channel().map(ch -> ch.label()).orElse("-"), c.date().orElse("-")));
            }
        }
        if (t.has(Events.class) && !t.layer(Events.class).items().isEmpty()) {
            b.append("events\n");
            for (Event e : t.layer(Events.class).items()) {
                line(b, e.trigger(), String.format(Locale.ROOT, "%-15s %-14s agent %s  patient %s  at %s  %s",
                        e.type().label(), snip(src.slice(e.trigger())), String.join(", ", e.inRole(Participant.Role.AGENT)),
                        String.join(", ", e.inRole(Participant.Role.PATIENT)), e.placeId().orElse("-"),
                        e.date().orElse("-")));
            }
        }
        if (t.has(Names.class) && !t.layer(Names.class).mentions().isEmpty()) {
            b.append("names\n");
            for (NameMention m : t.layer(Names.class).mentions()) {
                line(b, m.span(), String.format(Locale.ROOT, "%-7s %s", m.type(), m.text()));
            }
        }
        noteRegions(b, src, s);
        if (!s.noteCalls().isEmpty()) {
            b.append(notesLine(s)).append('\n');
            for (NoteCall c : s.noteCalls()) {
                String note = c.noteId().flatMap(id -> s.notes().stream().filter(n -> n.id().equals(id)).findFirst())
                        .map(n -> " → " + snip(src.slice(n.body()))).orElse("");
                line(b, c.span(), String.format(Locale.ROOT, "[%s] %s%s", c.marker(),
                        c.style().name().toLowerCase(Locale.ROOT), note));
            }
            List<NoteCall> unlinked = s.noteCalls().stream().filter(c -> c.noteId().isEmpty()).toList();
            if (!unlinked.isEmpty()) {
                b.append(String.format(Locale.ROOT, "unlinked note calls (%d)%n", unlinked.size()));
                for (NoteCall c : unlinked) {
                    line(b, c.span(), String.format(Locale.ROOT, "[%s] %s  …%s", c.marker(),
                            c.style().name().toLowerCase(Locale.ROOT), snip(around(src, c.span()))));
                }
            }
        } else if (!s.notes().isEmpty()) {
            b.append(String.format(Locale.ROOT, "notes: %d, no call found%n", s.notes().size()));
        }
        return b.append('\n').toString();
    }

    /**
     * {@return the one-line account of a document's note calls}:
     * {@code note calls: 196 found, 195 linked, 1 unlinked; 196 notes in 8 regions}
     */
    static String notesLine(Structure s) {
        long linked = s.noteCalls().stream().filter(c -> c.noteId().isPresent()).count();
        long regions = s.setAside().stream().filter(r -> r.kind() == Region.Kind.NOTES).count();
        return String.format(Locale.ROOT, "note calls: %d found, %d linked, %d unlinked; %d notes in %d region%s",
                s.noteCalls().size(), linked, s.noteCalls().size() - linked, s.notes().size(), regions,
                regions == 1 ? "" : "s");
    }

    /** each notes region: where, how many notes and their first and last markers, its first words */
    private static void noteRegions(StringBuilder b, SourceText src, Structure s) {
        List<Region> regions = s.setAside().stream().filter(r -> r.kind() == Region.Kind.NOTES).toList();
        if (regions.isEmpty()) return;
        b.append(String.format(Locale.ROOT, "note regions (%d)%n", regions.size()));
        for (Region r : regions) {
            List<Note> inside = s.notes().stream().filter(n -> r.span().contains(n.span())).toList();
            String markers = inside.isEmpty() ? "" : inside.size() == 1 ? " [" + inside.get(0).marker() + "]"
                    : " [" + inside.get(0).marker() + "]…[" + inside.get(inside.size() - 1).marker() + "]";
            line(b, r.span(), String.format(Locale.ROOT, "%d note%s%s  %s", inside.size(), inside.size() == 1 ? "" : "s",
                    markers, snip(src.slice(r.span()))));
        }
    }

    /** the words around a span within its paragraph, the span marked with ⟨ ⟩ */
    private static String around(SourceText src, Span span) {
        String text = src.text();
        int from = Math.max(Math.max(0, span.start() - 30), text.lastIndexOf("\n\n", span.start()) + 1);
        int paragraphEnd = text.indexOf("\n\n", span.end());
        int to = Math.min(Math.min(src.length(), span.end() + 20), paragraphEnd < 0 ? src.length() : paragraphEnd);
        return src.slice(Span.of(from, span.start())) + "⟨" + src.slice(span) + "⟩" + src.slice(Span.of(span.end(), to));
    }

    private static void line(StringBuilder b, Span span, String what) {
        b.append(String.format(Locale.ROOT, "  %7d  %s%n", span.start(), what));
    }

    private static String snip(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= SNIPPET ? one : one.substring(0, SNIPPET - 1) + "…";
    }
}
