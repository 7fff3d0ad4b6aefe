package org.tocgraph.server;

import static org.tocgraph.server.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * A fixed RDF document (the dataset or service description) as a plain HTML page for browsers: one table
 * per resource, blank nodes nested where they are used, IRIs under the public base linked on this server.
 * It shows the same triples as the RDF, so a person reads what a client gets.
 */
final class DocumentPage {
    private final String up;
    private final String base;
    /** Section ids of the resources that have a section, by IRI. */
    private final Map<String, String> sections = new HashMap<>();

    private DocumentPage(String up, String base) {
        this.up = up;
        this.base = base;
    }

    /**
     * @param up      relative path from the document to the server root, e.g. {@code "../"}
     * @param self    the document's last path segment, for links to its RDF syntaxes, e.g. {@code "void"}
     * @param first   the resource shown first, or null
     */
    static String render(Model model, String title, String intro, String up, String self, String first,
            String base, String version) {
        StringBuilder b = new StringBuilder("<h1>").append(esc(title)).append("</h1>\n<p>").append(esc(intro))
                .append(" The same description for programs: ");
        for (RdfSyntax s : RdfSyntax.GRAPH_SYNTAXES) {
            b.append(s == RdfSyntax.TURTLE ? "" : " · ").append("<a href=\"").append(esc(self)).append("?format=")
                    .append(s.extension).append("\">").append(esc(s.label)).append("</a>");
        }
        b.append(" (or ask for it with an <code>Accept</code> header).</p>\n");
        DocumentPage page = new DocumentPage(up, base);
        List<Resource> roots = roots(model, first);
        for (Resource r : roots) {
            if (r.isURIResource()) {
                page.sections.put(r.getURI(), "r" + (page.sections.size() + 1));
            }
        }
        for (Resource r : roots) {
            b.append("<h2");
            if (r.isURIResource()) {
                b.append(" id=\"").append(page.sections.get(r.getURI())).append('"');
            }
            b.append('>').append(esc(heading(r))).append("</h2>\n");
            if (r.isURIResource()) {
                b.append("<p>").append(page.link(r, false)).append("</p>\n");
            }
            page.table(b, r, new HashSet<>());
        }
        String head = "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + esc(self) + "?format=ttl\">";
        return Html.page(up, Html.Section.DESCRIPTION, title, head, b.toString(), version, "");
    }

    /** IRIs, and blank nodes that nothing points to (the service of a service description); {@code first} first. */
    private static List<Resource> roots(Model model, String first) {
        List<Resource> roots = new ArrayList<>();
        model.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() || !model.contains(null, null, s)) {
                roots.add(s);
            }
        });
        roots.sort(Comparator.comparing((Resource r) -> !(r.isURIResource() && r.getURI().equals(first)))
                .thenComparing(Resource::isURIResource)
                .thenComparing(r -> r.isURIResource() ? r.getURI() : ""));
        return roots;
    }

    private static String heading(Resource r) {
        for (Property p : List.of(DCTerms.title, RDFS.label)) {
            Statement s = r.getProperty(p);
            if (s != null && s.getObject().isLiteral()) {
                return s.getString();
            }
        }
        return r.isURIResource() ? shortForm(r.getModel(), r.getURI()) : "Untitled resource";
    }

    private void table(StringBuilder b, Resource r, Set<Resource> open) {
        open.add(r);
        Model m = r.getModel();
        List<Statement> statements = new ArrayList<>(r.listProperties().toList());
        statements.sort(Comparator.comparing((Statement s) -> !s.getPredicate().equals(RDF.type))
                .thenComparing(s -> shortForm(m, s.getPredicate().getURI()))
                .thenComparing(s -> s.getObject().toString()));
        b.append("<table>\n<tbody>\n");
        Property last = null;
        for (Statement s : statements) {
            b.append("<tr><th>");
            if (!s.getPredicate().equals(last)) {
                b.append("<a href=\"").append(esc(s.getPredicate().getURI())).append("\">")
                        .append(esc(shortForm(m, s.getPredicate().getURI()))).append("</a>");
            }
            b.append("</th><td>");
            value(b, s.getObject(), open);
            b.append("</td></tr>\n");
            last = s.getPredicate();
        }
        b.append("</tbody>\n</table>\n");
        open.remove(r);
    }

    private void value(StringBuilder b, RDFNode o, Set<Resource> open) {
        if (o.isLiteral()) {
            Literal l = o.asLiteral();
            b.append(esc(l.getLexicalForm()));
            if (!l.getLanguage().isEmpty()) {
                b.append(" <span class=\"lit-meta\">@").append(esc(l.getLanguage())).append("</span>");
            } else if (!l.getDatatypeURI().equals(XSD.xstring.getURI())) {
                b.append(" <span class=\"lit-meta\">").append(esc(shortForm(o.getModel(), l.getDatatypeURI())))
                        .append("</span>");
            }
        } else if (o.isURIResource()) {
            b.append(link(o.asResource(), true));
        } else if (open.contains(o.asResource())) {
            b.append("<span class=\"bnode\">(a resource that contains this one)</span>");
        } else {
            table(b, o.asResource(), open);
        }
    }

    /** An IRI as a link with its short form as text: to its section on this page if it has one and may. */
    private String link(Resource r, boolean toSection) {
        String iri = r.getURI();
        String section = sections.get(iri);
        String href = toSection && section != null ? "#" + section
                : iri.startsWith(base) ? up + iri.substring(base.length()) : iri;
        return "<a href=\"" + esc(href) + "\"><code>" + esc(shortForm(r.getModel(), iri)) + "</code></a>";
    }

    private static String shortForm(Model m, String iri) {
        return m.shortForm(iri);
    }
}
