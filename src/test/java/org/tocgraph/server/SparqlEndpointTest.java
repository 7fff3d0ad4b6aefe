package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tocgraph.rdf.TG;

class SparqlEndpointTest extends ServerTest {

    static final String MECHANISMS = "PREFIX tg: <" + TG.NS + ">\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?m ?label WHERE { ?m a tg:Mechanism ; rdfs:label ?label } ORDER BY ?label";
    static final String CONSTRUCT = "PREFIX tg: <" + TG.NS + ">\n"
            + "CONSTRUCT { ?s a tg:State } WHERE { ?s a tg:State }";

    @Test
    void urlAndPortAreTheRealOnes() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/", url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tocgraph/sparql", "tocgraph/query", "tocgraph"})
    void getReturnsJsonResults(String path) {
        HttpResponse<byte[]> r = Http.get(url + path + "?query=" + Http.enc(MECHANISMS),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), Http.text(r));
        assertEquals("application/sparql-results+json", Http.mediaType(r));
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body()));
        List<String> labels = ResultSetFormatter.toList(rs).stream().map(b -> b.getLiteral("label").getString()).toList();
        assertEquals(List.of("Commission on Narcotic Drugs", "Financial Action Task Force",
                "Shanghai Cooperation Organisation"), labels);
    }

    @Test
    void postFormAndPostQueryBodyBothWork() {
        HttpResponse<byte[]> form = Http.post(url + "tocgraph/sparql", "application/x-www-form-urlencoded",
                "query=" + Http.enc(MECHANISMS), "Accept", "text/csv");
        assertEquals(200, form.statusCode(), Http.text(form));
        assertEquals(4, Http.text(form).trim().split("\r?\n").length, "header and three rows");

        HttpResponse<byte[]> body = Http.post(url + "tocgraph/query", "application/sparql-query", MECHANISMS,
                "Accept", "text/csv");
        assertEquals(200, body.statusCode(), Http.text(body));
        assertEquals(Http.text(form), Http.text(body));
    }

    @Test
    void selectFormatsByAccept() throws Exception {
        HttpResponse<byte[]> xml = Http.get(url + "tocgraph/sparql?query=" + Http.enc(MECHANISMS),
                "Accept", "application/sparql-results+xml");
        assertEquals(200, xml.statusCode());
        assertEquals("application/sparql-results+xml", Http.mediaType(xml));
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        var doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml.body()));
        assertEquals(3, doc.getElementsByTagNameNS("http://www.w3.org/2005/sparql-results#", "result").getLength());

        HttpResponse<byte[]> csv = Http.get(url + "tocgraph/sparql?query=" + Http.enc(MECHANISMS),
                "Accept", "text/csv");
        assertEquals("text/csv", Http.mediaType(csv));
        String[] lines = Http.text(csv).trim().split("\r?\n");
        assertEquals("m,label", lines[0]);
        assertEquals(TestData.IRIS.mechanism("cnd") + ",Commission on Narcotic Drugs", lines[1]);

        HttpResponse<byte[]> tsv = Http.get(url + "tocgraph/sparql?query=" + Http.enc(MECHANISMS),
                "Accept", "text/tab-separated-values");
        assertEquals("text/tab-separated-values", Http.mediaType(tsv));
        String[] tsvLines = Http.text(tsv).trim().split("\r?\n");
        assertEquals("?m\t?label", tsvLines[0]);
        assertEquals("<" + TestData.IRIS.mechanism("cnd") + ">\t\"Commission on Narcotic Drugs\"@en", tsvLines[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml", "csv", "tsv"})
    void selectFormatsByParameter(String format) {
        for (String param : List.of("format", "output")) {
            HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql?query=" + Http.enc(MECHANISMS) + "&" + param
                    + "=" + format);
            assertEquals(200, r.statusCode(), Http.text(r));
            String expected = switch (format) {
                case "json" -> "application/sparql-results+json";
                case "xml" -> "application/sparql-results+xml";
                case "csv" -> "text/csv";
                default -> "text/tab-separated-values";
            };
            assertEquals(expected, Http.mediaType(r), param + "=" + format);
            ResultSet rs = ResultSetFactory.load(new ByteArrayInputStream(r.body()), ResultsFormat.lookup(format));
            assertEquals(3, ResultSetFormatter.consume(rs));
        }
    }

    @Test
    void constructInTurtleJsonLdAndNTriples() {
        for (String[] c : new String[][] {{"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"},
                {"application/n-triples", "NT"}}) {
            HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql?query=" + Http.enc(CONSTRUCT), "Accept", c[0]);
            assertEquals(200, r.statusCode(), Http.text(r));
            assertEquals(c[0], Http.mediaType(r));
            Model m = Http.parse(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(c[1]));
            assertEquals(2, m.size(), c[0]);
            assertTrue(m.contains(m.createResource(TestData.IRIS.state("KZ")), org.apache.jena.vocabulary.RDF.type,
                    TG.State));
        }
    }

    @Test
    void describeReturnsTheResource() {
        String q = "DESCRIBE <" + TestData.IRIS.state("MN") + ">";
        HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql?query=" + Http.enc(q), "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = Http.parse(r.body(), Lang.TURTLE);
        assertEquals(5, m.listStatements(m.createResource(TestData.IRIS.state("MN")), null,
                (org.apache.jena.rdf.model.RDFNode) null).toList().size());
    }

    @Test
    void defaultGraphHoldsAllTheDataAndOnlyTheData() {
        assertEquals(TestData.TRIPLES, Http.count(url, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        // The ontology is next to it, in its own named graph.
        assertEquals(TestData.ontology().size(), Http.count(url,
                "SELECT (COUNT(*) AS ?n) { GRAPH <" + TG.ONTOLOGY + "> { ?s ?p ?o } }"));
    }

    @Test
    void graphStoreReadReturnsTheDefaultGraph() {
        HttpResponse<byte[]> r = Http.get(url + "tocgraph/get?default", "Accept", "application/n-triples");
        assertEquals(200, r.statusCode());
        Model m = Http.parse(r.body(), Lang.NTRIPLES);
        assertTrue(m.isIsomorphicWith(TestData.data()), "GSP default graph equals the published data");
    }

    @Test
    void askReturnsABoolean() {
        HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql?query=" + Http.enc("ASK { ?s ?p ?o }"),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(Http.text(r).replace(" ", "").contains("\"boolean\":true"));
    }

    /**
     * 37^4 (about 1.9 million) rows come fast, well before the timeout: stock Fuseki streams them for as long as
     * it takes, then appends a comment to a 200. Here the result is refused once it passes the row cap.
     */
    @Test
    void resultLargerThanTheRowCapIsRefusedNotStreamed() {
        for (String accept : new String[] {"application/sparql-results+json", "text/csv"}) {
            HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql?query="
                    + Http.enc("SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"), "Accept", accept);
            assertEquals(400, r.statusCode(), accept);
            assertTrue(Http.text(r).contains("more than 100000 rows"), Http.text(r));
            assertTrue(r.body().length < 1000, "no rows in the body: " + r.body().length + " bytes");
        }
    }

    /** Fuseki copies both parameters unescaped into the body; they are refused, GET or POST. */
    @Test
    void reflectingParametersAreRefused() {
        String select = "tocgraph/sparql?query=" + Http.enc("SELECT * {}");
        String payload = Http.enc("\"?><script>alert(1)</script>");
        for (String param : List.of("stylesheet", "callback")) {
            HttpResponse<byte[]> r = Http.get(url + select + "&output=xml&" + param + "=" + payload);
            assertEquals(400, r.statusCode(), param);
            assertEquals("text/plain", Http.mediaType(r));
            assertFalse(Http.text(r).contains("<script>"), Http.text(r));
            assertTrue(Http.text(r).contains("'" + param + "'"), Http.text(r));
            HttpResponse<byte[]> post = Http.post(url + "tocgraph/query", "application/x-www-form-urlencoded",
                    "query=" + Http.enc("ASK {}") + "&" + param + "=" + payload);
            assertEquals(400, post.statusCode(), "POST " + param);
        }
        assertTrue(Http.text(Http.get(url + select + "&callback=f")).contains("CORS"));
    }

    @Test
    void endpointResponsesForbidActiveContent() {
        for (String path : List.of("tocgraph/sparql?query=" + Http.enc("SELECT * {}") + "&output=xml",
                "tocgraph/sparql", "tocgraph/get?default", "tocgraph/sparql?query=" + Http.enc("SELECT"))) {
            HttpResponse<byte[]> r = Http.get(url + path);
            assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                    Http.header(r, "Content-Security-Policy"), path);
        }
    }

    /** HEAD is GET without the body: Fuseki alone answers 405 to a query and Content-Length: 0 to the store. */
    @Test
    void headIsGetWithoutABody() {
        for (String path : List.of("tocgraph/sparql?query=" + Http.enc("ASK {}"), "tocgraph/query?query="
                + Http.enc(MECHANISMS), "tocgraph/get?default", "tocgraph/sparql")) {
            for (String accept : List.of("*/*", "application/n-triples", "text/csv", "application/rdf+xml")) {
                HttpResponse<byte[]> get = Http.get(url + path, "Accept", accept);
                HttpResponse<byte[]> head = Http.head(url + path, "Accept", accept);
                String what = "HEAD " + path + " " + accept;
                assertEquals(get.statusCode(), head.statusCode(), what);
                assertEquals(0, head.body().length, what);
                assertEquals(Http.header(get, "Content-Type"), Http.header(head, "Content-Type"), what);
                String length = Http.header(head, "Content-Length");
                assertTrue(length == null || length.equals(Integer.toString(get.body().length)),
                        what + ": Content-Length " + length + ", GET sends " + get.body().length);
            }
        }
    }

    /** A body of unknown length (chunked) is read up to the limit, not refused with 411. */
    @Test
    void chunkedPostsAreAcceptedUpToTheLimit() {
        HttpResponse<byte[]> body = chunked("application/sparql-query", MECHANISMS);
        assertEquals(200, body.statusCode(), Http.text(body));
        assertEquals(4, Http.text(body).trim().split("\r?\n").length, Http.text(body));
        HttpResponse<byte[]> form = chunked("application/x-www-form-urlencoded", "query=" + Http.enc(MECHANISMS));
        assertEquals(200, form.statusCode(), Http.text(form));
        assertEquals(Http.text(body), Http.text(form));
        assertEquals(403, chunked("application/x-www-form-urlencoded", "update=" + Http.enc("CLEAR ALL")).statusCode());
        assertEquals(400, chunked("application/x-www-form-urlencoded", "query=%zz").statusCode());

        String big = "ASK { FILTER(1 IN (" + "1,".repeat(ReadOnlyFilter.MAX_QUERY_BYTES) + "1)) }";
        HttpResponse<byte[]> tooBig = chunked("application/sparql-query", big);
        assertEquals(413, tooBig.statusCode(), Http.text(tooBig));
        assertTrue(Http.text(tooBig).contains("at most " + ReadOnlyFilter.MAX_QUERY_BYTES + " bytes"));
    }

    private static HttpResponse<byte[]> chunked(String contentType, String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Http.send(Http.request(url + "tocgraph/sparql", "Content-Type", contentType, "Accept", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(bytes))));
    }
}
