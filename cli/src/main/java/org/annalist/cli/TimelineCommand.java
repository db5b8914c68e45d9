package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.store.Store;
import org.annalist.store.query.EventRow;
import org.annalist.store.query.TimelineQuery;
import org.annalist.store.query.TimelineRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist timeline}: the store's dated rows in time order, each with its source and endnote. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Lists the dates of a store (or, with --events, its events) in time order (resolved interval start), each with how "
                + "it was resolved (stated, context, story_order, guessed), its "
                + "document, span, sentence and endnote call."})
public final class TimelineCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Mixin
    FilterOptions filter;

    @Option(names = "--events", description = "List the events the clauses report (type, who took part, "
            + "date, place) in time order instead of the dates.")
    boolean events;

    @Option(names = "--json", description = "Write a JSON array of rows.")
    boolean json;

    @Option(names = "--outside-frame", description = "Only the dates whose year the text does not state that fall "
            + "outside the span of years their document's story covers: where a year may have slipped.")
    boolean outsideFrame;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TimelineQuery q = filter.query();
        TimelineQuery query = new TimelineQuery(q.entity(), q.from(), q.to(), outsideFrame);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = Store.openExisting(storeOption.db)) {
            if (events) printEvents(store.chronicle().events(query), out);
            else printDates(store.chronicle().timeline(query), out);
        }
        out.flush();
        return Main.OK;
    }

    private void printDates(List<TimelineRow> rows, PrintWriter out) {
        if (json) {
            out.println(StoreJson.write(rows));
            return;
        }
        for (TimelineRow r : rows) {
            String when = r.from().equals(r.to()) ? r.from() : r.from() + "/" + r.to();
            out.println(StoreFormat.fmt("%-23s %-22s %-12s %s%s  %s", when, StoreFormat.snip(r.text(), 22), how(r),
                    StoreFormat.source(r.source()), StoreFormat.note(r.note()), StoreFormat.snip(r.sentence())));
        }
        if (rows.isEmpty() && outsideFrame) out.println("No date falls outside its document's frame.");
        if (!rows.isEmpty()) {
            out.println("(how each date was resolved: stated = in full; context = year from a date nearby; story_order = "
                    + "inferred from the story's order; guessed; '!' = outside the story's years; front/back = front or back matter)");
        }
    }

    /** "context", "story_order!", "stated front": the row's certainty, '!' outside its story's frame, and any matter but the body */
    private static String how(TimelineRow r) {
        return r.certainty().orElse("-") + (r.outsideFrame() ? "!" : "")
                + r.matter().filter(m -> !m.equals("body")).map(m -> " " + m).orElse("");
    }

    private void printEvents(List<EventRow> rows, PrintWriter out) {
        if (json) {
            out.println(StoreJson.write(rows));
            return;
        }
        for (EventRow e : rows) {
            String who = e.participants().stream().map(p -> p.role() + " " + p.party().name())
                    .collect(java.util.stream.Collectors.joining(", "));
            out.println(StoreFormat.fmt("%-12s %-16s %-14s %-40s %s%s  %s", e.date().orElse("-"), e.type(),
                    StoreFormat.snip(e.trigger(), 14), StoreFormat.snip(who + e.place().map(p -> " at " + p).orElse(""), 40),
                    StoreFormat.source(e.source()), StoreFormat.note(e.note()), StoreFormat.snip(e.sentence())));
        }
    }
}
