package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No way over HTTP changes the data: every write is refused with a 4xx and the triple count stays. */
class ReadOnlyTest extends ServerTest {

    static final String INSERT = "INSERT DATA { <http://example.org/s> <http://example.org/p> \"evil\" }";
    static final String TURTLE = "<http://example.org/s> <http://example.org/p> \"evil\" .";
    static final List<String> PATHS = List.of("tocgraph", "tocgraph/update", "tocgraph/sparql", "tocgraph/query",
            "tocgraph/data", "tocgraph/get", "tocgraph/upload", "", "id/mechanism/sco", "$/datasets");

    @AfterEach
    void nothingChanged() {
        assertEquals(TestData.TRIPLES, Http.count(url, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        assertEquals(0, Http.count(url, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { <http://example.org/s> ?p ?o } }"));
        assertEquals(0, Http.count(url, "SELECT (COUNT(*) AS ?n) { <http://example.org/s> ?p ?o }"));
    }

    @Test
    void sparqlUpdateIsRefusedEverywhere() {
        List<String> failures = new ArrayList<>();
        for (String path : PATHS) {
            String target = url + path;
            check(failures, "POST sparql-update " + path,
                    Http.post(target, "application/sparql-update", INSERT));
            check(failures, "POST form update= " + path,
                    Http.post(target, "application/x-www-form-urlencoded", "update=" + Http.enc(INSERT)));
            check(failures, "GET ?update= " + path, Http.get(target + "?update=" + Http.enc(INSERT)));
            check(failures, "POST ?update= in URL " + path,
                    Http.post(target + "?update=" + Http.enc(INSERT), "application/x-www-form-urlencoded", ""));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** An update sent where a query goes gets the read-only answer, not a parse error that quotes it. */
    @Test
    void updateSentAsAQueryIsTheReadOnlyAnswer() {
        for (HttpResponse<byte[]> r : List.of(Http.get(url + "tocgraph/sparql?query=" + Http.enc(INSERT)),
                Http.post(url + "tocgraph/sparql", "application/sparql-query", INSERT))) {
            assertEquals(403, r.statusCode(), Http.text(r));
            assertTrue(Http.text(r).contains("read-only"), Http.text(r));
            assertFalse(Http.text(r).contains("evil"), Http.text(r));
        }
    }

    /** A compressed body would be inflated past the size limit; odd charsets are the client's error. */
    @Test
    void encodedBodiesAndUnknownCharsetsAre415() {
        HttpResponse<byte[]> gz = Http.post(url + "tocgraph/sparql", "application/sparql-query", "ASK {}",
                "Content-Encoding", "gzip");
        assertEquals(415, gz.statusCode(), Http.text(gz));
        assertTrue(Http.text(gz).contains("uncompressed"), Http.text(gz));
        HttpResponse<byte[]> cs = Http.post(url + "tocgraph/sparql", "application/sparql-query; charset=nonexistent",
                "ASK {}");
        assertEquals(415, cs.statusCode(), Http.text(cs));
        HttpResponse<byte[]> ok = Http.post(url + "tocgraph/sparql", "application/sparql-query; charset=utf-8",
                "ASK {}", "Accept", "application/sparql-results+json");
        assertEquals(200, ok.statusCode(), Http.text(ok));
    }

    @Test
    void aQueryStringOverTheLimitIs414() {
        String big = "ASK { FILTER(1 IN (" + "1,".repeat(70_000) + "1)) }";
        HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql?query=" + Http.enc(big));
        assertEquals(414, r.statusCode(), Http.text(r));
        assertTrue(Http.text(r).contains("POST a long query"), Http.text(r));
    }

    @Test
    void graphStoreWritesAreRefused() {
        List<String> failures = new ArrayList<>();
        for (String path : List.of("tocgraph?default", "tocgraph/data?default", "tocgraph/get?default",
                "tocgraph/data?graph=http://example.org/g", "tocgraph", "tocgraph/upload")) {
            String target = url + path;
            for (String method : List.of("PUT", "POST", "PATCH")) {
                check(failures, method + " turtle " + path, Http.method(target, method, "text/turtle", TURTLE));
            }
            check(failures, "DELETE " + path, Http.method(target, "DELETE", null, null));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void updateIsAnsweredWithAReason() {
        HttpResponse<byte[]> r = Http.post(url + "tocgraph/sparql", "application/sparql-update", INSERT);
        assertEquals(403, r.statusCode());
        assertTrue(Http.text(r).contains("read-only"), Http.text(r));

        HttpResponse<byte[]> put = Http.method(url + "tocgraph/get?default", "PUT", "text/turtle", TURTLE);
        assertEquals(405, put.statusCode());
        assertEquals("GET, HEAD, OPTIONS", Http.header(put, "Allow"));
    }

    @Test
    void adminModuleIsAbsent() {
        HttpResponse<byte[]> r = Http.post(url + "$/datasets", "application/x-www-form-urlencoded",
                "dbName=evil&dbType=mem");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertEquals(404, Http.get(url + "$/datasets").statusCode());
        assertEquals(404, Http.get(url + "$/server").statusCode());
        assertEquals(404, Http.get(url + "evil/sparql?query=" + Http.enc("ASK {}")).statusCode());
    }

    @Test
    void queriesStillWorkAfterRefusals() {
        HttpResponse<byte[]> r = Http.post(url + "tocgraph/sparql", "application/sparql-query", "ASK { ?s ?p ?o }",
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertFalse(Http.text(r).contains("false"));
    }

    private static void check(List<String> failures, String what, HttpResponse<byte[]> r) {
        if (r.statusCode() < 400 || r.statusCode() >= 500) {
            failures.add(what + " -> " + r.statusCode() + " " + Http.text(r));
        }
    }
}
