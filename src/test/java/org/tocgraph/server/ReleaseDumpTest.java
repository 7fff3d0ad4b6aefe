package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.tocgraph.config.Config;
import org.tocgraph.pipeline.Pipeline;

/** The served Turtle dump of the real graph is the committed release file, byte for byte. */
class ReleaseDumpTest {

    @Test
    void turtleDumpIsTheReleaseFile() throws Exception {
        Pipeline p = Pipeline.run(Config.defaults());
        Publication pub = new Publication(p.model(), RDFDataMgr.loadModel("ontology/tocgraph.ttl"), "0.1.0",
                Instant.parse("2025-10-01T00:00:00Z"), "", "", Map.of());
        byte[] release = Files.readAllBytes(Path.of("data/release/tocgraph.ttl"));
        try (TocgraphServer server = TocgraphServer.start(Config.defaults().with("port", "0"), pub)) {
            HttpResponse<byte[]> r = Http.get(server.url() + "download/tocgraph-0.1.0.ttl");
            assertEquals(200, r.statusCode());
            assertArrayEquals(release, r.body(), "served dump differs from data/release/tocgraph.ttl");
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(release));
            assertEquals(sha + "  tocgraph-0.1.0.ttl\n",
                    Http.text(Http.get(server.url() + "download/tocgraph-0.1.0.ttl.sha256")));
        }
    }
}
