package org.annalist.store.query;

import java.util.List;

/** The communication network: its parties (most active first) and its edges (by date, then source). */
public record Network(List<NetworkNode> nodes, List<NetworkEdge> edges) {
    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
