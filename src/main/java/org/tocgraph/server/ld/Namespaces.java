package org.tocgraph.server.ld;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.tocgraph.rdf.TG;

/** The prefixes used in served RDF and for compact names in pages. */
final class Namespaces {
    static final String ORG = TG.ORG_NS;
    static final String PROV = TG.PROV_NS;
    static final String FOAF = TG.FOAF_NS;
    static final String WD = TG.WD_NS;
    static final String SCHEMA_HTTP = "http://schema.org/";

    private final Map<String, String> prefixes = new LinkedHashMap<>();

    /**
     * @param schema the schema.org namespace the data uses ({@code http://} and {@code https://}
     *               are both in use in the wild)
     */
    Namespaces(String schema) {
        prefixes.putAll(TG.PREFIXES);
        prefixes.put("schema", schema);
        prefixes.put("rdf", RDF.uri);
    }

    /** The schema.org namespace declared by the first model that declares one, else {@code http://schema.org/}. */
    static String schemaNamespace(PrefixMapping... declared) {
        for (PrefixMapping pm : declared) {
            String ns = pm.getNsPrefixURI("schema");
            if (ns != null && ns.matches("https?://schema\\.org/")) {
                return ns;
            }
        }
        return SCHEMA_HTTP;
    }

    /** The prefixes some triples actually use, in the fixed order above. */
    Map<String, String> usedBy(Collection<Triple> triples) {
        Map<String, String> used = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            String ns = e.getValue();
            for (Triple t : triples) {
                if (uses(t.getSubject(), ns) || uses(t.getPredicate(), ns) || uses(t.getObject(), ns)) {
                    used.put(e.getKey(), ns);
                    break;
                }
            }
        }
        return used;
    }

    /** All prefixes. */
    Map<String, String> all() {
        return prefixes;
    }

    private static boolean uses(Node n, String ns) {
        if (n.isURI()) {
            return n.getURI().startsWith(ns);
        }
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            return dt != null && dt.startsWith(ns) && !dt.equals(XSDDatatype.XSDstring.getURI())
                    && !dt.equals(RDF.dtLangString.getURI());
        }
        return false;
    }

    /**
     * A compact name such as {@code tg:Mechanism} or {@code wd:Q232}, or null if no prefix fits or
     * the local part would need escaping.
     */
    String compact(String iri) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > bestLength) {
                String local = iri.substring(ns.length());
                if (local.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*") && !local.endsWith(".")) {
                    best = e.getKey() + ":" + local;
                    bestLength = ns.length();
                }
            }
        }
        return best;
    }
}
