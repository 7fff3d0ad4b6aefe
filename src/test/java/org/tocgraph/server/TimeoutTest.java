package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A runaway query ends with an error status soon after the configured timeout. The data has 37 triples,
 * so seven unconstrained triple patterns are 37^7 (about 10^11) rows: without a timeout these would run
 * for hours.
 */
class TimeoutTest {
    static final long TIMEOUT_MS = 500;
    /** Generous bound on the whole exchange: timeout plus start-up and scheduling noise on a busy machine. */
    static final long LIMIT_MS = 15_000;

    static final String CROSS = "?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r . ?s ?t ?u .";
    /** Rows come at once from the first branch; the second computes for hours and yields none. */
    static final String STREAMING_SELECT = "SELECT * { { ?x ?y ?z } UNION { " + CROSS
            + " FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), STR(?l), STR(?o), STR(?r), STR(?u), 'never')) } }";

    static TocgraphServer server;
    static String url;

    @BeforeAll
    static void start() {
        server = TocgraphServer.start(TestData.config(TIMEOUT_MS, List.of()), TestData.publication());
        url = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void expensiveCountTimesOutWith503() {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql?query="
                + Http.enc("SELECT (COUNT(*) AS ?count) { " + CROSS + " }"), "Accept", "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), Http.text(r));
        assertTrue(ms >= TIMEOUT_MS && ms < LIMIT_MS, "took " + ms + " ms");
        assertTrue(Http.text(r).toLowerCase().contains("timed out"), Http.text(r));
    }

    /** Stock Fuseki answers this one 200 with truncated JSON; here the status says what happened. */
    @Test
    void selectThatHasAlreadyProducedRowsStillEndsInAnError() {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql?query=" + Http.enc(STREAMING_SELECT),
                "Accept", "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), Http.text(r));
        assertTrue(ms < LIMIT_MS, "took " + ms + " ms");
        assertFalse(Http.text(r).contains("\"bindings\""), "no partial result set in the body");
    }

    @Test
    void expensiveConstructTimesOutWith503() {
        HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql?query="
                + Http.enc("CONSTRUCT { ?a ?b ?u } WHERE { " + CROSS + " }"), "Accept", "text/turtle");
        assertEquals(503, r.statusCode(), Http.text(r));
    }

    @Test
    void cheapQueriesAreUnaffected() {
        assertEquals(TestData.TRIPLES, Http.count(url, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
    }
}
