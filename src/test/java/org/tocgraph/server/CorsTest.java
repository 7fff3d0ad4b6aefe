package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CORS for any origin, without credentials, on successes, errors and preflights alike. */
class CorsTest extends ServerTest {
    static final String ORIGIN = "https://yasgui.example.org";

    static void assertCors(HttpResponse<?> r, String what) {
        assertEquals("*", Http.header(r, "Access-Control-Allow-Origin"), what);
        assertNull(Http.header(r, "Access-Control-Allow-Credentials"), what + ": no credentials");
    }

    @Test
    void everyKindOfResponseCarriesCors() {
        String q = Http.enc("SELECT * { ?s ?p ?o } LIMIT 1");
        List<String[]> cases = List.of(
                new String[] {"tocgraph/sparql?query=" + q, "200"},
                new String[] {"tocgraph/sparql?query=" + Http.enc("SELECT WHERE {"), "400"},
                new String[] {"no/such/path", "404"},
                new String[] {"", "200"},
                new String[] {"download/tocgraph.ttl", "200"},
                new String[] {"download/nothing.ttl", "404"},
                new String[] {".well-known/void", "200"},
                new String[] {"tocgraph/sparql", "200"},
                new String[] {"tocgraph/get?default", "200"});
        for (String[] c : cases) {
            HttpResponse<byte[]> r = Http.get(url + c[0], "Origin", ORIGIN);
            assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0]);
            assertCors(r, c[0]);
        }
        HttpResponse<byte[]> post = Http.post(url + "tocgraph/sparql", "application/sparql-query",
                "SELECT * { ?s ?p ?o } LIMIT 1", "Origin", ORIGIN);
        assertEquals(200, post.statusCode());
        assertCors(post, "POST query");
        HttpResponse<byte[]> update = Http.post(url + "tocgraph/sparql", "application/sparql-update",
                "CLEAR ALL", "Origin", ORIGIN);
        assertEquals(403, update.statusCode());
        assertCors(update, "refused update");
    }

    @Test
    void exposesTheHeadersDownloadClientsRead() {
        HttpResponse<byte[]> r = Http.get(url + "download/tocgraph.ttl", "Origin", ORIGIN);
        String exposed = Http.header(r, "Access-Control-Expose-Headers");
        for (String h : List.of("ETag", "Content-Disposition", "Last-Modified")) {
            assertTrue(exposed.contains(h), exposed);
        }
    }

    @Test
    void preflightForAPostedQuery() {
        HttpResponse<byte[]> r = Http.method(url + "tocgraph/sparql", "OPTIONS", null, null);
        assertEquals(204, r.statusCode());
        HttpResponse<byte[]> pre = Http.send(Http.request(url + "tocgraph/sparql",
                "Origin", ORIGIN,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type, accept, x-requested-with")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, pre.statusCode());
        assertCors(pre, "preflight");
        assertTrue(Http.header(pre, "Access-Control-Allow-Methods").contains("POST"));
        assertEquals("content-type, accept, x-requested-with", Http.header(pre, "Access-Control-Allow-Headers"));
        assertEquals("86400", Http.header(pre, "Access-Control-Max-Age"));
    }

    @Test
    void preflightElsewhereOffersOnlyReads() {
        HttpResponse<byte[]> pre = Http.send(Http.request(url + "download/tocgraph.ttl",
                "Origin", ORIGIN, "Access-Control-Request-Method", "PUT")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, pre.statusCode());
        assertCors(pre, "preflight");
        assertEquals("GET, HEAD, OPTIONS", Http.header(pre, "Access-Control-Allow-Methods"));
    }
}
