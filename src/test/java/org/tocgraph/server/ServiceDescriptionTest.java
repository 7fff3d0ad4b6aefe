package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;

/** SPARQL 1.1 Service Description on a GET of the endpoint without a query. */
class ServiceDescriptionTest extends ServerTest {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String F = "http://www.w3.org/ns/formats/";

    static Property sd(Model m, String local) {
        return m.createProperty(SD, local);
    }

    @Test
    void turtleByDefault() {
        for (String path : List.of("tocgraph/sparql", "tocgraph/query")) {
            HttpResponse<byte[]> r = Http.get(url + path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("text/turtle", Http.mediaType(r));
            Model m = Http.parse(r.body(), Lang.TURTLE);
            List<Resource> services = m.listResourcesWithProperty(RDF.type, m.createResource(SD + "Service")).toList();
            assertEquals(1, services.size());
            Resource s = services.get(0);
            Set<String> endpoints = m.listObjectsOfProperty(s, sd(m, "endpoint")).toList().stream()
                    .map(n -> n.asResource().getURI()).collect(Collectors.toSet());
            assertTrue(endpoints.contains(TestData.BASE + "tocgraph/sparql"), endpoints.toString());
            assertTrue(s.hasProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query")));
            for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                    "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples")) {
                assertTrue(s.hasProperty(sd(m, "resultFormat"), m.createResource(F + f)), f);
            }
            Resource dataset = s.getPropertyResourceValue(sd(m, "defaultDataset"));
            assertEquals(TestData.IRIS.dataset(), dataset.getURI(), "the dataset of the VoID description");
            Resource dg = dataset.getPropertyResourceValue(sd(m, "defaultGraph"));
            assertEquals(TestData.TRIPLES, dg.getProperty(VOID.triples).getLong());
            assertTrue(s.hasProperty(sd(m, "feature"), m.createResource(SD + "BasicFederatedQuery")));
        }
    }

    @Test
    void otherSyntaxesByAccept() {
        Model turtle = Http.parse(Http.get(url + "tocgraph/sparql").body(), Lang.TURTLE);
        for (Object[] c : new Object[][] {{"application/rdf+xml", Lang.RDFXML}, {"application/ld+json", Lang.JSONLD},
                {"application/n-triples", Lang.NTRIPLES}}) {
            HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql", "Accept", (String) c[0]);
            assertEquals(200, r.statusCode());
            assertEquals(c[0], Http.mediaType(r));
            assertTrue(Http.parse(r.body(), (Lang) c[1]).isIsomorphicWith(turtle), (String) c[0]);
        }
    }

    @Test
    void aQueryIsStillAQuery() {
        HttpResponse<byte[]> r = Http.get(url + "tocgraph/sparql?query=" + Http.enc("ASK {}"),
                "Accept", "application/sparql-results+json");
        assertEquals("application/sparql-results+json", Http.mediaType(r));
        HttpResponse<byte[]> head = Http.head(url + "tocgraph/sparql");
        assertEquals(200, head.statusCode());
        assertEquals("text/turtle", Http.mediaType(head));
    }

    @Test
    void federationFeatureFollowsTheAllowList() {
        try (TocgraphServer closed = TocgraphServer.start(TestData.config(10_000, List.of()), TestData.publication())) {
            Model m = Http.parse(Http.get(closed.url() + "tocgraph/sparql").body(), Lang.TURTLE);
            assertTrue(m.listResourcesWithProperty(sd(m, "feature")).toList().isEmpty());
        }
    }

    @Test
    void browsersGetAPage() {
        for (String path : List.of("tocgraph/sparql", "tocgraph/query")) {
            HttpResponse<byte[]> r = Http.get(url + path, "Accept", DatasetDescriptionTest.BROWSER);
            assertEquals(200, r.statusCode(), path);
            assertEquals("text/html", Http.mediaType(r));
            assertEquals(Html.CSP, Http.header(r, "Content-Security-Policy"), "the page's policy, not the endpoint's");
            String html = Http.text(r);
            assertTrue(html.contains("<h2>tocgraph SPARQL 1.1 query service</h2>"), html);
            assertTrue(html.contains("<code>sd:SPARQL11Query</code>"), html);
            assertTrue(html.contains("href=\"../static/tocgraph.css\""), "styled by the site's stylesheet");
        }
        assertEquals("text/turtle", Http.mediaType(Http.get(url + "tocgraph/sparql", "Accept", "*/*")));
        HttpResponse<byte[]> query = Http.get(url + "tocgraph/sparql?query=" + Http.enc("ASK {}"), "Accept",
                DatasetDescriptionTest.BROWSER);
        assertEquals(200, query.statusCode());
        assertNotEquals("text/html", Http.mediaType(query), "a query is still answered with results");
    }
}
