package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors are short plain text, never a stack trace; the server binds where it is told. */
class ErrorsTest {
    static TocgraphServer server;
    static String url;

    /** A servlet that fails with a message that must not reach the client. */
    static final class Failing extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            throw new IllegalStateException("secret detail at org.example.Internal");
        }
    }

    @BeforeAll
    static void start() {
        server = TocgraphServer.start(TestData.config(), TestData.publication(), Map.of("/boom", new Failing()));
        url = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void assertShortText(HttpResponse<byte[]> r) {
        String body = Http.text(r);
        assertFalse(body.contains("at org."), body);
        assertFalse(body.contains("Exception"), body);
        assertTrue(body.length() < 1000, "short: " + body.length() + " chars");
    }

    @Test
    void malformedQueryIs400WithAShortMessage() {
        HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql?query=" + Http.enc("SELECT ?s WHERE { ?s ?p "));
        assertEquals(400, r.statusCode());
        assertShortText(r);
        assertTrue(Http.text(r).contains("line 1"), "says where: " + Http.text(r));
    }

    @Test
    void evaluationErrorIsOneLineWithoutJavaNames() {
        HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql?query="
                + Http.enc("SELECT * WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"(\")) }"));
        assertEquals(400, r.statusCode(), Http.text(r));
        assertShortText(r);
        String body = Http.text(r).trim();
        assertEquals(1, body.lines().count(), body);
        assertFalse(body.contains("java."), body);
        assertTrue(body.contains("Unclosed group"), body);
    }

    /** The parser recurses once per bracket: this used to answer 400 "StackOverflowError". */
    @Test
    void deeplyNestedQueryIsAOneLineMessage() {
        for (String q : new String[] {"SELECT * WHERE " + "{".repeat(5_000) + "}".repeat(5_000),
                "ASK { FILTER(" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ") }",
                // Parses, but the algebra nests one level per OPTIONAL; this used to be a 500 with no body.
                "SELECT * { ?s ?p ?o " + "OPTIONAL{?s ?p ?x}".repeat(7_000) + "}"}) {
            HttpResponse<byte[]> r = Http.post(url + "tocgraph/sparql", "application/sparql-query", q);
            assertEquals(400, r.statusCode(), Http.text(r));
            assertEquals(BufferedQueryService.TOO_DEEP, Http.text(r).strip());
            assertFalse(Http.text(r).contains("StackOverflow"), Http.text(r));
        }
        assertEquals("The query is nested too deeply", BufferedQueryService.oneLine("StackOverflowError", "")
                .substring(0, 30));
        assertEquals("The query cannot be evaluated.", BufferedQueryService.oneLine("NullPointerException", ""));
    }

    @Test
    void oversizedQueryIs413BeforeItIsParsed() {
        String big = "ASK { FILTER(1 IN (" + "\"x\",".repeat(60_000) + "\"y\")) }"; // about 240 KB
        HttpResponse<byte[]> r = Http.post(url + "tocgraph/sparql", "application/sparql-query", big);
        assertEquals(413, r.statusCode(), Http.text(r));
        assertTrue(Http.text(r).contains("at most " + ReadOnlyFilter.MAX_QUERY_BYTES + " bytes"), Http.text(r));
        HttpResponse<byte[]> ok = Http.post(url + "tocgraph/sparql", "application/sparql-query",
                "ASK { FILTER(1 IN (" + "\"x\",".repeat(1_000) + "1)) }", "Accept", "text/csv");
        assertEquals(200, ok.statusCode(), Http.text(ok));
    }

    @Test
    void unknownPathIs404() {
        for (String path : new String[] {"nothing-here", "tocgraph/nothing", "static/nothing.js", "queries/none.rq",
                ".well-known/nothing", "id/mechanism/sco"}) {
            HttpResponse<byte[]> r = Http.get(url + path);
            assertEquals(404, r.statusCode(), path);
            assertShortText(r);
        }
        HttpResponse<byte[]> r = Http.get(url + "nothing-here");
        assertEquals("text/plain", Http.mediaType(r));
        assertEquals("404 Not Found: /nothing-here", Http.text(r).trim());
    }

    @Test
    void exceptionInAServletIsAPlain500() {
        HttpResponse<byte[]> r = Http.get(url + "boom");
        assertEquals(500, r.statusCode());
        assertShortText(r);
        assertFalse(Http.text(r).contains("secret"), Http.text(r));
        assertEquals("*", Http.header(r, "Access-Control-Allow-Origin"));
    }

    /** Requests java.net.http refuses to send, so over a raw socket. */
    @Test
    void badRequestsJettyRejectsAreShortToo() throws IOException {
        for (String target : new String[] {"/tocgraph/sparql?query=%zz", "/%zz", "/download/%C0%AE%C0%AE/etc",
                "//", "/download/..%2f..%2fetc%2fpasswd", "/download/%5c..%5cetc", "/download/../../etc/passwd"}) {
            String response = raw(target);
            int status = Integer.parseInt(response.substring(9, 12));
            assertTrue(status >= 400 && status < 500, target + ": " + response);
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            assertFalse(body.contains("at org."), body);
            assertFalse(body.contains("Exception"), body);
            assertTrue(body.length() < 1000, body);
            assertFalse(body.contains("<html"), target + ": Jetty's own HTML page: " + body);
            assertFalse(body.contains("root:"), body);
        }
    }

    /** Jetty rejects these before any filter runs; the server's error handler adds CORS itself. */
    @Test
    void jettysOwnRejectionsCarryCors() throws IOException {
        for (String target : new String[] {"//id/state/KZ", "/id/mechanism/sco%2F", "/id/%2e%2e/def"}) {
            String response = raw(target);
            assertTrue(response.startsWith("HTTP/1.1 400"), target + ": " + response);
            String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
            assertTrue(head.contains("\r\naccess-control-allow-origin: *\r\n"), target + ": " + head);
            assertFalse(head.contains("access-control-allow-credentials"), head);
        }
    }

    @Test
    void echoedPathsAreCut() {
        String longName = "a".repeat(Responses.MAX_ECHO + 300);
        for (String path : new String[] {"x" + longName, "download/" + longName, "static/" + longName,
                ".well-known/void/" + longName}) {
            HttpResponse<byte[]> r = Http.get(url + path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(Http.text(r).length() < Responses.MAX_ECHO + 60, Http.text(r));
            assertTrue(Http.text(r).contains("a…"), Http.text(r));
        }
        for (String path : new String[] {"id/mechanism/", "queries/", "x"}) {
            HttpResponse<byte[]> r = Http.get(url + path + "a".repeat(100_000));
            assertEquals(414, r.statusCode(), path);
            assertTrue(Http.text(r).length() < 200, Http.text(r));
            assertEquals("*", Http.header(r, "Access-Control-Allow-Origin"));
        }
    }

    private static String raw(String target) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close"
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void portInUseIsAServerException() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var config = TestData.config().with("port", Integer.toString(taken.getLocalPort()));
            ServerException e = assertThrows(ServerException.class,
                    () -> TocgraphServer.start(config, TestData.publication()).close());
            assertTrue(e.getMessage().contains(Integer.toString(taken.getLocalPort())), e.getMessage());
        }
    }

    /** Linux routes all of 127/8 to loopback, so binding 127.0.0.2 shows the host setting is used. */
    @Test
    void bindsOnlyToTheConfiguredHost() throws IOException {
        try (TocgraphServer other = TocgraphServer.start(TestData.config().with("host", "127.0.0.2"),
                TestData.publication())) {
            assertEquals("http://127.0.0.2:" + other.port() + "/", other.url());
            assertEquals(200, Http.get(other.url()).statusCode());
            assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", other.port()).close());
        }
    }
}
