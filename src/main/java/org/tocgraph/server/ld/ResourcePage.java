package org.tocgraph.server.ld;

import static org.tocgraph.server.ld.Terms.n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
 * The HTML page of one resource. Beyond the generic property table, it reads the shapes of the
 * tocgraph model (ontology/README.md) off the graph, whatever the resource's declared type: a
 * resource that memberships point to with {@code org:organization} gets a members table, one
 * pointed to with {@code org:member} a table of the mechanisms it belongs to, anything with
 * {@code tg:evidence} its quoted source spans, and so on.
 */
final class ResourcePage extends Page {
    /** Properties shown as key facts, in this order, with headings for people. */
    private static final Map<Node, String> FACTS = new LinkedHashMap<>();

    static {
        fact(n(SKOS.altLabel), "Also known as");
        fact(n(TG.acronym), "Acronym");
        fact(Terms.ORG_ORGANIZATION, "Mechanism");
        fact(Terms.ORG_MEMBER, "Member");
        fact(Terms.ORG_ROLE, "Role");
        fact(n(TG.basis), "Basis");
        fact(n(TG.viaGroup), "Via group");
        fact(n(TG.except), "Except");
        fact(n(TG.validFrom), "Since");
        fact(n(TG.mechanism), "Mechanism");
        fact(n(TG.convener), "Convener");
        fact(n(TG.area), "Area");
        fact(n(TG.countValue), "Count");
        fact(n(TG.isMinimum), "At least");
        fact(n(TG.countedRole), "Counted role");
        fact(n(TG.countedKind), "Counted kind");
        fact(n(TG.frequencyText), "Meeting frequency (as written)");
        fact(n(TG.cadence), "Cadence");
        fact(n(TG.duration), "Interval");
        fact(n(TG.frequency), "Frequency (with evidence)");
        fact(n(TG.convenedBy), "Convened by");
        fact(n(TG.conveningText), "Convening bodies (as written)");
        fact(n(TG.convening), "Convenings (with evidence)");
        fact(n(TG.covers), "Covers");
        fact(n(TG.coverage), "Coverage (with evidence)");
        fact(n(TG.kind), "Kind");
        fact(n(TG.hostState), "Host state");
        fact(n(TG.parentOrganization), "Parent organization");
        fact(n(TG.iso2), "ISO 3166-1 alpha-2");
        fact(n(TG.iso3), "ISO 3166-1 alpha-3");
        fact(n(TG.isoNumeric), "ISO 3166-1 numeric");
        fact(n(TG.m49), "UN M49");
        fact(n(TG.unMember), "UN member");
        fact(n(TG.territorialStatus), "Territorial status");
        fact(n(TG.geonamesId), "GeoNames id");
        fact(n(TG.describes), "Describes");
        fact(n(TG.firstLine), "First line");
        fact(n(TG.lastLine), "Last line");
        fact(n(TG.page), "Page");
        fact(n(SKOS.definition), "Definition");
        fact(n(RDFS.comment), "Comment");
        fact(n(SKOS.notation), "Notation");
        fact(n(SKOS.inScheme), "Scheme");
        fact(n(SKOS.broader), "Broader");
        fact(n(TG.isoDuration), "ISO 8601 duration");
        fact(n(DCTerms.title), "Title");
        fact(n(DCTerms.issued), "Issued");
        fact(n(DCTerms.creator), "Creator");
        fact(Terms.PROV_WAS_DERIVED_FROM, "Derived from");
        fact(n(OWL.sameAs), "Same as");
        fact(n(RDFS.seeAlso), "See also");
    }

    /** Roles in the order the document's readers expect them. */
    private static final List<Node> ROLE_ORDER = List.of(TG.role("member").asNode(), TG.role("observer").asNode(),
            TG.role("partner").asNode(), TG.role("participant").asNode(), TG.role("ad-hoc-participant").asNode());

    /** The verbatim cells of a table row, with the source table's own column headers. */
    private static final Map<Node, String> CELLS = new LinkedHashMap<>();

    static {
        CELLS.put(n(TG.nameText), "Mechanism");
        CELLS.put(n(TG.frequencyText), "Frequency of meeting");
        CELLS.put(n(TG.conveningText), "Convening bodies");
        CELLS.put(n(TG.membersText), "Members");
    }

    private static void fact(Node p, String heading) {
        FACTS.put(p, heading);
    }

    private final Graph g;
    private final Node focus;
    private final OrderedGraph description;
    private final List<Node> hashChildren;

    /**
     * @param g            the graph the resource lives in (data, or the ontology for concepts)
     * @param focus        the resource
     * @param description  its RDF description, for the raw tables
     * @param hashChildren its {@code #...} children in {@code g}
     */
    ResourcePage(Linker linker, Labels labels, String requestPath, Graph g, Node focus,
            OrderedGraph description, List<Node> hashChildren) {
        super(linker, labels, requestPath);
        this.g = g;
        this.focus = focus;
        this.description = description;
        this.hashChildren = hashChildren;
    }

    String render() {
        String iri = focus.getURI();
        String title = labels.label(focus);
        head(title, iri);
        List<Node> types = objects(focus, n(RDF.type));
        if (!types.isEmpty()) {
            out.append("<p class=\"kicker\">");
            List<String> typeLinks = new ArrayList<>();
            for (Node t : types) {
                typeLinks.add(link(t));
            }
            out.append(String.join(" · ", typeLinks)).append("</p>\n");
        }
        out.append("<h1>").append(esc(title)).append("</h1>\n");
        out.append("<p class=\"iri\"><code>").append(esc(iri)).append("</code></p>\n");
        facts();
        statedCounts();
        members();
        memberOf();
        convenes();
        groups();
        evidence();
        sourceRows();
        entry();
        otherChildren();
        allStatements();
        referencedBy();
        foot(iri);
        return out.toString();
    }

    // ---- sections

    private void facts() {
        StringBuilder dl = new StringBuilder();
        for (Map.Entry<Node, String> f : FACTS.entrySet()) {
            List<Node> values = objects(focus, f.getKey());
            if (values.isEmpty()) {
                continue;
            }
            dl.append("<dt>").append(esc(f.getValue())).append("</dt><dd>");
            if (f.getKey().equals(n(TG.basis))) {
                dl.append(basis(focus));
            } else if (values.size() == 1) {
                dl.append(factValue(f.getKey(), values.get(0)));
            } else {
                dl.append("<ul class=\"inline\">");
                for (Node v : values) {
                    dl.append("<li>").append(factValue(f.getKey(), v)).append("</li>");
                }
                dl.append("</ul>");
            }
            dl.append("</dd>\n");
        }
        if (!dl.isEmpty()) {
            out.append("<section class=\"facts\">\n<dl>\n").append(dl).append("</dl>\n</section>\n");
        }
    }

    private String factValue(Node p, Node v) {
        if (v.isLiteral() && (p.equals(n(TG.frequencyText)) || p.equals(n(TG.conveningText)))) {
            return "<q>" + esc(v.getLiteralLexicalForm()) + "</q>";
        }
        return value(v);
    }

    /** Members of a mechanism: memberships pointing here with org:organization, by role. */
    private void members() {
        List<Node> memberships = subjects(Terms.ORG_ORGANIZATION, focus);
        if (memberships.isEmpty()) {
            return;
        }
        Map<Node, List<Node>> byRole = new TreeMap<>(roleOrder());
        for (Node m : memberships) {
            Node role = first(m, Terms.ORG_ROLE);
            byRole.computeIfAbsent(role == null ? n(TG.Role) : role, k -> new ArrayList<>()).add(m);
        }
        out.append("<section id=\"members\">\n<h2>Members <span class=\"count\">").append(memberships.size())
                .append("</span></h2>\n");
        for (Map.Entry<Node, List<Node>> e : byRole.entrySet()) {
            List<Node> rows = e.getValue();
            rows.sort(byLabelOf(Terms.ORG_MEMBER));
            out.append("<h3>").append(link(e.getKey(), capitalize(labels.label(e.getKey()))))
                    .append(" <span class=\"count\">").append(rows.size()).append("</span></h3>\n")
                    .append("<table class=\"list\">\n<thead><tr><th scope=\"col\">Member</th><th scope=\"col\">Kind</th>")
                    .append("<th scope=\"col\">Basis</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
            for (Node m : rows) {
                Node member = first(m, Terms.ORG_MEMBER);
                out.append("<tr><td>").append(member == null ? "" : link(member)).append("</td><td>")
                        .append(member == null ? "" : kind(member)).append("</td><td>").append(basis(m))
                        .append("</td><td>").append(sourceLink(m)).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    /** Mechanisms this agent belongs to: memberships pointing here with org:member. */
    private void memberOf() {
        List<Node> memberships = subjects(Terms.ORG_MEMBER, focus);
        if (memberships.isEmpty()) {
            return;
        }
        Comparator<Node> order = byLabelOf(Terms.ORG_ORGANIZATION)
                .thenComparing(m -> first(m, Terms.ORG_ROLE), Comparator.nullsLast(roleOrder()));
        memberships.sort(order);
        out.append("<section id=\"member-of\">\n<h2>Member of <span class=\"count\">").append(memberships.size())
                .append("</span></h2>\n<table class=\"list\">\n<thead><tr><th scope=\"col\">Mechanism</th>")
                .append("<th scope=\"col\">Role</th><th scope=\"col\">Basis</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
        for (Node m : memberships) {
            Node mechanism = first(m, Terms.ORG_ORGANIZATION);
            Node role = first(m, Terms.ORG_ROLE);
            out.append("<tr><td>").append(mechanism == null ? "" : link(mechanism)).append("</td><td>")
                    .append(role == null ? "" : link(role)).append("</td><td>").append(basis(m))
                    .append("</td><td>").append(sourceLink(m)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** Mechanisms this agent convenes or covers. */
    private void convenes() {
        Set<Node> convened = new LinkedHashSet<>(subjects(n(TG.convenedBy), focus));
        for (Node c : subjects(n(TG.convener), focus)) {
            convened.addAll(objects(c, n(TG.mechanism)));
        }
        linkList("convenes", "Convenes", new ArrayList<>(convened));
        Set<Node> coveredBy = new LinkedHashSet<>(subjects(n(TG.covers), focus));
        for (Node c : subjects(n(TG.area), focus)) {
            coveredBy.addAll(objects(c, n(TG.mechanism)));
        }
        linkList("covered-by", "Covered by", new ArrayList<>(coveredBy));
    }

    /** A group's member states, and the groups a state is listed in. */
    private void groups() {
        linkList("group-members", "Group members", objects(focus, Terms.FOAF_MEMBER));
        linkList("in-groups", "Listed in groups", subjects(Terms.FOAF_MEMBER, focus));
    }

    private void linkList(String id, String heading, List<Node> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        nodes.sort(byLabel());
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(heading))
                .append(" <span class=\"count\">").append(nodes.size()).append("</span></h2>\n<ul class=\"inline\">");
        for (Node n : nodes) {
            out.append("<li>").append(link(n)).append("</li>");
        }
        out.append("</ul>\n</section>\n");
    }

    /** The counts the document states for a mechanism ("53 member states"). */
    private void statedCounts() {
        List<Node> counts = objects(focus, n(TG.statedCount));
        if (counts.isEmpty()) {
            return;
        }
        counts.sort(NodeCmp::compareRDFTerms);
        out.append("<section id=\"stated-counts\">\n<h2>Stated counts</h2>\n<table class=\"list\">\n")
                .append("<thead><tr><th scope=\"col\">Count</th><th scope=\"col\">Role</th><th scope=\"col\">Kind</th>")
                .append("<th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
        for (Node c : counts) {
            Node value = first(c, n(TG.countValue));
            Node min = first(c, n(TG.isMinimum));
            Node role = first(c, n(TG.countedRole));
            Node kind = first(c, n(TG.countedKind));
            boolean atLeast = min != null && min.isLiteral() && "true".equals(min.getLiteralLexicalForm());
            out.append("<tr><td>").append(atLeast ? "at least " : "")
                    .append(value == null ? "?" : esc(value.getLiteralLexicalForm())).append("</td><td>")
                    .append(role == null ? "" : link(role)).append("</td><td>").append(kind == null ? "" : link(kind))
                    .append("</td><td>").append(sourceLink(c)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** The quoted source spans a fact was read from. */
    private void evidence() {
        List<Node> spans = objects(focus, n(TG.evidence));
        if (spans.isEmpty()) {
            return;
        }
        spans.sort(byFirstLine(n(TG.sourceLine)));
        out.append("<section id=\"evidence\">\n<h2>Evidence</h2>\n");
        for (Node span : spans) {
            out.append("<article class=\"evidence\"").append(anchor(span)).append(">\n<p class=\"where\">");
            List<String> parts = new ArrayList<>();
            for (Node cell : objects(span, n(TG.cell))) {
                parts.add("<span class=\"cell\">" + esc(labels.label(cell)) + "</span> column");
            }
            String lines = numbers(objects(span, n(TG.sourceLine)));
            if (!lines.isEmpty()) {
                parts.add((lines.matches("\\d+") ? "line " : "lines ") + esc(lines));
            }
            String pages = numbers(objects(span, n(TG.page)));
            if (!pages.isEmpty()) {
                parts.add((pages.matches("\\d+") ? "page " : "pages ") + esc(pages));
            }
            for (Node e : objects(span, n(TG.inEntry))) {
                parts.add("from " + link(e, "source row " + rowName(e)));
            }
            out.append(String.join(" · ", parts)).append("</p>\n");
            for (Node text : objects(span, n(TG.sourceText))) {
                out.append("<blockquote>").append(esc(text.getLiteralLexicalForm())).append("</blockquote>\n");
            }
            out.append("</article>\n");
        }
        out.append("</section>\n");
    }

    /** The table rows a mechanism was read from, cells verbatim. */
    private void sourceRows() {
        List<Node> entries = objects(focus, n(TG.entry));
        if (entries.isEmpty()) {
            return;
        }
        entries.sort(byFirstLine(n(TG.firstLine)));
        out.append("<section id=\"source-rows\">\n<h2>Source rows</h2>\n");
        for (Node e : entries) {
            out.append("<article class=\"row\">\n<h3>").append(link(e, "Row " + rowName(e))).append("</h3>\n");
            rowCells(e);
            out.append("</article>\n");
        }
        out.append("</section>\n");
    }

    /** For a table row (tg:Entry): its cells and the facts read from it. */
    private void entry() {
        boolean isEntry = g.contains(focus, n(RDF.type), n(TG.Entry)) || g.contains(focus, n(TG.firstLine), Node.ANY);
        if (!isEntry) {
            return;
        }
        out.append("<section id=\"row\">\n<h2>Cells as written</h2>\n");
        rowCells(focus);
        out.append("</section>\n");
        List<Node> spans = subjects(n(TG.inEntry), focus);
        if (spans.isEmpty()) {
            return;
        }
        spans.sort(byFirstLine(n(TG.sourceLine)).thenComparing(NodeCmp::compareRDFTerms));
        out.append("<section id=\"facts-read\">\n<h2>Facts read from this row <span class=\"count\">")
                .append(spans.size()).append("</span></h2>\n<table class=\"list\">\n<thead><tr><th scope=\"col\">Fact</th>")
                .append("<th scope=\"col\">Column</th><th scope=\"col\">Line</th><th scope=\"col\">Text</th></tr></thead>\n<tbody>\n");
        for (Node span : spans) {
            String spanIri = span.getURI();
            int hash = spanIri.indexOf('#');
            Node fact = hash > 0 ? org.apache.jena.graph.NodeFactory.createURI(spanIri.substring(0, hash)) : span;
            out.append("<tr><td>").append(link(fact)).append("</td><td>")
                    .append(esc(joinLiterals(objects(span, n(TG.cell))))).append("</td><td>")
                    .append(link(span, numbers(objects(span, n(TG.sourceLine))))).append("</td><td><q>")
                    .append(esc(joinLiterals(objects(span, n(TG.sourceText))))).append("</q></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void rowCells(Node e) {
        List<String> where = new ArrayList<>();
        String pages = numbers(objects(e, n(TG.page)));
        if (!pages.isEmpty()) {
            where.add((pages.matches("\\d+") ? "page " : "pages ") + esc(pages));
        }
        for (Node doc : objects(e, Terms.PROV_WAS_DERIVED_FROM)) {
            where.add("from " + link(doc));
        }
        if (!where.isEmpty()) {
            out.append("<p class=\"where\">").append(String.join(" · ", where)).append("</p>\n");
        }
        out.append("<dl class=\"cells\">\n");
        for (Map.Entry<Node, String> c : CELLS.entrySet()) {
            for (Node text : objects(e, c.getKey())) {
                out.append("<dt>").append(esc(c.getValue())).append("</dt><dd><blockquote>")
                        .append(esc(text.getLiteralLexicalForm())).append("</blockquote></dd>\n");
            }
        }
        out.append("</dl>\n");
    }

    /** Hash children that are not evidence already shown (rare): their own tables. */
    private void otherChildren() {
        Set<Node> shown = new LinkedHashSet<>(objects(focus, n(TG.evidence)));
        for (Node child : hashChildren) {
            if (shown.contains(child)) {
                continue;
            }
            String iri = child.getURI();
            out.append("<section").append(anchor(child)).append(">\n<h2>").append(esc(labels.label(child)))
                    .append(" <small class=\"qn\">#").append(esc(iri.substring(iri.indexOf('#') + 1)))
                    .append("</small></h2>\n");
            statements(outgoing(child));
            out.append("</section>\n");
        }
    }

    private void allStatements() {
        List<Triple> own = outgoing(focus);
        if (own.isEmpty()) {
            return;
        }
        out.append("<section id=\"statements\">\n<h2>All statements</h2>\n");
        statements(own);
        out.append("</section>\n");
    }

    private void referencedBy() {
        List<Triple> incoming = new ArrayList<>();
        for (Triple t : description.triples()) {
            if (t.getObject().equals(focus) && !t.getSubject().equals(focus)) {
                incoming.add(t);
            }
        }
        if (incoming.isEmpty()) {
            return;
        }
        out.append("<section id=\"referenced-by\">\n<details>\n<summary><h2>Referenced by <span class=\"count\">")
                .append(incoming.size()).append("</span></h2></summary>\n<table class=\"list\">\n")
                .append("<thead><tr><th scope=\"col\">Subject</th><th scope=\"col\">Property</th></tr></thead>\n<tbody>\n");
        for (Triple t : incoming) {
            out.append("<tr><td>").append(link(t.getSubject())).append("</td><td>").append(predicate(t.getPredicate()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    // ---- pieces

    /** "stated", or "inferred via ASEAN Member States", with exceptions and start date. */
    private String basis(Node membership) {
        StringBuilder sb = new StringBuilder();
        Node basis = first(membership, n(TG.basis));
        if (basis != null) {
            String text = basis.equals(n(TG.stated)) ? "stated" : basis.equals(n(TG.inferred)) ? "inferred"
                    : labels.label(basis);
            sb.append("<span class=\"badge ").append(esc(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")))
                    .append("\">").append(esc(text)).append("</span>");
        }
        List<Node> via = objects(membership, n(TG.viaGroup));
        if (!via.isEmpty()) {
            sb.append(" via ").append(joinLinks(via));
        }
        List<Node> except = objects(membership, n(TG.except));
        if (!except.isEmpty()) {
            sb.append(" except ").append(joinLinks(except));
        }
        for (Node since : objects(membership, n(TG.validFrom))) {
            sb.append(" since ").append(esc(since.getLiteralLexicalForm()));
        }
        return sb.toString();
    }

    /** A link to a fact's page labelled by the source lines of its evidence ("L48"). */
    private String sourceLink(Node fact) {
        List<Node> lines = new ArrayList<>();
        for (Node span : objects(fact, n(TG.evidence))) {
            lines.addAll(objects(span, n(TG.sourceLine)));
        }
        String text = lines.isEmpty() ? "details" : "L" + numbers(lines).replace(", ", ", L").replace("–", "–L");
        return link(fact, text);
    }

    /** The kind of an agent (State, Organization, Group, Mechanism), from its tg: type. */
    private String kind(Node agent) {
        for (Node t : objects(agent, n(RDF.type))) {
            if (t.isURI() && t.getURI().startsWith(TG.NS)) {
                return esc(labels.explicit(t).map(Page::capitalize).orElse(t.getURI().substring(TG.NS.length())));
            }
        }
        return "";
    }

    /** "L18–22" for a table row. */
    private String rowName(Node entry) {
        Node first = first(entry, n(TG.firstLine));
        Node last = first(entry, n(TG.lastLine));
        if (first == null) {
            return labels.label(entry);
        }
        String f = first.getLiteralLexicalForm();
        String l = last == null ? f : last.getLiteralLexicalForm();
        return f.equals(l) ? "L" + f : "L" + f + "–" + l;
    }

    private String anchor(Node n) {
        String iri = n.getURI();
        if (iri != null && iri.startsWith(focus.getURI() + "#")) {
            return " id=\"" + esc(iri.substring(focus.getURI().length() + 1)) + "\"";
        }
        return "";
    }

    private String joinLinks(List<Node> nodes) {
        List<String> parts = new ArrayList<>();
        for (Node n : nodes) {
            parts.add(link(n));
        }
        return String.join(", ", parts);
    }

    private static String joinLiterals(List<Node> nodes) {
        List<String> parts = new ArrayList<>();
        for (Node n : nodes) {
            parts.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        }
        return String.join(" / ", parts);
    }

    /** Integers as "3", "3–5" (a run) or "3, 7". */
    static String numbers(List<Node> nodes) {
        List<Long> values = new ArrayList<>();
        for (Node n : nodes) {
            if (n.isLiteral()) {
                try {
                    values.add(Long.parseLong(n.getLiteralLexicalForm().trim()));
                } catch (NumberFormatException e) {
                    // not a number: ignored, the raw table still shows it
                }
            }
        }
        List<Long> sorted = values.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return "";
        }
        boolean run = sorted.get(sorted.size() - 1) - sorted.get(0) == sorted.size() - 1;
        if (run && sorted.size() > 1) {
            return sorted.get(0) + "–" + sorted.get(sorted.size() - 1);
        }
        List<String> parts = new ArrayList<>();
        for (Long v : sorted) {
            parts.add(Long.toString(v));
        }
        return String.join(", ", parts);
    }

    // ---- graph access, always sorted so pages do not change between runs

    private List<Triple> outgoing(Node s) {
        List<Triple> own = new ArrayList<>();
        for (Triple t : description.triples()) {
            if (t.getSubject().equals(s)) {
                own.add(t);
            }
        }
        return own;
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> result = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            it.forEachRemaining(t -> result.add(t.getObject()));
        } finally {
            it.close();
        }
        result.sort(byLabel());
        return result;
    }

    private List<Node> subjects(Node p, Node o) {
        List<Node> result = new ArrayList<>();
        ExtendedIterator<Triple> it = g.find(Node.ANY, p, o);
        try {
            it.forEachRemaining(t -> result.add(t.getSubject()));
        } finally {
            it.close();
        }
        result.sort(NodeCmp::compareRDFTerms);
        return result;
    }

    private Node first(Node s, Node p) {
        List<Node> all = objects(s, p);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Literals by value order, IRIs by label (case-insensitive), then by term. */
    private Comparator<Node> byLabel() {
        return (a, b) -> {
            if (a.isURI() && b.isURI()) {
                int c = labels.label(a).compareToIgnoreCase(labels.label(b));
                if (c != 0) {
                    return c;
                }
            }
            return NodeCmp.compareRDFTerms(a, b);
        };
    }

    /** Resources by the label of the value of one of their properties (members by member name). */
    private Comparator<Node> byLabelOf(Node p) {
        Comparator<Node> labelOrder = byLabel();
        return Comparator.comparing((Node r) -> first(r, p), Comparator.nullsLast(labelOrder))
                .thenComparing(NodeCmp::compareRDFTerms);
    }

    /** Resources by the smallest integer value of a property (evidence by line), then by term. */
    private Comparator<Node> byFirstLine(Node p) {
        return Comparator.comparingLong((Node r) -> {
            long min = Long.MAX_VALUE;
            for (Node v : objects(r, p)) {
                try {
                    min = Math.min(min, Long.parseLong(v.getLiteralLexicalForm().trim()));
                } catch (RuntimeException e) {
                    // not an integer: sorts last
                }
            }
            return min;
        }).thenComparing(NodeCmp::compareRDFTerms);
    }

    private Comparator<Node> roleOrder() {
        return Comparator.comparingInt((Node r) -> {
            int i = ROLE_ORDER.indexOf(r);
            return i < 0 ? ROLE_ORDER.size() : i;
        }).thenComparing(byLabel());
    }
}
