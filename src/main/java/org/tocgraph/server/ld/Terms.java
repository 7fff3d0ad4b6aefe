package org.tocgraph.server.ld;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;

/** Terms of reused vocabularies that Jena has no constants for, and a shorthand for TG's. */
final class Terms {
    private Terms() {
    }

    static final Node ORG_ORGANIZATION = NodeFactory.createURI(Namespaces.ORG + "organization");
    static final Node ORG_MEMBER = NodeFactory.createURI(Namespaces.ORG + "member");
    static final Node ORG_ROLE = NodeFactory.createURI(Namespaces.ORG + "role");
    static final Node FOAF_MEMBER = NodeFactory.createURI(Namespaces.FOAF + "member");
    static final Node PROV_WAS_DERIVED_FROM = NodeFactory.createURI(Namespaces.PROV + "wasDerivedFrom");

    static Node n(Resource r) {
        return r.asNode();
    }
}
