package org.tocgraph.server.ld;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.tocgraph.server.Html;

/**
 * The parts every linked-data page shares: the site frame of {@link Html} with alternate links in
 * the head and the raw-data links in the footer, and the rendering of RDF terms. Everything from the data goes
 * through {@link #esc}; only http(s) IRIs become outbound links.
 */
abstract class Page {
    protected final StringBuilder out = new StringBuilder(16_384);
    protected final Linker linker;
    protected final Labels labels;
    /** The last segment of the page's path, to which {@code ?format=} is appended. */
    private final String self;
    private final Html.Section section;
    private String title;
    private String iri;

    Page(Linker linker, Labels labels, String requestPath) {
        this.linker = linker;
        this.labels = labels;
        this.self = requestPath.substring(requestPath.lastIndexOf('/') + 1);
        this.section = requestPath.equals("/def") || requestPath.startsWith("/def/") ? Html.Section.ONTOLOGY
                : Html.Section.BROWSE;
    }

    static String esc(String text) {
        return escapeHtml4(text);
    }

    /** A link to the same resource in another representation. */
    String formatHref(Representation r) {
        return self + "?format=" + r.formatKey();
    }

    /**
     * Starts the page; the content goes to {@link #out} until {@link #foot} puts it in the site frame.
     *
     * @param iri the resource described, or null for a message page (no alternate formats)
     */
    protected void head(String title, String iri) {
        this.title = title;
        this.iri = iri;
    }

    /** Puts what {@link #out} holds into the site frame, with the raw-data links in the footer. */
    protected void foot() {
        StringBuilder head = new StringBuilder();
        StringBuilder footer = new StringBuilder();
        if (iri != null) {
            List<String> links = new ArrayList<>();
            for (Representation r : Representation.rdf()) {
                head.append("<link rel=\"alternate\" type=\"").append(r.mediaType()).append("\" href=\"")
                        .append(esc(formatHref(r))).append("\" title=\"").append(r.title).append("\">\n");
                links.add("<a href=\"" + esc(formatHref(r)) + "\" type=\"" + r.mediaType() + "\">" + r.title + "</a>");
            }
            footer.append("<p>This page describes <code>").append(esc(iri)).append("</code>. Raw data: ")
                    .append(String.join(" · ", links))
                    .append(". The same IRI answers in these formats by <code>Accept</code> header.</p>\n");
        }
        String body = out.toString();
        out.setLength(0);
        out.append(Html.page(linker.up(), iri == null ? Html.Section.NONE : section, title + " · tocgraph",
                head.toString(), body, null, footer.toString()));
    }

    /** A term as HTML: a link labelled by its label for IRIs, the text for literals. */
    protected String value(Node n) {
        return n.isLiteral() ? literal(n) : link(n);
    }

    /** An IRI as a link labelled by its label (or plain text if it must not be a link). */
    protected String link(Node n) {
        return link(n, labels.label(n));
    }

    protected String link(Node n, String text) {
        if (!n.isURI()) {
            return "<span>" + esc(text) + "</span>";
        }
        String iri = n.getURI();
        String href = linker.href(iri);
        if (href == null) {
            return "<code>" + esc(iri) + "</code>";
        }
        String cls = linker.isLocal(iri) ? "" : " class=\"ext\"";
        return "<a href=\"" + esc(href) + "\"" + cls + " title=\"" + esc(iri) + "\">" + esc(text) + "</a>";
    }

    /** A literal: its text, with a language tag or a datatype where one tells the reader something. */
    protected String literal(Node n) {
        String text = esc(n.getLiteralLexicalForm());
        String lang = n.getLiteralLanguage();
        if (!lang.isEmpty()) {
            return "<span lang=\"" + esc(lang) + "\">" + text + "</span> <small class=\"dt\">@" + esc(lang) + "</small>";
        }
        String dt = n.getLiteralDatatypeURI();
        if (XSDDatatype.XSDboolean.getURI().equals(dt)) {
            String v = n.getLiteralLexicalForm().trim();
            return v.equals("true") || v.equals("1") ? "yes" : v.equals("false") || v.equals("0") ? "no" : text;
        }
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI()) || dt.equals(XSDDatatype.XSDinteger.getURI())
                || dt.equals(XSDDatatype.XSDboolean.getURI()) || dt.equals(RDF.dtLangString.getURI())) {
            return text;
        }
        return text + " <small class=\"dt\">" + esc(labels.fallback(dt)) + "</small>";
    }

    /** A predicate heading: its label, with the compact name beneath when that differs. */
    protected String predicate(Node p) {
        String label = labels.label(p);
        String compact = labels.compact(p.getURI());
        StringBuilder sb = new StringBuilder(link(p, label));
        if (compact != null && !compact.equals(label)) {
            sb.append(" <small class=\"qn\">").append(esc(compact)).append("</small>");
        }
        return sb.toString();
    }

    /** A two-column table of property → values for the triples given, grouped by predicate in order. */
    protected void statements(List<Triple> triples) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        for (Triple t : triples) {
            byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        }
        out.append("<table class=\"props\">\n<thead><tr><th scope=\"col\">Property</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
            out.append("<tr><th scope=\"row\">").append(predicate(e.getKey())).append("</th><td>");
            List<Node> values = e.getValue();
            if (values.size() == 1) {
                out.append(value(values.get(0)));
            } else {
                out.append("<ul class=\"values\">");
                for (Node v : values) {
                    out.append("<li>").append(value(v)).append("</li>");
                }
                out.append("</ul>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** Upper-cases the first letter, for headings made from labels. */
    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
