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
        fact(n(DCTerms.description), "Description");
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
        fact(n(TG.frequency), "Meeting frequency");
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
        fact(n(DCTerms.date), "Date");
        fact(n(DCTerms.identifier), "File");
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
        kicker(objects(focus, n(RDF.type)));
        out.append("<h1>").append(esc(title)).append("</h1>\n");
        out.append("<p class=\"iri\"><code>").append(esc(iri)).append("</code></p>\n");
        facts();
        sourceDocument();
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
        foot();
        return out.toString();
    }

    // ---- sections

    /**
     * The types above the title, by their names for people: the tocgraph class first, then the reused
     * vocabularies' classes, each with its prefixed name as a tooltip. Types with the same name (tg:Group,
     * foaf:Group) are shown once.
     */
    private void kicker(List<Node> types) {
        if (types.isEmpty()) {
            return;
        }
        Map<String, List<Node>> byName = new LinkedHashMap<>();
        List<Node> ordered = new ArrayList<>(types);
        ordered.sort(Comparator.comparing((Node t) -> !(t.isURI() && t.getURI().startsWith(TG.NS))));
        for (Node t : ordered) {
            byName.computeIfAbsent(labels.className(t).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
        }
        List<String> parts = new ArrayList<>();
        for (List<Node> same : byName.values()) {
            Node t = same.get(0);
            List<String> names = new ArrayList<>();
            for (Node s : same) {
                String compact = s.isURI() ? labels.compact(s.getURI()) : null;
                names.add(compact != null ? compact : labels.label(s));
            }
            String name = labels.className(t);
            String href = t.isURI() ? linker.href(t.getURI()) : null;
            String cls = t.isURI() && t.getURI().startsWith(TG.NS) ? "" : " class=\"other\"";
            String title = " title=\"" + esc(String.join(", ", names)) + "\"";
            parts.add(href == null ? "<span" + cls + title + ">" + esc(name) + "</span>"
                    : "<a href=\"" + esc(href) + "\"" + cls + title + ">" + esc(name) + "</a>");
        }
        out.append("<p class=\"kicker\">").append(String.join(" · ", parts)).append("</p>\n");
    }

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
            } else if (f.getKey().equals(n(TG.convenedBy)) && values.contains(focus)) {
                List<Node> others = new ArrayList<>(values);
                others.remove(focus);
                dl.append("<ul class=\"values\"><li>").append(selfConvened()).append("</li>");
                for (Node v : others) {
                    dl.append("<li>").append(factValue(f.getKey(), v)).append("</li>");
                }
                dl.append("</ul>");
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
        if (v.isLiteral() && (p.equals(n(TG.firstLine)) || p.equals(n(TG.lastLine)))) {
            return sourceText(List.of(v), v.getLiteralLexicalForm());
        }
        if (p.equals(n(TG.convener)) && v.equals(first(focus, n(TG.mechanism)))) {
            return link(v) + " itself, through its own chair or secretariat";
        }
        if (p.equals(n(TG.frequency)) && v.isURI()) {
            // Its label repeats the text quoted just above; what the reader wants here is the evidence.
            return link(v, "details and evidence (" + sourceLinkText(v) + ")");
        }
        return value(v);
    }

    /**
     * Members of a mechanism: memberships pointing here with org:organization, by role. A group's dated
     * member list has no roles: one table with the date each state joined.
     */
    private void members() {
        List<Node> memberships = subjects(Terms.ORG_ORGANIZATION, focus);
        if (memberships.isEmpty()) {
            return;
        }
        Map<Node, List<Node>> byRole = new TreeMap<>(roleOrder());
        List<Node> roleless = new ArrayList<>();
        for (Node m : memberships) {
            Node role = first(m, Terms.ORG_ROLE);
            if (role == null) {
                roleless.add(m);
            } else {
                byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(m);
            }
        }
        out.append("<section id=\"members\">\n<h2>Members <span class=\"count\">").append(memberships.size())
                .append("</span></h2>\n");
        for (Map.Entry<Node, List<Node>> e : byRole.entrySet()) {
            List<Node> rows = e.getValue();
            rows.sort(byLabelOf(Terms.ORG_MEMBER));
            out.append("<h3>").append(link(e.getKey(), capitalize(labels.label(e.getKey()))))
                    .append(" <span class=\"count\">").append(rows.size()).append("</span></h3>\n")
                    .append("<table class=\"list\">\n<thead><tr><th scope=\"col\">Member</th>")
                    .append("<th scope=\"col\" class=\"fit\">Kind</th><th scope=\"col\" class=\"fit\">Basis</th>")
                    .append("<th scope=\"col\" class=\"fit\">Source</th></tr></thead>\n<tbody>\n");
            for (Node m : rows) {
                Node member = first(m, Terms.ORG_MEMBER);
                out.append("<tr><td>").append(member == null ? "" : link(member)).append("</td><td class=\"fit\">")
                        .append(member == null ? "" : kind(member)).append("</td><td class=\"fit\">").append(basis(m))
                        .append("</td><td class=\"fit\">").append(sourceLink(m)).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        if (!roleless.isEmpty()) {
            roleless.sort(byLabelOf(Terms.ORG_MEMBER));
            if (!byRole.isEmpty()) {
                out.append("<h3>Without a role <span class=\"count\">").append(roleless.size()).append("</span></h3>\n");
            }
            out.append("<table class=\"list\">\n<thead><tr><th scope=\"col\">Member</th>")
                    .append("<th scope=\"col\" class=\"fit\">Kind</th><th scope=\"col\" class=\"fit\">Member since</th>")
                    .append("<th scope=\"col\" class=\"fit\">Details</th></tr></thead>\n<tbody>\n");
            for (Node m : roleless) {
                Node member = first(m, Terms.ORG_MEMBER);
                List<String> since = new ArrayList<>();
                for (Node d : objects(m, n(TG.validFrom))) {
                    since.add(esc(d.getLiteralLexicalForm()));
                }
                out.append("<tr><td>").append(member == null ? "" : link(member)).append("</td><td class=\"fit\">")
                        .append(member == null ? "" : kind(member)).append("</td><td class=\"fit\">")
                        .append(String.join(", ", since)).append("</td><td class=\"fit\">").append(sourceLink(m))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    /**
     * A mechanism the document names as its own convener ("SCO meetings facilitator: Member state holding
     * the annual SCO Chairmanship ..."): in words, with the cell the convening was read from.
     */
    private String selfConvened() {
        List<String> quotes = new ArrayList<>();
        for (Node convening : objects(focus, n(TG.convening))) {
            if (!g.contains(convening, n(TG.convener), focus)) {
                continue;
            }
            for (Node span : objects(convening, n(TG.evidence))) {
                List<Node> cells = new ArrayList<>();
                for (Node entry : objects(span, n(TG.inEntry))) {
                    cells.addAll(objects(entry, n(TG.conveningText)));
                }
                if (cells.isEmpty()) {
                    cells = objects(span, n(TG.sourceText));
                }
                List<Node> lines = objects(span, n(TG.sourceLine));
                for (Node c : cells) {
                    String where = numbers(lines);
                    quotes.add("<q>" + esc(c.getLiteralLexicalForm()) + "</q>" + (where.isEmpty() ? ""
                            : " (" + sourceText(lines, (where.matches("\\d+") ? "line " : "lines ") + where) + ")"));
                }
            }
        }
        return "itself, through its own chair or secretariat" + (quotes.isEmpty() ? ""
                : "; the document says: " + String.join("; ", quotes));
    }

    /**
     * Mechanisms this agent belongs to: memberships pointing here with org:member. A state's place in a
     * group's dated member list is no mechanism membership: "Listed in groups" shows it.
     */
    private void memberOf() {
        List<Node> memberships = new ArrayList<>(subjects(Terms.ORG_MEMBER, focus));
        memberships.removeIf(m -> isGroup(first(m, Terms.ORG_ORGANIZATION)));
        if (memberships.isEmpty()) {
            return;
        }
        Comparator<Node> order = byLabelOf(Terms.ORG_ORGANIZATION)
                .thenComparing(m -> first(m, Terms.ORG_ROLE), Comparator.nullsLast(roleOrder()));
        memberships.sort(order);
        out.append("<section id=\"member-of\">\n<h2>Member of <span class=\"count\">").append(memberships.size())
                .append("</span></h2>\n<table class=\"list\">\n<thead><tr><th scope=\"col\">Mechanism</th>")
                .append("<th scope=\"col\" class=\"fit\">Role</th><th scope=\"col\" class=\"fit\">Basis</th>")
                .append("<th scope=\"col\" class=\"fit\">Source</th></tr></thead>\n<tbody>\n");
        for (Node m : memberships) {
            Node mechanism = first(m, Terms.ORG_ORGANIZATION);
            Node role = first(m, Terms.ORG_ROLE);
            out.append("<tr><td>").append(mechanism == null ? "" : link(mechanism)).append("</td><td class=\"fit\">")
                    .append(role == null ? "" : link(role)).append("</td><td class=\"fit\">").append(basis(m))
                    .append("</td><td class=\"fit\">").append(sourceLink(m)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** Mechanisms this agent convenes or covers. */
    private void convenes() {
        Set<Node> convened = new LinkedHashSet<>(subjects(n(TG.convenedBy), focus));
        for (Node c : subjects(n(TG.convener), focus)) {
            convened.addAll(objects(c, n(TG.mechanism)));
        }
        // A self-convening mechanism says so among its facts; "Convenes: itself" would only repeat it.
        convened.remove(focus);
        linkList("convenes", "Convenes", new ArrayList<>(convened));
        Set<Node> coveredBy = new LinkedHashSet<>(subjects(n(TG.covers), focus));
        for (Node c : subjects(n(TG.area), focus)) {
            coveredBy.addAll(objects(c, n(TG.mechanism)));
        }
        linkList("covered-by", "Covered by", new ArrayList<>(coveredBy));
    }

    /** A group's member states not in its dated members table already, and the groups a state is listed in. */
    private void groups() {
        List<Node> listed = new ArrayList<>();
        for (Node m : subjects(Terms.ORG_ORGANIZATION, focus)) {
            listed.addAll(objects(m, Terms.ORG_MEMBER));
        }
        List<Node> others = new ArrayList<>(objects(focus, Terms.FOAF_MEMBER));
        others.removeAll(listed);
        linkList("group-members", listed.isEmpty() ? "Group members" : "Other group members", others);
        List<Node> groups = subjects(Terms.FOAF_MEMBER, focus);
        if (groups.isEmpty()) {
            return;
        }
        groups.sort(byLabel());
        out.append("<section id=\"in-groups\">\n<h2>Listed in groups <span class=\"count\">").append(groups.size())
                .append("</span></h2>\n<ul class=\"values\">");
        for (Node group : groups) {
            out.append("<li>").append(link(group));
            for (Node m : subjects(Terms.ORG_MEMBER, focus)) {
                if (group.equals(first(m, Terms.ORG_ORGANIZATION))) {
                    for (Node since : objects(m, n(TG.validFrom))) {
                        out.append(", ").append(link(m, "member since " + since.getLiteralLexicalForm()));
                    }
                }
            }
            out.append("</li>");
        }
        out.append("</ul>\n</section>\n");
    }

    private boolean isGroup(Node n) {
        return n != null && g.contains(n, n(RDF.type), n(TG.Group));
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

    /** For the source document: where its text is, and the table rows read from it, in document order. */
    private void sourceDocument() {
        if (!g.contains(focus, n(RDF.type), n(TG.SourceDocument))) {
            return;
        }
        out.append("<section id=\"text\">\n<h2>Text</h2>\n<p>The text extraction of the document's PDF that the graph"
                + " was converted from: <a href=\"").append(linker.path("source")).append("\">numbered, with an anchor"
                + " for every line</a>, or as <a href=\"").append(linker.path("source.txt"))
                .append("\">plain text</a>. Every fact in the graph names the line it was read from.</p>\n");
        List<Node> rows = subjects(Terms.PROV_WAS_DERIVED_FROM, focus);
        rows.removeIf(r -> !g.contains(r, n(TG.firstLine), Node.ANY));
        if (!rows.isEmpty()) {
            rows.sort(byFirstLine(n(TG.firstLine)));
            out.append("<h3>Table rows <span class=\"count\">").append(rows.size()).append("</span></h3>\n")
                    .append("<table class=\"list\">\n<thead><tr><th scope=\"col\" class=\"fit\">Lines</th>")
                    .append("<th scope=\"col\">Mechanism</th><th scope=\"col\" class=\"fit\">Page</th></tr></thead>\n<tbody>\n");
            for (Node row : rows) {
                Node mechanism = first(row, n(TG.describes));
                out.append("<tr><td class=\"fit\">").append(link(row, rowName(row))).append("</td><td>")
                        .append(mechanism == null ? "" : link(mechanism)).append("</td><td class=\"fit\">")
                        .append(esc(numbers(objects(row, n(TG.page))))).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
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
                parts.add(sourceText(objects(span, n(TG.sourceLine)),
                        (lines.matches("\\d+") ? "line " : "lines ") + lines));
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
        Node firstLine = first(e, n(TG.firstLine));
        if (firstLine != null) {
            Node lastLine = first(e, n(TG.lastLine));
            String lines = rowName(e).substring(1);
            where.add(sourceText(lastLine == null ? List.of(firstLine) : List.of(firstLine, lastLine),
                    (lines.contains("–") ? "lines " : "line ") + lines + " of the source text"));
        }
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
        return link(fact, sourceLinkText(fact));
    }

    /** "L48", "L49, L93" or "L18–L22" for the lines of a fact's evidence; "details" without any. */
    private String sourceLinkText(Node fact) {
        List<Node> lines = new ArrayList<>();
        for (Node span : objects(fact, n(TG.evidence))) {
            lines.addAll(objects(span, n(TG.sourceLine)));
        }
        return lines.isEmpty() ? "details" : "L" + numbers(lines).replace(", ", ", L").replace("–", "–L");
    }

    /**
     * A link to the lines in the numbered source text: {@code source#L48} for one line or lines far apart
     * (the first), {@code source#L18-L22} for a run, which is the anchor of a table row there.
     */
    private String sourceText(List<Node> lines, String text) {
        List<Long> values = new ArrayList<>();
        for (Node l : lines) {
            try {
                values.add(Long.parseLong(l.getLiteralLexicalForm().trim()));
            } catch (RuntimeException e) {
                // not a line number: no link
            }
        }
        if (values.isEmpty()) {
            return esc(text);
        }
        long lo = values.stream().mapToLong(Long::longValue).min().orElseThrow();
        long hi = values.stream().mapToLong(Long::longValue).max().orElseThrow();
        String fragment = lo == hi || !numbers(lines).contains("–") ? "L" + lo : "L" + lo + "-L" + hi;
        return "<a href=\"" + linker.path("source") + "#" + fragment + "\" title=\"In the source text\">"
                + esc(text) + "</a>";
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
