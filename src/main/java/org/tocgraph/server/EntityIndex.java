package org.tocgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.tocgraph.rdf.TG;

/**
 * The front page's index: every mechanism with its number of members, and every state, organization and
 * group with the number of mechanisms it takes part in (as member, observer, partner, participant or
 * convener, stated or inferred from a group).
 */
record EntityIndex(Map<String, List<Entry>> byKind) {

    /** One entity: IRI, label, and the number shown beside it. */
    record Entry(String iri, String label, int count) {
    }

    /** Kinds of the index in page order, with their headings. */
    static final Map<Resource, String> KINDS = kinds();

    private static Map<Resource, String> kinds() {
        Map<Resource, String> k = new LinkedHashMap<>();
        k.put(TG.Mechanism, "Mechanisms");
        k.put(TG.State, "States");
        k.put(TG.Organization, "Organizations");
        k.put(TG.Group, "Groups");
        return k;
    }

    static EntityIndex of(Model m) {
        Map<Resource, Set<Resource>> membersOf = new LinkedHashMap<>();
        Map<Resource, Set<Resource>> mechanismsOf = new LinkedHashMap<>();
        for (Resource ms : m.listSubjectsWithProperty(ORG.organization).toList()) {
            Resource mechanism = resource(ms.getProperty(ORG.organization));
            Resource member = resource(ms.getProperty(ORG.member));
            if (mechanism == null || member == null || !m.contains(mechanism, RDF.type, TG.Mechanism)) {
                continue;
            }
            membersOf.computeIfAbsent(mechanism, k -> new HashSet<>()).add(member);
            mechanismsOf.computeIfAbsent(member, k -> new HashSet<>()).add(mechanism);
        }
        m.listStatements(null, TG.convenedBy, (RDFNode) null).forEach(s -> {
            if (s.getObject().isResource()) {
                mechanismsOf.computeIfAbsent(s.getResource(), k -> new HashSet<>()).add(s.getSubject());
            }
        });
        Map<String, List<Entry>> byKind = new LinkedHashMap<>();
        for (Resource kind : KINDS.keySet()) {
            Map<Resource, Set<Resource>> counts = kind.equals(TG.Mechanism) ? membersOf : mechanismsOf;
            List<Entry> entries = new ArrayList<>();
            for (Resource r : m.listResourcesWithProperty(RDF.type, kind).toList()) {
                if (r.isURIResource()) {
                    entries.add(new Entry(r.getURI(), Summary.label(r), counts.getOrDefault(r, Set.of()).size()));
                }
            }
            entries.sort(Comparator.comparing((Entry e) -> e.label().toLowerCase(Locale.ROOT))
                    .thenComparing(Entry::iri));
            byKind.put(KINDS.get(kind), List.copyOf(entries));
        }
        return new EntityIndex(byKind);
    }

    private static Resource resource(Statement s) {
        return s != null && s.getObject().isResource() ? s.getResource() : null;
    }
}
