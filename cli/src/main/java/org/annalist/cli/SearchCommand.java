package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.store.Store;
import org.annalist.store.query.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist search}: full-text search over the store's paragraphs. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds the paragraphs holding every word of TEXT (case and accents ignored), best first, "
                + "each with a snippet, its source and endnote."})
public final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to find.")
    List<String> text;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N paragraphs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Write a JSON array of hits.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<SearchHit> hits;
        try (Store store = Store.openExisting(storeOption.db)) {
            hits = store.chronicle().search(String.join(" ", text), limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoreJson.write(hits));
        } else {
            for (SearchHit h : hits) {
                out.println(StoreFormat.source(h.source()) + StoreFormat.note(h.note()) + "  " + StoreFormat.snip(h.snippet(), 160));
            }
        }
        out.flush();
        return Main.OK;
    }
}
