package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocgraph.sparql.ServiceAllowList;

/**
 * Federated SERVICE reaches only allow-listed endpoints. A second embedded Fuseki plays the remote
 * endpoint; one tocgraph server allows it, another (default allow-list: Wikidata only) does not.
 */
class ServiceAllowListTest {
    static FusekiServer remote;
    static String remoteUrl;
    /** Allowed, but nothing listens there. */
    static String deadUrl;
    static int deadPort;
    static TocgraphServer allowing;
    static TocgraphServer refusing;

    static final String REMOTE_VALUE = "remote value 42";

    @BeforeAll
    static void start() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> dsg.getDefaultGraph().add(Triple.create(NodeFactory.createURI("http://example.org/r"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString(REMOTE_VALUE))));
        remote = FusekiServer.create().port(0).loopback(true).add("remote", dsg, false).build().start();
        remoteUrl = "http://localhost:" + remote.getHttpPort() + "/remote/sparql";
        try (ServerSocket free = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            deadPort = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deadUrl = "http://127.0.0.1:" + deadPort + "/sparql";
        allowing = TocgraphServer.start(TestData.config(5_000, List.of(remoteUrl, deadUrl)), TestData.publication());
        refusing = TocgraphServer.start(TestData.config(), TestData.publication());
    }

    @AfterAll
    static void stop() {
        allowing.close();
        refusing.close();
        remote.stop();
    }

    static String remoteQuery(String service) {
        return "SELECT ?o { SERVICE <" + service + "> { <http://example.org/r> <http://example.org/p> ?o } }";
    }

    static HttpResponse<byte[]> query(TocgraphServer server, String query) {
        return Http.get(server.url() + "tocgraph/sparql?query=" + Http.enc(query), "Accept", "text/csv");
    }

    /** An allowed endpoint that redirects must not lead the call to an address the list never saw. */
    @Test
    void aRedirectFromAnAllowedEndpointIsNotFollowed() throws IOException {
        com.sun.net.httpserver.HttpServer redirector = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirector.createContext("/redirect", exchange -> {
            // The target is a working endpoint that holds REMOTE_VALUE, but it is not on this server's list.
            exchange.getResponseHeaders().add("Location", remoteUrl + "?" + exchange.getRequestURI().getRawQuery());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        redirector.start();
        String redirectUrl = "http://127.0.0.1:" + redirector.getAddress().getPort() + "/redirect";
        try (TocgraphServer server = TocgraphServer.start(TestData.config(5_000, List.of(redirectUrl)),
                TestData.publication())) {
            HttpResponse<byte[]> r = query(server, remoteQuery(redirectUrl));
            assertEquals(502, r.statusCode(), Http.text(r));
            assertFalse(Http.text(r).contains(REMOTE_VALUE), Http.text(r));
            assertTrue(Http.text(r).contains("302"), Http.text(r));
        } finally {
            redirector.stop(0);
        }
    }

    @Test
    void allowListedEndpointAnswers() {
        HttpResponse<byte[]> r = query(allowing, remoteQuery(remoteUrl));
        assertEquals(200, r.statusCode(), Http.text(r));
        assertTrue(Http.text(r).contains(REMOTE_VALUE), Http.text(r));
    }

    @Test
    void federatedJoinWithLocalData() {
        String q = "PREFIX tg: <https://w3id.org/tocgraph/def#>\n"
                + "SELECT ?m ?o { ?m a tg:Mechanism . SERVICE <" + remoteUrl + "> { ?r ?p ?o } }";
        HttpResponse<byte[]> r = query(allowing, q);
        assertEquals(200, r.statusCode(), Http.text(r));
        assertEquals(4, Http.text(r).trim().split("\r?\n").length, "three mechanisms times one remote row");
    }

    @Test
    void aFailingAllowedEndpointIsAOneLineErrorNamingIt() {
        HttpResponse<byte[]> r = query(allowing, remoteQuery(deadUrl));
        assertEquals(502, r.statusCode(), Http.text(r));
        assertEquals("SERVICE <" + deadUrl + "> failed: it is unreachable (connection refused).", Http.text(r).strip());
    }

    @Test
    void sameEndpointIsRefusedWhenNotListed() {
        HttpResponse<byte[]> r = query(refusing, remoteQuery(remoteUrl));
        assertEquals(403, r.statusCode());
        String body = Http.text(r);
        assertTrue(body.contains("not allowed") && body.contains(remoteUrl), body);
        assertTrue(body.contains("https://query.wikidata.org/sparql"), "the message names what is allowed: " + body);
        assertFalse(body.contains(REMOTE_VALUE));
    }

    @Test
    void refusedServiceMakesNoConnection() throws IOException {
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String trapUrl = "http://127.0.0.1:" + trap.getLocalPort() + "/sparql";
            HttpResponse<byte[]> r = query(allowing, remoteQuery(trapUrl));
            assertEquals(403, r.statusCode(), Http.text(r));
            // A connection attempt would be waiting in the backlog; none is.
            trap.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, trap::accept);
        }
    }

    @Test
    void internalAddressesAreRefusedAtOnce() {
        for (String target : List.of("http://127.0.0.1:1/", "http://169.254.169.254/latest/meta-data/",
                "http://localhost:" + allowing.port() + "/tocgraph/sparql", "file:///etc/passwd")) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = query(allowing, remoteQuery(target));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(403, r.statusCode(), target + ": " + Http.text(r));
            assertTrue(ms < 5_000, target + " took " + ms + " ms");
        }
    }

    @Test
    void serviceVariableIsCheckedPerBinding() {
        String q = "SELECT ?o { VALUES ?svc { <http://169.254.169.254/> } SERVICE ?svc { ?s ?p ?o } }";
        assertEquals(403, query(allowing, q).statusCode());
        String ok = "SELECT ?o { VALUES ?svc { <" + remoteUrl + "> } SERVICE ?svc { ?s ?p ?o } }";
        HttpResponse<byte[]> r = query(allowing, ok);
        assertEquals(200, r.statusCode(), Http.text(r));
        assertTrue(Http.text(r).contains(REMOTE_VALUE));
    }

    /** SILENT hides failures of a service, not a policy: the refusal is still reported. */
    @Test
    void silentDoesNotHideARefusal() {
        String q = "SELECT ?o { SERVICE SILENT <http://127.0.0.1:1/> { ?s ?p ?o } }";
        HttpResponse<byte[]> r = query(allowing, q);
        assertEquals(403, r.statusCode(), Http.text(r));
        assertTrue(Http.text(r).contains("not allowed"));
    }

    /**
     * Inside EXISTS a failing SERVICE only makes the filter false, so a refusal at run time would be lost
     * (and logged once per row); the whole query is checked before it runs.
     */
    @Test
    void serviceHiddenInAnExpressionIsRefusedBeforeItRuns() {
        String inner = "{ SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }";
        for (String q : new String[] {
            "SELECT * { ?s ?p ?o FILTER EXISTS " + inner + " }",
            "SELECT * { ?s ?p ?o FILTER NOT EXISTS " + inner + " }",
            "SELECT * { ?s ?p ?o BIND(EXISTS " + inner + " AS ?b) }",
            "SELECT * { ?s ?p ?o } ORDER BY (EXISTS " + inner + ")",
            "SELECT * { { SELECT ?s { ?s ?p ?o FILTER EXISTS " + inner + " } } }",
        }) {
            HttpResponse<byte[]> r = query(refusing, q);
            assertEquals(403, r.statusCode(), q + " -> " + Http.text(r));
            assertTrue(Http.text(r).contains("http://127.0.0.1:1/sparql"), Http.text(r));
        }
        HttpResponse<byte[]> r = query(allowing,
                "SELECT * { VALUES ?u { <" + remoteUrl + "> } FILTER EXISTS { SERVICE ?u { ?s ?p ?o } } }");
        assertEquals(403, r.statusCode(), Http.text(r));
        assertTrue(Http.text(r).contains("fixed IRI"), Http.text(r));
    }

    @Test
    void matchingIsExactOnEndpoint() {
        ServiceAllowList list = new ServiceAllowList(List.of("https://query.wikidata.org/sparql"));
        assertTrue(list.isAllowed("https://query.wikidata.org/sparql"));
        assertTrue(list.isAllowed("HTTPS://Query.Wikidata.org:443/sparql"));
        assertFalse(list.isAllowed("https://query.wikidata.org/sparql/extra"));
        assertFalse(list.isAllowed("https://query.wikidata.org/sparq"));
        assertFalse(list.isAllowed("http://query.wikidata.org/sparql"));
        assertFalse(list.isAllowed("https://query.wikidata.org:8443/sparql"));
        assertFalse(list.isAllowed("https://query.wikidata.org@169.254.169.254/sparql"));
        assertFalse(list.isAllowed("https://evil@query.wikidata.org/sparql"));
        assertFalse(list.isAllowed("https://query.wikidata.org.evil.example/sparql"));
        assertFalse(list.isAllowed("https://query.wikidata.org/sparql?x=1"));
        assertFalse(new ServiceAllowList(List.of()).isAllowed("https://query.wikidata.org/sparql"));
    }
}
