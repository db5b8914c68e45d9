package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annalist.store.Store;
import org.annalist.store.query.ClaimRow;
import org.annalist.store.query.NetworkEdge;
import org.annalist.store.query.Party;
import org.annalist.store.query.Profile;
import org.annalist.store.query.QuoteRow;
import org.annalist.store.query.TimelineRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annalist who}: an entity's profile across the store's documents. */
@Command(name = "who", mixinStandardHelpOptions = true,
        description = {"Shows what a store knows of a person, organisation or place: aliases, roles, mentions, "
                + "documents, quotations spoken, dated rows, messages sent and received and claims in its sentences, each with its source.",
                "Exit 1 when no entity answers to NAME."})
public final class WhoCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The name (or an alias) to look up.")
    java.util.List<String> name;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--json", description = "Write the profile as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String wanted = String.join(" ", name);
        Optional<Profile> found;
        try (Store store = Store.openExisting(storeOption.db)) {
            found = store.chronicle().who(wanted);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("annalist: no entity named '" + wanted + "' in " + Store.describe(storeOption.db));
            return Main.FAILED;
        }
        Profile p = found.get();
        if (json) {
            out.println(StoreJson.write(p));
            out.flush();
            return Main.OK;
        }
        out.println(StoreFormat.fmt("%s  (%s, %d mentions in %d documents)", p.name(), p.type(), p.mentions(),
                p.documents().size()));
        if (!p.aliases().isEmpty()) out.println("aliases: " + String.join("; ", p.aliases()));
        if (!p.roles().isEmpty()) out.println("roles: " + String.join("; ", p.roles()));
        out.println("documents");
        p.documents().forEach(d -> out.println(StoreFormat.fmt("  %5d  %s", d.mentions(), d.document())));
        if (!p.quotes().isEmpty()) {
            out.println("quotations");
            for (QuoteRow q : p.quotes()) {
                out.println("  " + StoreFormat.source(q.source()) + StoreFormat.note(q.note()) + "  "
                        + StoreFormat.snip(q.text()));
            }
        }
        if (!p.timeline().isEmpty()) {
            out.println("timeline");
            for (TimelineRow r : p.timeline()) {
                out.println(StoreFormat.fmt("  %-12s %s%s  %s", r.value(), StoreFormat.source(r.source()),
                        StoreFormat.note(r.note()), StoreFormat.snip(r.sentence())));
            }
        }
        if (!p.messages().isEmpty()) {
            out.println("messages");
            for (NetworkEdge e : p.messages()) {
                out.println(StoreFormat.fmt("  %-10s %s → %s %s %s%s  %s", e.date().orElse("-"), e.sender().name(),
                        e.recipient().map(Party::name).orElse("?"), e.channel().orElse("-"),
                        StoreFormat.source(e.source()), StoreFormat.note(e.note()), StoreFormat.snip(e.sentence())));
            }
        }
        if (!p.claims().isEmpty()) {
            out.println("claims in its sentences");
            for (ClaimRow c : p.claims()) {
                out.println(StoreFormat.fmt("  %s %s %s (%s) %s%s  %s", c.subject().orElse("-"), c.number(),
                        c.measure(), c.qualifier(), StoreFormat.source(c.source()), StoreFormat.note(c.note()),
                        StoreFormat.snip(c.sentence())));
            }
        }
        if (!p.others().isEmpty()) out.println("also answering to this name: " + String.join("; ", p.others()));
        out.flush();
        return Main.OK;
    }
}
