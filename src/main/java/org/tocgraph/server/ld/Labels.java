package org.tocgraph.server.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.tocgraph.rdf.TG;

/**
 * Names for people: the best label a resource has in the data or the ontology, else one derived
 * from its structure (a membership is "member — role of mechanism"), else a compact name
 * ({@code tg:Mechanism}), else the IRI's local path.
 */
final class Labels {
    /** Label properties, most preferred first. */
    private static final List<Node> LABEL_PROPERTIES = List.of(RDFS.label.asNode(),
            SKOS.prefLabel.asNode(), DCTerms.title.asNode(),
            NodeFactory.createURI(Namespaces.FOAF + "name"));

    private static final Pattern WIKIDATA = Pattern.compile("https?://www\\.wikidata\\.org/entity/(Q[0-9]+)");
    private static final Pattern GEONAMES = Pattern.compile("https?://sws\\.geonames\\.org/([0-9]+)/?");

    private final List<Graph> sources;
    private final Namespaces namespaces;
    private final String dataRoot;

    /**
     * @param namespaces for compact names
     * @param dataRoot   {@code {base}id/}; IRIs under it fall back to their path ({@code state/KZ})
     * @param sources    graphs to look labels up in, first wins
     */
    Labels(Namespaces namespaces, String dataRoot, Graph... sources) {
        this.namespaces = namespaces;
        this.dataRoot = dataRoot;
        this.sources = List.of(sources);
    }

    /** The best explicit label, if the resource has one. */
    Optional<String> explicit(Node node) {
        if (!node.isURI()) {
            return Optional.empty();
        }
        for (Node property : LABEL_PROPERTIES) {
            for (Graph g : sources) {
                String best = null;
                int bestRank = Integer.MAX_VALUE;
                ExtendedIterator<Triple> it = g.find(node, property, Node.ANY);
                try {
                    while (it.hasNext()) {
                        Node o = it.next().getObject();
                        if (!o.isLiteral()) {
                            continue;
                        }
                        int rank = languageRank(o.getLiteralLanguage());
                        String text = o.getLiteralLexicalForm();
                        // Several labels of one rank: take the smallest, so pages do not change between runs.
                        if (rank < bestRank || rank == bestRank && text.compareTo(best) < 0) {
                            best = text;
                            bestRank = rank;
                        }
                    }
                } finally {
                    it.close();
                }
                if (best != null) {
                    return Optional.of(best);
                }
            }
        }
        return Optional.empty();
    }

    /** English first, then no language tag, then anything else. */
    private static int languageRank(String lang) {
        String l = lang.toLowerCase(Locale.ROOT);
        if (l.equals("en") || l.startsWith("en-")) {
            return 0;
        }
        return l.isEmpty() ? 1 : 2;
    }

    /** A label for any node: explicit label, compact name, local path or the IRI itself. */
    String label(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        if (!node.isURI()) {
            return node.toString();
        }
        return explicit(node).or(() -> derived(node)).or(() -> external(node.getURI()))
                .orElseGet(() -> fallback(node.getURI()));
    }

    /** "Wikidata Q232" and "GeoNames 1522867" rather than wd:Q232 and a bare URL. */
    private static Optional<String> external(String iri) {
        Matcher wd = WIKIDATA.matcher(iri);
        if (wd.matches()) {
            return Optional.of("Wikidata " + wd.group(1));
        }
        Matcher gn = GEONAMES.matcher(iri);
        return gn.matches() ? Optional.of("GeoNames " + gn.group(1)) : Optional.empty();
    }

    /** An explicit label or the fallback, never a derived one (derived labels are built from these). */
    private String name(Node node) {
        return node.isURI() ? explicit(node).orElseGet(() -> fallback(node.getURI())) : label(node);
    }

    /**
     * A label built from the structure of an unlabelled node of the tocgraph model: memberships
     * ("Mongolia — observer of Shanghai Cooperation Organization"), table rows ("Source row L48"),
     * convenings, coverages, counts and evidence spans. Pages only; the RDF is not changed.
     */
    private Optional<String> derived(Node n) {
        for (Graph g : sources) {
            Node member = object(g, n, Terms.ORG_MEMBER);
            Node organization = object(g, n, Terms.ORG_ORGANIZATION);
            if (member != null && organization != null) {
                Node role = object(g, n, Terms.ORG_ROLE);
                boolean inferred = g.contains(n, TG.basis.asNode(), TG.inferred.asNode());
                return Optional.of(name(member) + " — " + (role == null ? "" : name(role) + " of ")
                        + name(organization) + (inferred ? " (inferred)" : ""));
            }
            Node first = object(g, n, TG.firstLine.asNode());
            if (first != null) {
                Node last = object(g, n, TG.lastLine.asNode());
                String f = first.getLiteralLexicalForm();
                String l = last == null ? f : last.getLiteralLexicalForm();
                return Optional.of("Source row L" + f + (f.equals(l) ? "" : "–" + l));
            }
            Node mechanism = object(g, n, TG.mechanism.asNode());
            Node convener = object(g, n, TG.convener.asNode());
            if (mechanism != null && convener != null) {
                // The converter reads "SCO meetings facilitator: ... SCO Chairmanship" as the SCO convening itself.
                return Optional.of(convener.equals(mechanism)
                        ? name(mechanism) + ": convened by its own chair or secretariat"
                        : name(convener) + " convenes " + name(mechanism));
            }
            Node area = object(g, n, TG.area.asNode());
            if (mechanism != null && area != null) {
                return Optional.of(name(mechanism) + " covers " + name(area));
            }
            Node count = object(g, n, TG.countValue.asNode());
            if (count != null) {
                boolean atLeast = g.contains(n, TG.isMinimum.asNode(), Node.ANY)
                        && "true".equals(object(g, n, TG.isMinimum.asNode()).getLiteralLexicalForm());
                List<String> what = new ArrayList<>();
                for (Node p : List.of(TG.countedRole.asNode(), TG.countedKind.asNode())) {
                    Node v = object(g, n, p);
                    if (v != null) {
                        what.add(name(v));
                    }
                }
                return Optional.of("Stated count: " + (atLeast ? "at least " : "") + count.getLiteralLexicalForm()
                        + (what.isEmpty() ? "" : " (" + String.join(", ", what) + ")"));
            }
            Node line = object(g, n, TG.sourceLine.asNode());
            if (line != null) {
                Node cell = object(g, n, TG.cell.asNode());
                return Optional.of((cell == null ? "Source" : name(cell)) + ", line " + line.getLiteralLexicalForm());
            }
            Node frequencyText = object(g, n, TG.frequencyText.asNode());
            if (frequencyText != null && g.contains(n, RDF.type.asNode(), TG.MeetingFrequency.asNode())) {
                return Optional.of("Meeting frequency: " + frequencyText.getLiteralLexicalForm());
            }
        }
        return Optional.empty();
    }

    /** The smallest object of (s, p), or null: one value, the same on every run. */
    private static Node object(Graph g, Node s, Node p) {
        Node best = null;
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (best == null || NodeCmp.compareRDFTerms(o, best) < 0) {
                    best = o;
                }
            }
        } finally {
            it.close();
        }
        return best;
    }

    /**
     * A name for a class: its label, else its local name made readable ({@code OrganizationalCollaboration}
     * becomes "Organizational collaboration"), so a reader never sees a bare prefixed name in a heading.
     */
    String className(Node type) {
        if (!type.isURI()) {
            return label(type);
        }
        return explicit(type).orElseGet(() -> {
            String iri = type.getURI();
            String local = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
            if (local.isEmpty()) {
                return fallback(iri);
            }
            String words = local.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        });
    }

    /** A compact name, or the data path, or the IRI. */
    String fallback(String iri) {
        String compact = namespaces.compact(iri);
        if (compact != null) {
            return compact;
        }
        if (iri.startsWith(dataRoot) && iri.length() > dataRoot.length()) {
            return iri.substring(dataRoot.length());
        }
        return iri;
    }

    /** A compact name such as {@code tg:acronym}, or null. */
    String compact(String iri) {
        return namespaces.compact(iri);
    }
}
