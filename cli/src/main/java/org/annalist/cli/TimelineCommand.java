package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.store.Store;
import org.annalist.store.query.TimelineQuery;
import org.annalist.store.query.TimelineRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist timeline}: the store's dated rows in time order, each with its source and endnote. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Lists the dates of a store in time order (resolved interval start), each with its "
                + "document, span, sentence and endnote call."})
public final class TimelineCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Mixin
    FilterOptions filter;

    @Option(names = "--json", description = "Write a JSON array of rows.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TimelineQuery query = filter.query();
        List<TimelineRow> rows;
        try (Store store = Store.openExisting(storeOption.db)) {
            rows = store.chronicle().timeline(query);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoreJson.write(rows));
        } else {
            for (TimelineRow r : rows) {
                String when = r.from().equals(r.to()) ? r.from() : r.from() + "/" + r.to();
                out.println(StoreFormat.fmt("%-23s %-22s %s%s  %s", when, StoreFormat.snip(r.text(), 22),
                        StoreFormat.source(r.source()), StoreFormat.note(r.note()), StoreFormat.snip(r.sentence())));
            }
        }
        out.flush();
        return Main.OK;
    }
}
