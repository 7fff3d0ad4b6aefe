package org.tocgraph.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds the RDF description of one IRI: the triples with it as subject, those of its hash-IRI
 * children ({@code IRI#...}, the evidence nodes), those of any blank nodes these reach, the
 * triples with it as object, and the {@code rdfs:label}s of every IRI these mention, so a client
 * can render the result alone.
 *
 * <p>Triples come out in a fixed order: the resource first, then its hash children, then the other
 * subjects by IRI; within a subject {@code rdf:type}, then labels, then the other predicates by
 * IRI; objects in SPARQL term order.
 */
final class Describer {
    private static final Node LABEL = RDFS.label.asNode();

    private final Graph source;
    private final List<Graph> labelSources;
    private final Namespaces namespaces;
    /** IRI without fragment → the subjects {@code IRI#...} in the source. */
    private final Map<String, List<Node>> hashChildren = new HashMap<>();

    /**
     * @param source       the graph descriptions are taken from; read-only from now on
     * @param namespaces   prefixes for the output
     * @param labelSources graphs the labels of mentioned IRIs are taken from
     */
    Describer(Graph source, Namespaces namespaces, Graph... labelSources) {
        this.source = source;
        this.namespaces = namespaces;
        this.labelSources = List.of(labelSources);
        ExtendedIterator<Triple> it = source.find();
        try {
            Set<Node> seen = new LinkedHashSet<>();
            while (it.hasNext()) {
                Node s = it.next().getSubject();
                if (s.isURI() && seen.add(s)) {
                    String iri = s.getURI();
                    int hash = iri.indexOf('#');
                    if (hash > 0 && hash < iri.length() - 1) {
                        hashChildren.computeIfAbsent(iri.substring(0, hash), k -> new ArrayList<>()).add(s);
                    }
                }
            }
        } finally {
            it.close();
        }
    }

    /** Whether the source says anything about an IRI (as subject or object) or its hash children. */
    boolean isKnown(Node iri) {
        return source.contains(iri, Node.ANY, Node.ANY) || source.contains(Node.ANY, Node.ANY, iri)
                || hashChildren.containsKey(iri.getURI());
    }

    /** The hash-IRI children of an IRI, sorted. */
    List<Node> hashChildren(Node iri) {
        List<Node> children = new ArrayList<>(hashChildren.getOrDefault(iri.getURI(), List.of()));
        children.sort(NodeCmp::compareRDFTerms);
        return children;
    }

    /** The description of one IRI, in a fixed order. */
    OrderedGraph describe(Node focus) {
        Set<Triple> triples = new LinkedHashSet<>();
        addAll(triples, source, focus, Node.ANY, Node.ANY);
        for (Node child : hashChildren.getOrDefault(focus.getURI(), List.of())) {
            addAll(triples, source, child, Node.ANY, Node.ANY);
        }
        closeOverBlankNodes(triples);
        addAll(triples, source, Node.ANY, Node.ANY, focus);
        Set<Node> mentioned = new LinkedHashSet<>();
        for (Triple t : triples) {
            mentioned.add(t.getSubject());
            mentioned.add(t.getPredicate());
            mentioned.add(t.getObject());
        }
        for (Node n : mentioned) {
            if (n.isURI()) {
                for (Graph g : labelSources) {
                    addAll(triples, g, n, LABEL, Node.ANY);
                }
            }
        }
        return ordered(focus, triples);
    }

    /** Adds the triples of blank nodes the description reaches, as a concise bounded description does. */
    private void closeOverBlankNodes(Set<Triple> triples) {
        Set<Node> visited = new LinkedHashSet<>();
        List<Triple> pending = new ArrayList<>(triples);
        while (!pending.isEmpty()) {
            Node o = pending.remove(pending.size() - 1).getObject();
            if (o.isBlank() && visited.add(o)) {
                Set<Triple> more = new LinkedHashSet<>();
                addAll(more, source, o, Node.ANY, Node.ANY);
                for (Triple t : more) {
                    if (triples.add(t)) {
                        pending.add(t);
                    }
                }
            }
        }
    }

    /** Everything in the source, with one resource first (used for the ontology document). */
    OrderedGraph all(Node focus) {
        Set<Triple> triples = new LinkedHashSet<>();
        addAll(triples, source, Node.ANY, Node.ANY, Node.ANY);
        return ordered(focus, triples);
    }

    private OrderedGraph ordered(Node focus, Set<Triple> triples) {
        List<Triple> sorted = new ArrayList<>(triples);
        sorted.sort(order(focus));
        return new OrderedGraph(sorted, namespaces.usedBy(sorted));
    }

    private static void addAll(Set<Triple> into, Graph g, Node s, Node p, Node o) {
        ExtendedIterator<Triple> it = g.find(s, p, o);
        try {
            it.forEachRemaining(into::add);
        } finally {
            it.close();
        }
    }

    /** The output order for the description of {@code focus}. */
    static Comparator<Triple> order(Node focus) {
        String hashPrefix = focus.isURI() ? focus.getURI() + "#" : null;
        Comparator<Node> subjectRank = Comparator.comparingInt(s -> s.equals(focus) ? 0
                : s.isURI() && hashPrefix != null && s.getURI().startsWith(hashPrefix) ? 1 : 2);
        Comparator<Node> predicateRank = Comparator.comparingInt(Describer::predicateRank);
        return Comparator.comparing(Triple::getSubject, subjectRank.thenComparing(NodeCmp::compareRDFTerms))
                .thenComparing(Triple::getPredicate, predicateRank.thenComparing(NodeCmp::compareRDFTerms))
                .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);
    }

    private static int predicateRank(Node p) {
        if (p.equals(RDF.type.asNode())) {
            return 0;
        }
        if (p.equals(LABEL)) {
            return 1;
        }
        return p.equals(SKOS.prefLabel.asNode()) ? 2 : 3;
    }
}
