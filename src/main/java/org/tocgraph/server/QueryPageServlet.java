package org.tocgraph.server;

import static org.tocgraph.server.Html.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.tocgraph.rdf.TG;

/**
 * The query page at {@code /query}: a query editor with the named queries, run by {@code static/query.js}
 * against the SPARQL endpoint, results as a table. Without JavaScript the form still posts to the endpoint.
 */
final class QueryPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient String html;

    QueryPageServlet(Site site) {
        this.html = render(site);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Responses.readMethod(req, resp)) {
            return;
        }
        resp.setHeader("Cache-Control", "no-cache");
        Responses.sendHtml(req, resp, HttpServletResponse.SC_OK, html);
    }

    private static String render(Site site) {
        Map<String, String> named = site.publication().namedQueries();
        StringBuilder options = new StringBuilder("<option value=\"\">(example)</option>\n");
        named.keySet().forEach(n -> options.append("<option value=\"").append(esc(n)).append("\">")
                .append(esc(n)).append("</option>\n"));
        StringBuilder prefixes = new StringBuilder();
        TG.PREFIXES.forEach((prefix, ns) -> prefixes.append(prefixes.length() == 0 ? "" : ",").append('[')
                .append(jsonString(prefix)).append(',').append(jsonString(ns)).append(']'));
        StringBuilder json = new StringBuilder("{\"base\":").append(jsonString(site.iris().base()))
                .append(",\"dataRoot\":").append(jsonString(site.iris().dataRoot()))
                .append(",\"ontology\":").append(jsonString(TG.ONTOLOGY))
                .append(",\"prefixes\":[").append(prefixes).append(']')
                .append(",\"endpoint\":").append(jsonString(TocgraphServer.DATASET + "/sparql"))
                .append(",\"example\":").append(jsonString(Site.EXAMPLE_QUERY))
                .append(",\"queries\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : named.entrySet()) {
            json.append(first ? "" : ",").append(jsonString(e.getKey())).append(':').append(jsonString(e.getValue()));
            first = false;
        }
        json.append("}}");
        String body = """
                <h1>Query tocgraph</h1>
                <p>SPARQL 1.1, read-only. Pick a named query or write your own (Ctrl+Enter runs it). IRIs in the
                results show their labels and link to their pages; hover for the full IRI. The endpoint is <a href="%1$s"><code>/%1$s</code></a>; named queries are also at
                <a href="queries/"><code>/queries/</code></a>.</p>
                <form id="query-form" class="query" action="%1$s" method="post">
                <div class="toolbar">
                <label for="named">Named query</label>
                <select id="named" name="named">
                %2$s</select>
                <button type="submit" id="run">Run query</button>
                <span id="status" role="status" aria-live="polite"></span>
                </div>
                <textarea id="query" name="query" rows="18" cols="100" spellcheck="false" autocomplete="off"
                 aria-label="SPARQL query">%3$s</textarea>
                </form>
                <p id="downloads" class="downloads" hidden>This result as
                <a id="dl-csv" download="result.csv">CSV</a> ·
                <a id="dl-tsv" download="result.tsv">TSV</a> ·
                <a id="dl-json" download="result.json">JSON</a> ·
                <a id="dl-xml" download="result.xml">XML</a> ·
                <a id="permalink">link to this query</a></p>
                <div id="results"></div>
                <script type="application/json" id="query-config">%4$s</script>
                <script src="static/results.js" defer></script>
                <script src="static/query.js" defer></script>
                """.formatted(TocgraphServer.DATASET + "/sparql", options, esc(Site.EXAMPLE_QUERY),
                json.toString());
        return Html.page("", Html.Section.QUERY, "Query tocgraph", "", body, site.version(), "");
    }

    /**
     * A JSON string literal that is also safe inside a {@code <script>} element: {@code <}, {@code >} and
     * {@code &} are escaped so no {@code </script>} can end it early.
     */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** The named queries as plain files under {@code /queries/}, with an index. */
    static final class NamedQueries extends HttpServlet {
        private static final long serialVersionUID = 1L;

        private final transient Site site;

        NamedQueries(Site site) {
            this.site = site;
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (!Responses.readMethod(req, resp)) {
                return;
            }
            String path = req.getPathInfo();
            Map<String, String> named = site.publication().namedQueries();
            if (path == null) {
                resp.sendRedirect(req.getRequestURI() + "/");
                return;
            }
            if (path.equals("/")) {
                StringBuilder b = new StringBuilder("<h1>Named queries</h1>\n");
                if (named.isEmpty()) {
                    b.append("<p>This publication has no named queries.</p>\n");
                } else {
                    b.append("<ul>\n");
                    named.keySet().forEach(n -> b.append("<li><a href=\"").append(esc(Site.urlEncode(n)))
                            .append("\"><code>").append(esc(n)).append("</code></a> · <a href=\"../query?name=")
                            .append(esc(Site.urlEncode(n))).append("\">run</a></li>\n"));
                    b.append("</ul>\n");
                }
                resp.setHeader("Cache-Control", "no-cache");
                Responses.sendHtml(req, resp, HttpServletResponse.SC_OK,
                        Html.page("../", Html.Section.QUERY, "Named queries · tocgraph", "",
                                b.toString(), site.version(), ""));
                return;
            }
            String text = named.get(path.substring(1));
            if (text == null) {
                Responses.sendError(resp, HttpServletResponse.SC_NOT_FOUND, "No such named query: " + Responses.clip(path.substring(1)));
                return;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            // text/plain rather than application/sparql-query, so that browsers show it.
            Responses.sendFixed(req, resp, bytes, "text/plain; charset=utf-8", Downloads.sha256(bytes),
                    site.publication().modified(), "no-cache");
        }
    }
}
