package org.tocgraph.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A server on a free port, started once per test class over the small {@link TestData} graph and
 * reached over real HTTP at {@link #url}.
 */
abstract class ServerTest {
    static TocgraphServer server;
    static String url;

    @BeforeAll
    static void start() {
        server = TocgraphServer.start(TestData.config(), TestData.publication());
        url = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
