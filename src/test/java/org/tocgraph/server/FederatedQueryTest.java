package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
        Pipeline p = Pipeline.run(Config.defaults());
        Publication pub = new Publication(p.model(), RDFDataMgr.loadModel("ontology/tocgraph.ttl"), "0.1.0",
                java.time.Instant.parse("2025-10-01T00:00:00Z"), "", "", Map.of());
        Config base = Config.defaults().with("port", "0");
        allowing = TocgraphServer.start(base.with("service.allow", wikidataUrl), pub);
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
}
