package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.annalist.store.Store;
import org.annalist.store.query.Network;
import org.annalist.store.query.NetworkEdge;
import org.annalist.store.query.NetworkNode;
import org.annalist.store.query.Party;
import org.annalist.store.query.TimelineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code annalist network}: who told whom, by which channel and when, each message with its source. */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = {"Lists the communication network of a store: its parties with the messages they sent and "
                + "received, then every sender→recipient edge with channel, date, document, span, sentence and "
                + "endnote call."})
public final class NetworkCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @Mixin
    FilterOptions filter;

    @Option(names = "--json", description = "Write the network as JSON: {nodes, edges}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TimelineQuery query = filter.query();
        Network network;
        try (Store store = Store.openExisting(storeOption.db)) {
            network = store.chronicle().network(query);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoreJson.write(network));
        } else {
            out.println(StoreFormat.fmt("nodes (%d)", network.nodes().size()));
            for (NetworkNode n : network.nodes()) {
                out.println(StoreFormat.fmt("  %3d sent %3d received  %s (%s)", n.sent(), n.received(), n.name(), n.type()));
            }
            out.println(StoreFormat.fmt("edges (%d)", network.edges().size()));
            for (NetworkEdge e : network.edges()) {
                out.println(StoreFormat.fmt("  %-10s %-26s → %-26s %-10s %s%s  %s", e.date().orElse("-"),
                        StoreFormat.snip(e.sender().name(), 26),
                        StoreFormat.snip(e.recipient().map(Party::name).orElse("?"), 26),
                        e.channel().orElse("-"), StoreFormat.source(e.source()), StoreFormat.note(e.note()),
                        StoreFormat.snip(e.sentence())));
            }
        }
        out.flush();
        return Main.OK;
    }
}
