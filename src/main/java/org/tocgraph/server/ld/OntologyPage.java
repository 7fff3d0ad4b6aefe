package org.tocgraph.server.ld;

import static org.tocgraph.server.ld.Terms.n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.tocgraph.rdf.TG;

/**
 * The HTML page of the ontology document ({@code /def}): its classes, properties, concept schemes
 * with their concepts, and other named individuals, each with label, comment, and the axioms a
 * reader needs (superclass, domain, range). Terms in the {@code tg:} namespace get an anchor named
 * after their local name, so {@code https://w3id.org/tocgraph/def#Mechanism} lands on its entry.
 */
final class OntologyPage extends Page {
    private final Graph g;
    private final Set<Node> done = new LinkedHashSet<>();

    OntologyPage(Linker linker, Labels labels, String requestPath, Graph ontology) {
        super(linker, labels, requestPath);
        this.g = ontology;
    }

    String render() {
        Node ontology = NodeFactory.createURI(TG.ONTOLOGY);
        String title = labels.explicit(ontology).orElse("The tocgraph ontology");
        head(title, TG.ONTOLOGY);
        out.append("<p class=\"kicker\">Ontology</p>\n<h1>").append(esc(title)).append("</h1>\n")
                .append("<p class=\"iri\"><code>").append(esc(TG.ONTOLOGY)).append("</code></p>\n");
        for (Node p : List.of(n(DCTerms.description), n(RDFS.comment), n(SKOS.definition))) {
            for (Node d : objects(ontology, p)) {
                out.append("<p class=\"lead\">").append(esc(d.getLiteralLexicalForm())).append("</p>\n");
            }
        }
        List<Triple> header = outgoing(ontology);
        if (!header.isEmpty()) {
            out.append("<details><summary>Ontology metadata</summary>\n");
            statements(header);
            out.append("</details>\n");
        }
        done.add(ontology);
        List<Node> classes = ofTypes(n(OWL.Class), n(RDFS.Class));
        List<Node> objectProps = ofTypes(n(OWL.ObjectProperty));
        List<Node> dataProps = ofTypes(n(OWL.DatatypeProperty));
        List<Node> otherProps = ofTypes(n(OWL.AnnotationProperty), n(RDF.Property));
        List<Node> schemes = ofTypes(n(SKOS.ConceptScheme));
        out.append("<nav class=\"toc\"><a href=\"#classes\">Classes</a> · <a href=\"#properties\">Properties</a>")
                .append(" · <a href=\"#concepts\">Concepts</a> · <a href=\"#individuals\">Individuals</a></nav>\n");
        terms("classes", "Classes", classes, false);
        out.append("<section id=\"properties\">\n<h2>Properties</h2>\n");
        subTerms("Object properties", objectProps);
        subTerms("Datatype properties", dataProps);
        subTerms("Other properties", otherProps);
        out.append("</section>\n");
        out.append("<section id=\"concepts\">\n<h2>Concept schemes</h2>\n");
        for (Node scheme : schemes) {
            done.add(scheme);
            out.append("<article class=\"term\"").append(anchor(scheme)).append(">\n<h3>")
                    .append(esc(labels.label(scheme))).append(" <small class=\"qn\">")
                    .append(esc(labels.fallback(scheme.getURI()))).append("</small></h3>\n");
            comments(scheme);
            Set<Node> concepts = new LinkedHashSet<>(subjects(n(SKOS.inScheme), scheme));
            concepts.addAll(objects(scheme, n(SKOS.hasTopConcept)));
            List<Node> sorted = new ArrayList<>(concepts);
            sorted.sort(byLabel());
            out.append("<table class=\"list\">\n<thead><tr><th scope=\"col\">Concept</th><th scope=\"col\">Definition</th></tr></thead>\n<tbody>\n");
            for (Node c : sorted) {
                done.add(c);
                out.append("<tr><td>").append(link(c)).append("</td><td>").append(esc(comment(c))).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</article>\n");
        }
        out.append("</section>\n");
        List<Node> individuals = new ArrayList<>();
        for (Node s : allSubjects()) {
            if (!done.contains(s) && s.isURI() && !objects(s, n(RDF.type)).isEmpty()) {
                individuals.add(s);
            }
        }
        terms("individuals", "Other individuals", individuals, true);
        foot();
        return out.toString();
    }

    private void terms(String id, String heading, List<Node> nodes, boolean showType) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(heading)).append("</h2>\n");
        for (Node t : nodes) {
            term(t, showType);
        }
        out.append("</section>\n");
    }

    private void subTerms(String heading, List<Node> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        out.append("<h3 class=\"group\">").append(esc(heading)).append("</h3>\n");
        for (Node t : nodes) {
            term(t, false);
        }
    }

    /** One term; {@code showType} for individuals, whose type the section does not tell. */
    private void term(Node t, boolean showType) {
        done.add(t);
        // Hash terms live on this page; others (concepts) have their own page to link to.
        String heading = t.getURI().startsWith(TG.NS) ? esc(labels.label(t)) : link(t);
        out.append("<article class=\"term\"").append(anchor(t)).append(">\n<h3>").append(heading)
                .append(" <small class=\"qn\">").append(esc(labels.fallback(t.getURI()))).append("</small></h3>\n");
        comments(t);
        StringBuilder dl = new StringBuilder();
        axiom(dl, t, n(RDFS.subClassOf), "Subclass of");
        axiom(dl, t, n(RDFS.subPropertyOf), "Subproperty of");
        axiom(dl, t, n(RDFS.domain), "Domain");
        axiom(dl, t, n(RDFS.range), "Range");
        axiom(dl, t, n(OWL.equivalentClass), "Equivalent to");
        axiom(dl, t, n(OWL.inverseOf), "Inverse of");
        if (isClass(t)) {
            List<Node> props = subjects(n(RDFS.domain), t);
            props.sort(byLabel());
            if (!props.isEmpty()) {
                dl.append("<dt>Properties</dt><dd><ul class=\"inline\">");
                for (Node p : props) {
                    dl.append("<li>").append(link(p)).append("</li>");
                }
                dl.append("</ul></dd>\n");
            }
        }
        if (showType) {
            axiom(dl, t, n(RDF.type), "Type");
        }
        if (!dl.isEmpty()) {
            out.append("<dl>\n").append(dl).append("</dl>\n");
        }
        out.append("</article>\n");
    }

    private boolean isClass(Node t) {
        return g.contains(t, n(RDF.type), n(OWL.Class)) || g.contains(t, n(RDF.type), n(RDFS.Class));
    }

    private void axiom(StringBuilder dl, Node t, Node p, String heading) {
        List<Node> values = objects(t, p);
        if (values.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (Node v : values) {
            parts.add(v.isBlank() ? expression(v) : value(v));
        }
        dl.append("<dt>").append(esc(heading)).append("</dt><dd>").append(String.join(", ", parts)).append("</dd>\n");
    }

    /** A class expression in words: "stated or inferred" for a union, "one of: ..." for an enumeration. */
    private String expression(Node v) {
        for (Node form : List.of(n(OWL.unionOf), n(OWL.oneOf), n(OWL.intersectionOf))) {
            List<Node> heads = objects(v, form);
            if (heads.isEmpty()) {
                continue;
            }
            List<String> items = new ArrayList<>();
            for (Node item : list(heads.get(0))) {
                items.add(item.isBlank() ? expression(item) : value(item));
            }
            if (form.equals(n(OWL.oneOf))) {
                return "one of: " + String.join(", ", items);
            }
            return String.join(form.equals(n(OWL.unionOf)) ? " or " : " and ", items);
        }
        // Restrictions and the like: the RDF has them.
        return "<span class=\"dt\">(a class expression; see the Turtle)</span>";
    }

    /** The members of an RDF list, in order; stops at a cycle or a malformed list. */
    private List<Node> list(Node head) {
        List<Node> items = new ArrayList<>();
        Set<Node> seen = new LinkedHashSet<>();
        Node cell = head;
        while (cell != null && !cell.equals(n(RDF.nil)) && seen.add(cell)) {
            List<Node> first = objects(cell, n(RDF.first));
            List<Node> rest = objects(cell, n(RDF.rest));
            if (first.size() != 1 || rest.size() != 1) {
                break;
            }
            items.add(first.get(0));
            cell = rest.get(0);
        }
        return items;
    }

    private void comments(Node t) {
        String c = comment(t);
        if (!c.isEmpty()) {
            out.append("<p>").append(esc(c)).append("</p>\n");
        }
    }

    /** The definition or comment of a term, English first. */
    private String comment(Node t) {
        for (Node p : List.of(n(SKOS.definition), n(RDFS.comment))) {
            List<Node> values = objects(t, p);
            values.sort(Comparator.comparing((Node v) -> v.isLiteral() && v.getLiteralLanguage().startsWith("en") ? 0 : 1));
            for (Node v : values) {
                if (v.isLiteral()) {
                    return v.getLiteralLexicalForm();
                }
            }
        }
        return "";
    }

    private String anchor(Node t) {
        String iri = t.getURI();
        if (iri != null && iri.startsWith(TG.NS)) {
            return " id=\"" + esc(iri.substring(TG.NS.length())) + "\"";
        }
        return "";
    }

    private List<Node> ofTypes(Node... types) {
        Set<Node> found = new LinkedHashSet<>();
        for (Node type : types) {
            for (Node s : subjects(n(RDF.type), type)) {
                if (s.isURI() && !done.contains(s)) {
                    found.add(s);
                }
            }
        }
        // Claimed now, so a term typed both owl:ObjectProperty and rdf:Property is listed once.
        done.addAll(found);
        List<Node> sorted = new ArrayList<>(found);
        sorted.sort(byLabel());
        return sorted;
    }

    private List<Node> allSubjects() {
        Set<Node> subjects = new LinkedHashSet<>();
        ExtendedIterator<Triple> it = g.find();
        try {
            it.forEachRemaining(t -> subjects.add(t.getSubject()));
        } finally {
            it.close();
        }
        List<Node> sorted = new ArrayList<>(subjects);
        sorted.sort(byLabel());
        return sorted;
    }

    private List<Triple> outgoing(Node s) {
        List<Triple> result = new ArrayList<>(g.find(s, Node.ANY, Node.ANY).toList());
        result.sort(Describer.order(s));
        return result;
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> result = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            it.forEachRemaining(x -> result.add(x.getObject()));
        } finally {
            it.close();
        }
        result.sort(NodeCmp::compareRDFTerms);
        return result;
    }

    private List<Node> subjects(Node p, Node o) {
        List<Node> result = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(Node.ANY, p, o);
        try {
            it.forEachRemaining(x -> result.add(x.getSubject()));
        } finally {
            it.close();
        }
        result.sort(NodeCmp::compareRDFTerms);
        return result;
    }

    private Comparator<Node> byLabel() {
        return (a, b) -> {
            int c = labels.label(a).compareToIgnoreCase(labels.label(b));
            return c != 0 ? c : NodeCmp.compareRDFTerms(a, b);
        };
    }
}
