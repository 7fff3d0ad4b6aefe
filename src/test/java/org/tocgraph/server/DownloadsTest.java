package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocgraph.rdf.TG;
import org.tocgraph.rdf.TurtleOutput;

class DownloadsTest {
    static TocgraphServer server;
    static String url;
    static final String V = TestData.VERSION;

    /** Extension, media type, parser. */
    static final List<Object[]> FORMATS = List.of(
            new Object[] {"ttl", "text/turtle", Lang.TURTLE},
            new Object[] {"nt", "application/n-triples", Lang.NTRIPLES},
            new Object[] {"jsonld", "application/ld+json", Lang.JSONLD},
            new Object[] {"rdf", "application/rdf+xml", Lang.RDFXML},
            new Object[] {"trig", "application/trig", Lang.TRIG});

    @BeforeAll
    static void start() {
        server = TocgraphServer.start(TestData.config(), TestData.publication());
        url = server.url() + "download/";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static byte[] gunzip(byte[] b) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            return in.readAllBytes();
        }
    }

    /** TriG's default graph counts: it is where the data is. */
    @Test
    void everyFormatParsesToTheSameGraph() throws Exception {
        Model expected = TestData.data();
        for (Object[] f : FORMATS) {
            String name = "tocgraph-" + V + "." + f[0];
            HttpResponse<byte[]> r = Http.get(url + name);
            assertEquals(200, r.statusCode(), name);
            assertEquals(f[1], Http.mediaType(r), name);
            Model m = f[2] == Lang.TRIG ? dataset(r.body()).getDefaultModel() : Http.parse(r.body(), (Lang) f[2]);
            assertEquals(TestData.TRIPLES, m.size(), name);
            assertTrue(m.isIsomorphicWith(expected), name + " is isomorphic to the data");

            HttpResponse<byte[]> gz = Http.get(url + name + ".gz");
            assertEquals(200, gz.statusCode());
            assertEquals("application/gzip", Http.mediaType(gz));
            assertEquals(null, Http.header(gz, "Content-Encoding"), "bytes as stored, not transfer-decoded");
            assertArrayEquals(r.body(), gunzip(gz.body()), name + ".gz holds the same bytes");
        }
    }

    static Dataset dataset(byte[] trig) {
        Dataset d = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(trig)).lang(Lang.TRIG).parse(d);
        return d;
    }

    /** The endpoint's dataset: the ontology and the dataset description as named graphs, named as there. */
    @Test
    void trigHoldsTheNamedGraphsOfTheEndpoint() {
        Dataset d = dataset(Http.get(url + "tocgraph-" + V + ".trig").body());
        assertEquals(List.of(TG.ONTOLOGY, TestData.IRIS.dataset()), Iter.toList(d.listNames()).stream().sorted().toList());
        assertTrue(d.getNamedModel(TG.ONTOLOGY).isIsomorphicWith(TestData.ontology()), "the ontology");
        Model description = Http.parse(Http.get(server.url() + ".well-known/void").body(), Lang.TURTLE);
        assertTrue(d.getNamedModel(TestData.IRIS.dataset()).isIsomorphicWith(description), "the served description");
        for (String graph : List.of(TG.ONTOLOGY, TestData.IRIS.dataset())) {
            assertEquals(d.getNamedModel(graph).size(), Http.count(server.url(),
                    "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }"), graph);
        }
    }

    /** The converter's canonical Turtle, so a dump can be checked against data/release/tocgraph.ttl. */
    @Test
    void turtleIsTheConvertersTurtle() {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        TurtleOutput.write(TestData.data(), expected);
        assertArrayEquals(expected.toByteArray(), Http.get(url + "tocgraph-" + V + ".ttl").body());
    }

    @Test
    void checksumFilesMatchTheBytes() throws Exception {
        StringBuilder sums = new StringBuilder();
        for (Object[] f : FORMATS) {
            for (String name : List.of("tocgraph-" + V + "." + f[0], "tocgraph-" + V + "." + f[0] + ".gz")) {
                byte[] bytes = Http.get(url + name).body();
                HttpResponse<byte[]> sum = Http.get(url + name + ".sha256");
                assertEquals(200, sum.statusCode());
                assertEquals("text/plain", Http.mediaType(sum));
                String line = sha256(bytes) + "  " + name + "\n";
                assertEquals(line, Http.text(sum), name);
                sums.append(line);
            }
        }
        assertEquals(sums.toString(), Http.text(Http.get(url + "SHA256SUMS")));
    }

    @Test
    void aliasesServeTheSameBytes() {
        for (Object[] f : FORMATS) {
            for (String suffix : List.of("", ".gz", ".sha256", ".gz.sha256")) {
                String versioned = "tocgraph-" + V + "." + f[0] + suffix;
                String alias = "tocgraph." + f[0] + suffix;
                HttpResponse<byte[]> a = Http.get(url + alias);
                HttpResponse<byte[]> b = Http.get(url + versioned);
                assertEquals(200, a.statusCode(), alias);
                assertArrayEquals(b.body(), a.body(), alias);
                assertEquals(Http.header(b, "ETag"), Http.header(a, "ETag"), alias);
                assertEquals("attachment; filename=\"" + versioned + "\"", Http.header(a, "Content-Disposition"));
            }
        }
    }

    @Test
    void headersForCaching() throws Exception {
        String name = "tocgraph-" + V + ".ttl";
        HttpResponse<byte[]> r = Http.get(url + name);
        assertEquals("\"" + sha256(r.body()) + "\"", Http.header(r, "ETag"));
        assertEquals("Mon, 03 Nov 2025 10:15:30 GMT", Http.header(r, "Last-Modified"));
        assertEquals("attachment; filename=\"" + name + "\"", Http.header(r, "Content-Disposition"));
        assertEquals(Integer.toString(r.body().length), Http.header(r, "Content-Length"));
        assertEquals("text/turtle", Http.mediaType(r));
        assertTrue(Http.header(r, "Content-Type").toLowerCase().contains("charset=utf-8"));
    }

    @Test
    void conditionalGetAndHead() throws Exception {
        String name = "tocgraph-" + V + ".nt";
        HttpResponse<byte[]> r = Http.get(url + name);
        String etag = Http.header(r, "ETag");

        HttpResponse<byte[]> notModified = Http.get(url + name, "If-None-Match", etag);
        assertEquals(304, notModified.statusCode());
        assertEquals(0, notModified.body().length);
        assertEquals(etag, Http.header(notModified, "ETag"));
        assertEquals(304, Http.get(url + name, "If-None-Match", "\"other\", W/" + etag).statusCode());
        assertEquals(200, Http.get(url + name, "If-None-Match", "\"other\"").statusCode());

        String lastModified = Http.header(r, "Last-Modified");
        assertEquals(304, Http.get(url + name, "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, Http.get(url + name, "If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT").statusCode());

        HttpResponse<byte[]> head = Http.head(url + name);
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(Integer.toString(r.body().length), Http.header(head, "Content-Length"));
        assertEquals(etag, Http.header(head, "ETag"));
    }

    @Test
    void indexListsEveryFile() {
        HttpResponse<byte[]> r = Http.get(url);
        assertEquals(200, r.statusCode());
        assertEquals("text/html", Http.mediaType(r));
        String html = Http.text(r);
        for (Object[] f : FORMATS) {
            for (String suffix : List.of("", ".gz", ".sha256", ".gz.sha256")) {
                assertTrue(html.contains("href=\"tocgraph-" + V + "." + f[0] + suffix + "\""), f[0] + suffix);
            }
            assertTrue(html.contains("href=\"tocgraph." + f[0] + "\""), "alias " + f[0]);
        }
        HttpResponse<byte[]> redirect = Http.get(server.url() + "download");
        assertEquals(302, redirect.statusCode());
        assertNotNull(Http.header(redirect, "Location"));
        assertTrue(Http.header(redirect, "Location").endsWith("/download/"));
    }

    /** The attributions the licences ask for, on the page people download from. */
    @Test
    void indexCarriesTheLicenceAndAttributions() {
        String html = Http.text(Http.get(url));
        assertTrue(html.contains("<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>"), html);
        for (String source : List.of("UN System Chief Executives Board for Coordination", "GeoNames",
                "datasets/country-codes (ODC-PDDL-1.0)", "Wikidata (CC0)", "confirmordeny/supraverden (CC BY-SA 4.0)",
                "UN EOSG", "Unicode CLDR", "World Bank")) {
            assertTrue(html.contains(source), source);
        }
        assertTrue(html.contains("<a href=\"https://www.geonames.org/\">https://www.geonames.org/</a>"), html);
        for (String a : DatasetDescription.ATTRIBUTIONS) {
            assertTrue(html.contains(Html.esc(a).substring(0, 30)), a);
        }
    }

    @Test
    void unknownFileIs404() {
        assertEquals(404, Http.get(url + "tocgraph-9.9.9.ttl").statusCode());
        assertEquals(404, Http.get(url + "../pom.xml").statusCode());
    }
}
