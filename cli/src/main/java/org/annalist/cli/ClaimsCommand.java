package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.annalist.store.Store;
import org.annalist.store.query.CheckRow;
import org.annalist.store.query.ClaimConflict;
import org.annalist.store.query.ClaimRow;
import org.annalist.store.query.ClaimsLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist claims}: the ledger of stated figures, their arithmetic checks and conflicts across documents. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Lists the numeric claims of a store, weightiest kind first (casualties, forces, prisoners, "
                + "money, materiel, then the counts of description; kind, subject, measure, value, qualifier, source), the "
                + "arithmetic the texts state recomputed, and figures from different documents about the same "
                + "subject and measure that cannot both hold (figures agreeing within their stated precision are "
                + "not a conflict)."})
public final class ClaimsCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Option(names = "--conflicts", description = "Only the conflicts across documents.")
    boolean conflicts;

    @Option(names = "--json", description = "Write JSON: {claims, checks, conflicts} (with --conflicts, the conflicts array).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ClaimsLedger ledger;
        try (Store store = Store.openExisting(storeOption.db)) {
            ledger = store.chronicle().claims();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoreJson.write(conflicts ? ledger.conflicts() : ledger));
            out.flush();
            return Main.OK;
        }
        if (!conflicts) {
            out.println(StoreFormat.fmt("claims (%d)", ledger.claims().size()));
            for (ClaimRow c : ledger.claims()) out.println("  " + claim(c));
            out.println(StoreFormat.fmt("checks (%d)", ledger.checks().size()));
            for (CheckRow k : ledger.checks()) {
                out.println(StoreFormat.fmt("  %-12s %-10s stated %s computed %s (±%s) %s  from %s  %s",
                        k.consistent() ? "consistent" : "INCONSISTENT", k.kind(), num(k.statedValue()),
                        num(k.computed()), num(k.tolerance()), StoreFormat.source(k.stated()), operands(k.operands()),
                        StoreFormat.snip(k.sentence(), 80)));
            }
        }
        out.println(StoreFormat.fmt("conflicts across documents (%d)", ledger.conflicts().size()));
        for (ClaimConflict c : ledger.conflicts()) {
            out.println(StoreFormat.fmt("  %s / %s", c.subject(), c.measure()));
            out.println("    " + claim(c.first()));
            out.println("    " + claim(c.second()));
        }
        out.flush();
        return Main.OK;
    }

    private static String claim(ClaimRow c) {
        return StoreFormat.fmt("%-10s %-18s %-22s %-12s %-13s %-10s %s%s  %s", c.kind().orElse("-"),
                c.subject().orElse("-"), StoreFormat.snip(c.measure(), 22), c.number(), c.qualifier(), c.date().orElse("-"),
                StoreFormat.source(c.source()), StoreFormat.note(c.note()), StoreFormat.snip(c.sentence(), 80));
    }

    private static String operands(List<org.annalist.store.query.SourceRef> refs) {
        return refs.stream().map(r -> r.start() + "-" + r.end()).collect(Collectors.joining(","));
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : StoreFormat.fmt("%.2f", d);
    }
}
