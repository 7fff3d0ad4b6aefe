package org.tocgraph.server;

import static org.tocgraph.server.Html.esc;

import java.io.IOException;
import java.text.NumberFormat;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.tocgraph.rdf.TG;

/** The front page at {@code /}: what the data is, every endpoint with an example, counts and version. */
final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int ENTITY_EXAMPLES = 5;

    private final transient Site site;
    private final transient String html;

    HomeServlet(Site site) {
        this.site = site;
        this.html = render(site);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Responses.readMethod(req, resp)) {
            return;
        }
        resp.setHeader("Link", "<.well-known/void>; rel=\"describedby\"; type=\"text/turtle\"");
        resp.setHeader("Cache-Control", "no-cache");
        Responses.sendHtml(req, resp, HttpServletResponse.SC_OK, html);
    }

    private static String render(Site site) {
        Summary s = site.summary();
        String base = site.iris().base();
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.ROOT);
        nf.setGroupingUsed(true);
        String sparql = TocgraphServer.DATASET + "/sparql";
        String exampleUrl = sparql + "?query=" + Site.urlEncode(Site.EXAMPLE_QUERY);
        StringBuilder b = new StringBuilder();

        b.append("<h1>tocgraph</h1>\n<p class=\"lead\">An open knowledge graph of the international coordination"
                + " mechanisms relevant to transnational organized crime: each mechanism with its members,"
                + " observers and partners, conveners, geographic coverage and meeting frequency, converted"
                + " from the list of coordination mechanisms in a working document of the United Nations System"
                + " Chief Executives Board for Coordination, High-Level Committee on Programmes (CEB/HLCP),"
                + " October 2025. Every fact points back to the line of the source text it was read from, and"
                + " states and organizations link to Wikidata, ISO 3166, UN M49 and GeoNames.</p>\n");
        s.sourceTitle().ifPresent(t -> b.append("<p>Source document: <cite>").append(esc(t)).append("</cite>")
                .append(s.sourceDocument().map(d -> " (<a href=\"" + esc(Html.href("", d.getURI(), base))
                        + "\">" + esc(d.getURI()) + "</a>)").orElse(""))
                .append("; its text, with a number for every line: <a href=\"source\">source</a>.</p>\n"));

        index(b, EntityIndex.of(site.publication().data()), base);

        b.append("<h2>This version</h2>\n<dl class=\"facts\">\n");
        fact(b, "Version", esc(site.version()));
        fact(b, "Modified", esc(site.publication().modified().truncatedTo(ChronoUnit.SECONDS).toString()));
        fact(b, "Triples", nf.format(s.triples()));
        fact(b, "Mechanisms", nf.format(s.count(TG.Mechanism)));
        fact(b, "States", nf.format(s.count(TG.State)));
        fact(b, "Organizations", nf.format(s.count(TG.Organization)));
        fact(b, "Memberships", nf.format(s.count(TG.Membership)));
        for (Summary.LinkCount lc : s.links()) {
            fact(b, "Links to " + esc(lc.target().title()), nf.format(lc.triples()));
        }
        b.append("</dl>\n");

        b.append("<h2>Endpoints</h2>\n<table class=\"endpoints\">\n<thead><tr><th>What</th><th>Where</th>"
                + "<th>Try it</th></tr></thead>\n<tbody>\n");
        row(b, "SPARQL 1.1 query endpoint (GET or POST; JSON, XML, CSV, TSV results; Turtle, JSON-LD,"
                + " N-Triples for CONSTRUCT and DESCRIBE)", sparql,
                "<a href=\"" + esc(exampleUrl) + "\">example query (JSON)</a> · <a href=\"" + esc(exampleUrl)
                        + "&amp;format=csv\">as CSV</a> · <a href=\"" + esc(sparql)
                        + "\">service description</a>");
        row(b, "Query page: write and run queries in the browser, or start from a named query", "query",
                "<a href=\"query?query=" + esc(Site.urlEncode(Site.EXAMPLE_QUERY)) + "\">open the example</a>");
        row(b, "Graph Store Protocol, read-only: the whole default graph", TocgraphServer.DATASET + "/get?default",
                "<a href=\"" + TocgraphServer.DATASET + "/get?default\">Turtle</a>");
        StringBuilder dumps = new StringBuilder();
        for (RdfSyntax syn : RdfSyntax.values()) {
            Downloads.Download d = site.downloads().dump(syn, false);
            dumps.append(dumps.length() == 0 ? "" : " · ").append("<a href=\"download/").append(esc(d.name))
                    .append("\">").append(esc(syn.label)).append("</a>");
        }
        row(b, "Downloads: the data in five syntaxes, plain and gzipped, with SHA-256 checksums", "download/",
                dumps.toString());
        row(b, "Dataset description (VoID, DCAT 3): licence, source, version, distributions, linksets",
                ".well-known/void", "<a href=\".well-known/void\">Turtle</a> · <a href=\".well-known/void?format=jsonld\">"
                        + "JSON-LD</a>");
        if (!site.publication().reportHtml().isEmpty()) {
            row(b, "Data-quality report of this conversion", "report",
                    "<a href=\"report\">HTML</a>" + (site.publication().reportMarkdown().isEmpty() ? ""
                            : " · <a href=\"report.md\">Markdown</a>"));
        }
        row(b, "Source text: the document the graph was converted from, with an anchor for every line",
                "source", "<a href=\"source\">numbered</a> · <a href=\"source.txt\">plain text</a>");
        row(b, "Ontology: classes and properties of the tocgraph vocabulary", "def",
                "<a href=\"def\">" + esc(TG.ONTOLOGY) + "</a>");
        b.append("</tbody>\n</table>\n");

        b.append("<h2>IRIs</h2>\n<p>Every resource has an IRI under <code>").append(esc(site.iris().dataRoot()))
                .append("</code> that answers with a page for browsers and RDF for programs. Some of them:</p>\n")
                .append("<ul class=\"entities\">\n");
        entities(b, s.mechanisms(), ENTITY_EXAMPLES, base);
        entities(b, s.states(), 2, base);
        entities(b, s.organizations(), 2, base);
        b.append("<li><a href=\"").append(esc(Html.href("", site.iris().dataset(), base))).append("\">")
                .append("the dataset itself</a> <code>").append(esc(site.iris().dataset())).append("</code></li>\n");
        b.append("</ul>\n");

        b.append("<h2>From the command line</h2>\n<pre><code>curl -H 'Accept: text/csv' --data-urlencode "
                + "'query=SELECT * { ?s ?p ?o } LIMIT 10' ").append(esc(base + sparql)).append("\n")
                .append("curl -O ").append(esc(base + "download/" + site.downloads().dump(RdfSyntax.TURTLE, true).name))
                .append("</code></pre>\n<p>Public URLs use the base <code>").append(esc(base))
                .append("</code>; the links on this page are relative to this server.</p>\n");

        return Html.page("", Html.Section.HOME, "tocgraph: coordination mechanisms against transnational organized"
                + " crime", Html.voidLink("") + "\n<link rel=\"describedby\" type=\"text/turtle\" href=\".well-known/void\">",
                b.toString(), site.version(), "");
    }

    /** Every mechanism, state, organization and group, by kind, with its count. */
    private static void index(StringBuilder b, EntityIndex index, String base) {
        b.append("<section id=\"browse\">\n<h2>Browse</h2>\n<p>Every entity has a page. Beside a mechanism, the"
                + " number of its members; beside a state, organization or group, the number of mechanisms it"
                + " is a member, observer, partner or convener of, memberships inferred from groups included.</p>\n");
        for (Map.Entry<String, List<EntityIndex.Entry>> kind : index.byKind().entrySet()) {
            List<EntityIndex.Entry> entries = kind.getValue();
            if (entries.isEmpty()) {
                continue;
            }
            boolean mechanisms = kind.getKey().equals("Mechanisms");
            String id = kind.getKey().toLowerCase(Locale.ROOT);
            b.append("<h3 id=\"").append(id).append("\">").append(esc(kind.getKey())).append(" <span class=\"count\">")
                    .append(entries.size()).append("</span></h3>\n<ul class=\"index")
                    .append(kind.getKey().equals("States") ? "" : " wide").append("\">\n");
            for (EntityIndex.Entry e : entries) {
                String what = mechanisms ? (e.count() == 1 ? " member named" : " members named")
                        : (e.count() == 1 ? " mechanism" : " mechanisms");
                b.append("<li><a href=\"").append(esc(Html.href("", e.iri(), base))).append("\">").append(esc(e.label()))
                        .append("</a> <span class=\"count\" title=\"").append(e.count()).append(what).append("\">")
                        .append(e.count()).append("</span></li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("</section>\n");
    }

    private static void fact(StringBuilder b, String name, String valueHtml) {
        b.append("<dt>").append(name).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    private static void row(StringBuilder b, String what, String path, String tryHtml) {
        b.append("<tr><td>").append(esc(what)).append("</td><td><a href=\"").append(esc(path)).append("\"><code>/")
                .append(esc(path)).append("</code></a></td><td>").append(tryHtml).append("</td></tr>\n");
    }

    private static void entities(StringBuilder b, List<Summary.Labelled> list, int n, String base) {
        list.stream().limit(n).forEach(l -> b.append("<li><a href=\"").append(esc(Html.href("", l.iri(), base)))
                .append("\">").append(esc(l.label())).append("</a> <code>").append(esc(l.iri()))
                .append("</code></li>\n"));
    }
}
