package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

/** Front page, query page, static assets, named queries, report, ontology, and the extra-servlet hook. */
class PagesTest extends ServerTest {

    static String html(String path) {
        HttpResponse<byte[]> r = Http.get(url + path);
        assertEquals(200, r.statusCode(), path);
        assertEquals("text/html", Http.mediaType(r), path);
        return Http.text(r);
    }

    @Test
    void frontPageSaysWhatTheDataIs() {
        String page = html("");
        assertTrue(page.contains("transnational organized crime"));
        assertTrue(page.contains("CEB/HLCP") && page.contains("October 2025"));
        assertTrue(page.contains("<dt>Triples</dt><dd>" + TestData.TRIPLES + "</dd>"), "triple count");
        assertTrue(page.contains("<dt>Version</dt><dd>" + TestData.VERSION + "</dd>"), "version");
        assertTrue(page.contains(TestData.SOURCE_TITLE));
    }

    /** The navigation's Browse link leads to the front page's index from every page, not to a missing anchor. */
    @Test
    void browseLinkLeadsToTheFrontPageIndex() {
        assertTrue(html("query").contains("href=\"./#browse\""), "from /query");
        assertTrue(html("").contains("id=\"browse\""), "the anchor exists on the front page");
    }

    @Test
    void frontPageListsEveryEndpointAndTheLinksWork() {
        String page = html("");
        for (String path : new String[] {"tocgraph/sparql", "query", "download/", ".well-known/void", "report",
                "report.md", "def", "tocgraph/get?default", "download/tocgraph-" + TestData.VERSION + ".ttl"}) {
            assertTrue(page.contains("href=\"" + path + "\""), path);
            assertEquals(200, Http.get(url + path).statusCode(), path);
        }
        // The example query link runs.
        Matcher m = Pattern.compile("href=\"(tocgraph/sparql\\?query=[^\"]+)\"").matcher(page);
        assertTrue(m.find());
        HttpResponse<byte[]> r = Http.get(url + m.group(1).replace("&amp;", "&"), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), Http.text(r));
        assertTrue(Http.text(r).contains("Shanghai Cooperation Organisation,2"), Http.text(r));
    }

    @Test
    void frontPageShowsEntitiesFirstMechanismsByLabel() {
        String page = html("");
        int cnd = page.indexOf("href=\"id/mechanism/cnd\">Commission on Narcotic Drugs</a>");
        int fatf = page.indexOf("href=\"id/mechanism/fatf\">Financial Action Task Force</a>");
        int sco = page.indexOf("href=\"id/mechanism/sco\">Shanghai Cooperation Organisation</a>");
        assertTrue(cnd > 0 && cnd < fatf && fatf < sco, "alphabetical: " + cnd + " " + fatf + " " + sco);
        assertTrue(page.contains(TestData.IRIS.state("KZ")));
    }

    @Test
    void frontPageIndexesEveryEntityWithItsCount() {
        String page = html("");
        String browse = page.substring(page.indexOf("<section id=\"browse\">"));
        browse = browse.substring(0, browse.indexOf("</section>"));
        assertTrue(browse.contains("<h3 id=\"states\">States <span class=\"count\">2</span></h3>"), browse);
        assertTrue(browse.contains("<a href=\"id/state/KZ\">Kazakhstan</a> <span class=\"count\" title=\"1 mechanism\">1"
                + "</span>"), browse);
        assertTrue(browse.contains("<a href=\"id/mechanism/sco\">Shanghai Cooperation Organisation</a> <span class=\"count\""
                + " title=\"2 members named\">2</span>"), browse);
        assertTrue(browse.contains("<a href=\"id/organization/unodc\">United Nations Office on Drugs and Crime</a>"));
        assertFalse(browse.contains("id=\"groups\""), "no heading for a kind with no entities");
    }

    @Test
    void pagesUseNoExternalAssetsOrInlineScript() {
        for (String path : new String[] {"", "query", "download/", "queries/", "report"}) {
            HttpResponse<byte[]> r = Http.get(url + path);
            String page = Http.text(r);
            assertFalse(Pattern.compile("<(script|link|img)[^>]+(src|href)=\"(https?:)?//").matcher(page).find(),
                    path + " loads nothing from elsewhere");
            assertFalse(Pattern.compile("<script(?![^>]*(src=|type=\"application/json\"))").matcher(page).find(),
                    path + " has no inline script");
            assertTrue(Http.header(r, "Content-Security-Policy").contains("script-src 'self'"), path);
        }
    }

    @Test
    void queryPageOffersTheNamedQueries() {
        String page = html("query");
        assertTrue(page.contains("<textarea id=\"query\""));
        assertTrue(page.contains("<option value=\"mechanisms.rq\">mechanisms.rq</option>"));
        assertTrue(page.contains("<option value=\"states.rq\">states.rq</option>"));
        assertTrue(page.indexOf("<script src=\"static/results.js\" defer></script>")
                < page.indexOf("<script src=\"static/query.js\" defer></script>"), "results.js first");
        assertTrue(page.contains("\"dataRoot\":\"" + TestData.IRIS.dataRoot() + "\""), "where compact names start");
        assertTrue(page.contains("[\"tg\",\"https://w3id.org/tocgraph/def#\"]"), "prefixes for compact names");
        assertEquals(200, Http.get(url + "static/results.js").statusCode());
        // The query texts travel as JSON in the page, with '<' escaped so they cannot close the script element.
        assertTrue(page.contains("\"mechanisms.rq\":\"PREFIX tg: \\u003chttps://w3id.org/tocgraph/def#\\u003e\\n"),
                page);
        assertTrue(page.contains("action=\"tocgraph/sparql\" method=\"post\""), "works without JavaScript");
    }

    @Test
    void jsonInThePageCannotBreakOutOfTheScriptElement() {
        String json = QueryPageServlet.jsonString("</script><script>alert(1)</script>\u2028\"\\");
        assertFalse(json.contains("<") || json.contains(">"), json);
        assertEquals("\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u2028\\\"\\\\\"", json);
    }

    @Test
    void staticAssetsAreServedWithValidators() {
        HttpResponse<byte[]> js = Http.get(url + "static/query.js");
        assertEquals(200, js.statusCode());
        assertEquals("text/javascript", Http.mediaType(js));
        assertTrue(Http.text(js).contains("fetch("));
        assertEquals(304, Http.get(url + "static/query.js", "If-None-Match", Http.header(js, "ETag")).statusCode());
        HttpResponse<byte[]> css = Http.get(url + "static/tocgraph.css");
        assertEquals("text/css", Http.mediaType(css));
        assertEquals(404, Http.get(url + "static/").statusCode(), "no directory listing");
    }

    @Test
    void namedQueriesAsFiles() {
        HttpResponse<byte[]> r = Http.get(url + "queries/states.rq");
        assertEquals(200, r.statusCode());
        assertEquals(TestData.QUERIES.get("states.rq"), Http.text(r));
        String index = html("queries/");
        assertTrue(index.contains("href=\"mechanisms.rq\""));
        assertEquals(404, Http.get(url + "queries/other.rq").statusCode());
    }

    @Test
    void everyPageHasTheSameFrameAndStylesheet() {
        for (String path : new String[] {"", "query", "queries/", "download/", "report"}) {
            HttpResponse<byte[]> r = Http.get(url + path);
            String page = Http.text(r);
            String up = path.contains("/") ? "../" : "";
            assertTrue(page.contains("<link rel=\"stylesheet\" href=\"" + up + "static/tocgraph.css\">"), path);
            assertTrue(page.contains("<header class=\"site\">\n<div class=\"bar\">\n<a class=\"brand\" href=\""
                    + (up.isEmpty() ? "./" : up) + "\""), path);
            for (String nav : new String[] {"query", "source", "report", "def", "download/", ".well-known/void"}) {
                assertTrue(page.contains("<a href=\"" + up + nav + "\""), path + " links to " + nav);
            }
            assertFalse(page.contains("<style") || page.contains(" style="), path + " has no inline style");
            assertFalse(page.contains("href=\"/"), path + " has only relative links");
            assertFalse(Http.header(r, "Content-Security-Policy").contains("unsafe-inline"), path);
        }
        assertTrue(html("query").contains("<a href=\"query\" aria-current=\"page\">Query</a>"));
        assertTrue(html("report").contains("<a href=\"report\" aria-current=\"page\">Data-quality report</a>"));
    }

    @Test
    void reportInHtmlAndMarkdown() {
        HttpResponse<byte[]> r = Http.get(url + "report");
        assertEquals(200, r.statusCode());
        assertEquals("text/html", Http.mediaType(r));
        // The report's body in the site frame; its own head is dropped.
        String page = Http.text(r);
        assertTrue(page.contains("<h1>Data-quality report</h1><p>2 unresolved names.</p>"), page);
        assertFalse(page.contains("<title>Report</title>"), page);
        assertTrue(page.contains("<a href=\"report.md\">Markdown</a>"));
        assertEquals(304, Http.get(url + "report", "If-None-Match", Http.header(r, "ETag")).statusCode());
        HttpResponse<byte[]> md = Http.get(url + "report.md");
        assertEquals("text/markdown", Http.mediaType(md));
        assertEquals(TestData.REPORT_MD, Http.text(md));
    }

    @Test
    void ontologyAtDefWhenNoServletClaimsIt() {
        HttpResponse<byte[]> r = Http.get(url + "def");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle", Http.mediaType(r));
        assertTrue(Http.parse(r.body(), Lang.TURTLE).isIsomorphicWith(TestData.ontology()));
        HttpResponse<byte[]> xml = Http.get(url + "def", "Accept", "application/rdf+xml");
        assertTrue(Http.parse(xml.body(), Lang.RDFXML).isIsomorphicWith(TestData.ontology()));
    }

    /** Stands in for the linked-data servlet the CLI mounts. */
    static final class Marker extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String name;

        Marker(String name) {
            this.name = name;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/plain");
            resp.getWriter().print(name + " " + req.getRequestURI());
        }
    }

    @Test
    void extraServletsAreMountedAndTakeOverDef() {
        Map<String, HttpServlet> extra = Map.of("/id/*", new Marker("ld"), "/def/*", new Marker("def"));
        try (TocgraphServer s = TocgraphServer.start(TestData.config(), TestData.publication(), extra)) {
            assertEquals("ld /id/mechanism/sco", Http.text(Http.get(s.url() + "id/mechanism/sco")));
            assertEquals("def /def", Http.text(Http.get(s.url() + "def")));
            assertEquals("def /def/role/member", Http.text(Http.get(s.url() + "def/role/member")));
            // Everything else is unchanged, and CORS covers the extra servlets too.
            assertEquals("*", Http.header(Http.get(s.url() + "id/state/KZ"), "Access-Control-Allow-Origin"));
            assertEquals(200, Http.get(s.url() + "tocgraph/sparql").statusCode());
        }
    }

    @Test
    void emptyReportIs404AndHiddenFromTheFrontPage() {
        Publication bare = new Publication(TestData.data(), TestData.ontology(), "1.0.0", Instant.EPOCH, "", "",
                Map.of());
        try (TocgraphServer s = TocgraphServer.start(TestData.config(), bare)) {
            assertEquals(404, Http.get(s.url() + "report").statusCode());
            assertEquals(404, Http.get(s.url() + "report.md").statusCode());
            assertFalse(Http.text(Http.get(s.url())).contains("href=\"report.md\""));
            assertTrue(Http.text(Http.get(s.url() + "query")).contains("(example)"));
        }
    }
}
