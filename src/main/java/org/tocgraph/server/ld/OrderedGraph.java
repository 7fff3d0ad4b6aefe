package org.tocgraph.server.ld;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A small read-only graph that lists its triples in the order given. Jena's writers emit triples
 * in the order a graph's {@code find} returns them, and the in-memory graph orders them by hash;
 * this makes every serialization of a description come out the same, byte for byte.
 */
final class OrderedGraph extends GraphBase {
    private final List<Triple> triples;

    /**
     * @param triples  distinct triples in output order
     * @param prefixes prefix to namespace
     */
    OrderedGraph(List<Triple> triples, Map<String, String> prefixes) {
        this.triples = List.copyOf(triples);
        getPrefixMapping().setNsPrefixes(prefixes);
        getPrefixMapping().lock();
    }

    /** The triples in output order. */
    List<Triple> triples() {
        return triples;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return WrappedIterator.create(triples.stream().filter(pattern::matches).iterator());
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }
}
