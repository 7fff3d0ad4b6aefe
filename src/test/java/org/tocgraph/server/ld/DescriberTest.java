package org.tocgraph.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.tocgraph.rdf.TG;

class DescriberTest {
    private static final String ID = "https://w3id.org/tocgraph/id/";
    private static final Node A = uri(ID + "mechanism/a");
    private static final Node A_SPAN = uri(ID + "mechanism/a#name-L3");
    private static final Node B = uri(ID + "state/BE");
    private static final Node C = uri(ID + "mechanism/c");
    private static final Node P = uri(TG.NS + "p");

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        Node blank = NodeFactory.createBlankNode();
        Node nested = NodeFactory.createBlankNode();
        g.add(Triple.create(C, P, A));
        g.add(Triple.create(A, P, blank));
        g.add(Triple.create(blank, P, nested));
        g.add(Triple.create(nested, RDFS.label.asNode(), NodeFactory.createLiteralString("deep")));
        g.add(Triple.create(A, TG.evidence.asNode(), A_SPAN));
        g.add(Triple.create(A_SPAN, TG.sourceLine.asNode(), NodeFactory.createLiteralString("3")));
        g.add(Triple.create(A, RDFS.label.asNode(), NodeFactory.createLiteralString("A")));
        g.add(Triple.create(A, RDF.type.asNode(), TG.Mechanism.asNode()));
        g.add(Triple.create(A, P, B));
        g.add(Triple.create(B, RDFS.label.asNode(), NodeFactory.createLiteralString("Belgium")));
        g.add(Triple.create(B, P, uri(ID + "state/FR")));
        return g;
    }

    @Test
    void describesSubjectHashChildrenBlankNodesIncomingAndLabels() {
        Graph g = graph();
        OrderedGraph d = new Describer(g, new Namespaces(Namespaces.SCHEMA_HTTP), g).describe(A);
        List<Triple> triples = d.triples();
        assertTrue(triples.contains(Triple.create(A_SPAN, TG.sourceLine.asNode(), NodeFactory.createLiteralString("3"))));
        assertTrue(triples.contains(Triple.create(C, P, A)), "incoming");
        assertTrue(triples.contains(Triple.create(B, RDFS.label.asNode(), NodeFactory.createLiteralString("Belgium"))));
        assertEquals(1, triples.stream().filter(t -> t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().equals("deep")).count(), "nested blank node");
        assertFalse(triples.contains(Triple.create(B, P, uri(ID + "state/FR"))), "B's own statements are not A's");
        // Order: A (type, label, then by predicate), its hash child, then the others.
        assertEquals(Triple.create(A, RDF.type.asNode(), TG.Mechanism.asNode()), triples.get(0));
        assertEquals(RDFS.label.asNode(), triples.get(1).getPredicate());
        int lastA = -1;
        int firstSpan = Integer.MAX_VALUE;
        int firstOther = Integer.MAX_VALUE;
        for (int i = 0; i < triples.size(); i++) {
            Node s = triples.get(i).getSubject();
            if (s.equals(A)) {
                lastA = i;
            } else if (s.equals(A_SPAN)) {
                firstSpan = Math.min(firstSpan, i);
            } else {
                firstOther = Math.min(firstOther, i);
            }
        }
        assertTrue(lastA < firstSpan && firstSpan < firstOther, triples.toString());
        assertTrue(d.getPrefixMapping().getNsPrefixMap().containsKey("tg"));
        assertFalse(d.getPrefixMapping().getNsPrefixMap().containsKey("wd"), "unused prefixes are left out");
    }

    @Test
    void knowsSubjectsObjectsAndParentsOfHashChildren() {
        Graph g = graph();
        Describer describer = new Describer(g, new Namespaces(Namespaces.SCHEMA_HTTP), g);
        assertTrue(describer.isKnown(A));
        assertTrue(describer.isKnown(uri(ID + "state/FR")));
        assertFalse(describer.isKnown(uri(ID + "state/DE")));
        assertEquals(List.of(A_SPAN), describer.hashChildren(A));
    }
}
