package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocgraph.server.ld.LinkedDataServlet;

/** Content negotiation on an entity IRI over HTTP, with the linked-data servlet mounted as serve does it. */
class EntityNegotiationTest {
    static TocgraphServer server;

    @BeforeAll
    static void start() {
        LinkedDataServlet ld = new LinkedDataServlet(TestData.data(), TestData.ontology(), TestData.BASE);
        server = TocgraphServer.start(TestData.config(), TestData.publication(), Map.of("/id/*", ld, "/def/*", ld));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Turtle's alias application/x-turtle used to win the wildcard by server order. */
    @Test
    void applicationWildcardGetsJsonLd() {
        HttpResponse<byte[]> r = Http.get(server.url() + "id/mechanism/sco", "Accept", "application/*");
        assertEquals(200, r.statusCode());
        assertEquals("application/ld+json", Http.mediaType(r));
        assertEquals("text/turtle", Http.mediaType(Http.get(server.url() + "id/mechanism/sco", "Accept", "*/*")));
    }
}
