package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocgraph.config.Config;
import org.tocgraph.pipeline.Pipeline;

/**
 * queries/member-state-population.rq through the real server on the real graph, with a second
 * embedded Fuseki holding a Wikidata-shaped sample in place of Wikidata: the owl:sameAs links join,
 * and only when the stand-in is on the SERVICE allow-list.
 */
class FederatedQueryTest {
    static FusekiServer wikidata;
    static String wikidataUrl;
    /** Allowed, but nothing listens there. */
    static final String CLOSED = "http://127.0.0.1:1/sparql";
    static String missingUrl;
    static TocgraphServer allowing;
    static TocgraphServer defaults;
    static String query;

    @BeforeAll
    static void start() throws IOException {
        wikidata = FusekiServer.create().loopback(true).port(0)
                .add("/wikidata", DatasetFactory.create(RDFDataMgr.loadModel("src/test/resources/wikidata-sample.ttl")),
                        false)
                .build().start();
        wikidataUrl = "http://localhost:" + wikidata.getPort() + "/wikidata/sparql";
        missingUrl = "http://localhost:" + wikidata.getPort() + "/nothing/sparql";
        Pipeline p = Pipeline.run(Config.defaults());
        Publication pub = new Publication(p.model(), RDFDataMgr.loadModel("ontology/tocgraph.ttl"), "0.1.0",
                java.time.Instant.parse("2025-10-01T00:00:00Z"), "", "", Map.of());
        Config base = Config.defaults().with("port", "0");
        allowing = TocgraphServer.start(base.with("service.allow", String.join(",", wikidataUrl, CLOSED, missingUrl + "?key=secret")), pub);
        defaults = TocgraphServer.start(base, pub);
        query = Files.readString(Path.of("queries/member-state-population.rq"), StandardCharsets.UTF_8)
                .replace("<https://query.wikidata.org/sparql>", "<" + wikidataUrl + ">");
    }

    @AfterAll
    static void stop() {
        allowing.close();
        defaults.close();
        wikidata.stop();
    }

    @Test
    void linksJoinThroughAnAllowListedEndpoint() {
        HttpResponse<byte[]> r = Http.post(allowing.url() + "tocgraph/sparql", "application/sparql-query", query,
                "Accept", "text/csv");
        assertEquals(200, r.statusCode(), Http.text(r));
        List<String> lines = Http.text(r).lines().toList();
        // Header plus the ten SCO member states of line 48, each with the sample's population.
        assertEquals(11, lines.size(), Http.text(r));
        assertTrue(lines.get(1).contains(",IN,") && lines.get(1).contains("1400000001"), lines.get(1));
        assertFalse(Http.text(r).contains("MNG"), "Mongolia is an observer, not a member");
    }

    @Test
    void anEndpointNotOnTheAllowListIsRefused() {
        HttpResponse<byte[]> r = Http.post(defaults.url() + "tocgraph/sparql", "application/sparql-query", query,
                "Accept", "text/csv");
        assertEquals(403, r.statusCode(), Http.text(r));
        assertTrue(Http.text(r).contains("query.wikidata.org"), "names what is allowed: " + Http.text(r));
    }

    /** Jena's message is the whole request URL, query included; only the endpoint and the reason are sent. */
    @Test
    void aFailingAllowedEndpointIsNamedWithoutTheQuery() {
        String select = "SELECT * { SERVICE <%s> { ?s <http://example.org/secret-predicate> ?o } }";
        HttpResponse<byte[]> r = Http.post(allowing.url() + "tocgraph/sparql", "application/sparql-query",
                select.formatted(CLOSED), "Accept", "text/csv");
        assertEquals(502, r.statusCode(), Http.text(r));
        assertEquals("SERVICE <" + CLOSED + "> failed: it is unreachable (connection refused).", Http.text(r).strip());

        HttpResponse<byte[]> missing = Http.post(allowing.url() + "tocgraph/sparql", "application/sparql-query",
                select.formatted(missingUrl + "?key=secret"), "Accept", "text/csv");
        assertEquals(502, missing.statusCode(), Http.text(missing));
        assertEquals("SERVICE <" + missingUrl + "> failed: it answered HTTP 404 Not Found.",
                Http.text(missing).strip());
        for (HttpResponse<byte[]> each : List.of(r, missing)) {
            assertFalse(Http.text(each).contains("secret"), Http.text(each));
            assertFalse(Http.text(each).contains("query="), Http.text(each));
        }
    }

    /** A listening socket that never answers: the call ends with the query timeout, as 504 or 503. */
    @Test
    void aSilentAllowedEndpointTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String endpoint = "http://127.0.0.1:" + silent.getLocalPort() + "/sparql";
            Config config = TestData.config(1_000, List.of(endpoint));
            try (TocgraphServer server = TocgraphServer.start(config, TestData.publication())) {
                long start = System.nanoTime();
                HttpResponse<byte[]> r = Http.post(server.url() + "tocgraph/sparql", "application/sparql-query",
                        "SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }", "Accept", "text/csv");
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertTrue(ms < 8_000, "answered after " + ms + " ms");
                assertTrue(r.statusCode() == 504 || r.statusCode() == 503, r.statusCode() + " " + Http.text(r));
                assertTrue(Http.text(r).strip().equals("SERVICE <" + endpoint + "> failed: it timed out.")
                        || Http.text(r).contains("timed out"), Http.text(r));
                assertFalse(Http.text(r).contains("query="), Http.text(r));
            }
        }
    }
}
