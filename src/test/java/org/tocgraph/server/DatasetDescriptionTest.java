package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocgraph.rdf.TG;

/** {@code /.well-known/void}: VoID and DCAT 3, with numbers checked against the data and the files. */
class DatasetDescriptionTest {
    static TocgraphServer server;
    static String url;
    static Model description;
    static Resource ds;

    static final String BASE = TestData.BASE;
    static final String SPDX = "http://spdx.org/rdf/terms#";

    @BeforeAll
    static void start() {
        server = TocgraphServer.start(TestData.config(), TestData.publication());
        url = server.url();
        HttpResponse<byte[]> r = Http.get(url + ".well-known/void");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle", Http.mediaType(r), "Turtle by default");
        description = Http.parse(r.body(), Lang.TURTLE);
        ds = description.createResource(TestData.IRIS.dataset());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static RDFNode one(Resource s, Property p) {
        List<RDFNode> values = description.listObjectsOfProperty(s, p).toList();
        assertEquals(1, values.size(), s + " " + p + ": " + values);
        return values.get(0);
    }

    static Set<String> iris(Resource s, Property p) {
        return description.listObjectsOfProperty(s, p).toList().stream().map(n -> n.asResource().getURI())
                .collect(Collectors.toSet());
    }

    /** Negotiated as the entity pages are: media types ignore case, and q=0 means "not this". */
    @Test
    void htmlIsChosenOnlyWhenAccepted() {
        assertEquals("text/html", Http.get(url + ".well-known/void", "Accept", "TEXT/HTML").headers()
                .firstValue("Content-Type").orElse("").split(";")[0]);
        HttpResponse<byte[]> refused = Http.get(url + ".well-known/void", "Accept", "text/html;q=0, */*;q=0.1");
        assertEquals("text/turtle", refused.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(406, Http.get(url + ".well-known/void", "Accept", "text/html;q=0").statusCode());
    }

    @Test
    void otherSyntaxesByAcceptDescribeTheSameGraph() {
        for (Object[] c : new Object[][] {{"application/ld+json", Lang.JSONLD}, {"application/n-triples", Lang.NTRIPLES},
                {"application/rdf+xml", Lang.RDFXML}}) {
            HttpResponse<byte[]> r = Http.get(url + ".well-known/void", "Accept", (String) c[0]);
            assertEquals(200, r.statusCode());
            assertEquals(c[0], Http.mediaType(r));
            assertTrue(Http.parse(r.body(), (Lang) c[1]).isIsomorphicWith(description), (String) c[0]);
            assertTrue(Http.header(r, "Vary").contains("Accept"));
        }
        assertEquals(406, Http.get(url + ".well-known/void", "Accept", "image/png").statusCode());
    }

    @Test
    void identityLicenceAndVersion() {
        assertTrue(ds.hasProperty(RDF.type, VOID.Dataset));
        assertTrue(ds.hasProperty(RDF.type, DCAT.Dataset));
        assertNotNull(ds.getProperty(DCTerms.title));
        assertTrue(ds.getProperty(DCTerms.description).getString().contains("transnational organized crime"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", one(ds, DCTerms.license).asResource().getURI());
        assertEquals(TestData.VERSION, one(ds, OWL.versionInfo).asLiteral().getString());
        assertEquals(TestData.VERSION, one(ds, description.createProperty(DCAT.NS, "version")).asLiteral().getString());
        Literal modified = one(ds, DCTerms.modified).asLiteral();
        assertEquals("2025-11-03T10:15:30Z", modified.getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#dateTime", modified.getDatatypeURI());
        assertNotNull(ds.getProperty(DCTerms.issued));
    }

    @Test
    void attributionToTheSourceDocument() {
        String doc = TestData.IRIS.sourceDocument();
        assertEquals(doc, one(ds, DCTerms.source).asResource().getURI());
        assertEquals(doc, one(ds, description.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"))
                .asResource().getURI());
        Resource d = description.createResource(doc);
        assertTrue(d.hasProperty(RDF.type, TG.SourceDocument));
        assertEquals(TestData.SOURCE_TITLE, d.getProperty(DCTerms.title).getString());
    }

    /** The tocgraph project publishes and made the dataset; its IRI is a fragment of the dataset's. */
    @Test
    void publisherAndCreatorAreTheProject() {
        Resource publisher = one(ds, DCTerms.publisher).asResource();
        assertEquals(publisher, one(ds, DCTerms.creator).asResource());
        assertEquals(TestData.IRIS.dataset() + "#publisher", publisher.getURI());
        assertTrue(publisher.hasProperty(RDF.type, FOAF.Organization));
        assertTrue(publisher.hasProperty(RDF.type, FOAF.Agent));
        assertEquals("The tocgraph project", one(publisher, FOAF.name).asLiteral().getString());
        assertEquals(BASE, one(publisher, FOAF.homepage).asResource().getURI());
    }

    @Test
    void attributionsAreInTheRights() {
        String rights = one(ds, DCTerms.rights).asLiteral().getString();
        for (String a : DatasetDescription.ATTRIBUTIONS) {
            assertTrue(rights.contains(a), a);
        }
    }

    @Test
    void statisticsComeFromTheData() {
        assertEquals(TestData.TRIPLES, one(ds, VOID.triples).asLiteral().getLong());
        assertEquals(TestData.IRIS.dataRoot(), one(ds, VOID.uriSpace).asLiteral().getString());
        Set<String> vocabularies = iris(ds, VOID.vocabulary);
        assertTrue(vocabularies.containsAll(Set.of(TG.NS, "http://www.w3.org/ns/org#", OWL.NS, RDFS.uri)),
                vocabularies.toString());
        Set<String> examples = iris(ds, VOID.exampleResource);
        assertEquals(Set.of(TestData.IRIS.mechanism("cnd"), TestData.IRIS.mechanism("fatf"),
                TestData.IRIS.mechanism("sco")), examples);
        long mechanisms = description.listObjectsOfProperty(ds, VOID.classPartition).toList().stream()
                .map(RDFNode::asResource).filter(p -> p.hasProperty(VOID._class, TG.Mechanism))
                .mapToLong(p -> p.getProperty(VOID.entities).getLong()).sum();
        assertEquals(3, mechanisms);
    }

    @Test
    void endpointsUseThePublicBase() {
        assertEquals(BASE + "tocgraph/sparql", one(ds, VOID.sparqlEndpoint).asResource().getURI());
        assertEquals(BASE + "download/tocgraph-" + TestData.VERSION + ".ttl",
                one(ds, VOID.dataDump).asResource().getURI());
    }

    @Test
    void distributionsMatchTheServedFiles() throws Exception {
        List<Resource> dists = description.listObjectsOfProperty(ds, DCAT.distribution).toList().stream()
                .map(RDFNode::asResource).filter(d -> d.hasProperty(DCAT.downloadURL)).toList();
        assertEquals(10, dists.size(), "five syntaxes, plain and gzipped");
        Set<String> mediaTypes = dists.stream().map(d -> d.getPropertyResourceValue(DCAT.mediaType).getURI())
                .collect(Collectors.toSet());
        assertEquals(Set.of("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml",
                "application/trig").stream().map(t -> "https://www.iana.org/assignments/media-types/" + t)
                .collect(Collectors.toSet()), mediaTypes);
        for (Resource d : dists) {
            String download = d.getPropertyResourceValue(DCAT.downloadURL).getURI();
            assertTrue(download.startsWith(BASE + "download/tocgraph-" + TestData.VERSION + "."), download);
            HttpResponse<byte[]> file = Http.get(url + download.substring(BASE.length()));
            assertEquals(200, file.statusCode(), download);
            if (download.contains(".trig")) {
                // The TriG dump holds this description, which therefore cannot state its checksum.
                assertFalse(d.hasProperty(DCAT.byteSize), download);
                assertTrue(d.getProperty(DCTerms.description).getString().contains("SHA256SUMS"), download);
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()));
                assertTrue(Http.text(Http.get(url + "download/SHA256SUMS")).contains(sha + "  "
                        + download.substring(download.lastIndexOf('/') + 1) + "\n"), download);
                continue;
            }
            assertEquals(file.body().length, d.getProperty(DCAT.byteSize).getLong(), download);
            Resource checksum = d.getPropertyResourceValue(description.createProperty(SPDX, "checksum"));
            assertEquals(SPDX + "checksumAlgorithm_sha256",
                    checksum.getPropertyResourceValue(description.createProperty(SPDX, "algorithm")).getURI());
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()));
            assertEquals(sha, checksum.getProperty(description.createProperty(SPDX, "checksumValue")).getString(),
                    download);
            assertEquals(download.endsWith(".gz"), d.hasProperty(DCAT.compressFormat), download);
        }
    }

    @Test
    void oneLinksetPerTargetWithCountedLinks() {
        List<Resource> linksets = description.listObjectsOfProperty(ds, VOID.subset).toList().stream()
                .map(RDFNode::asResource).filter(r -> r.hasProperty(RDF.type, VOID.Linkset)).toList();
        assertEquals(2, linksets.size());
        for (Resource ls : linksets) {
            Resource predicate = ls.getPropertyResourceValue(VOID.linkPredicate);
            Set<String> targets = iris(ls, VOID.target);
            assertTrue(targets.contains(TestData.IRIS.dataset()), targets.toString());
            long n = ls.getProperty(VOID.triples).getLong();
            if (predicate.equals(OWL.sameAs)) {
                assertTrue(targets.contains("https://www.wikidata.org/"), targets.toString());
                assertEquals(TestData.WIKIDATA_LINKS, n);
            } else {
                assertEquals(RDFS.seeAlso, predicate);
                assertTrue(targets.contains("https://www.geonames.org/"), targets.toString());
                assertEquals(TestData.GEONAMES_LINKS, n);
            }
        }
    }

    @Test
    void frontPageLinksToIt() {
        String html = Http.text(Http.get(url));
        assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\".well-known/void\""), html);
        assertTrue(html.contains("<a href=\".well-known/void\">"));
    }

    @Test
    void descriptionIsAlsoANamedGraphInTheEndpoint() {
        long n = Http.count(url, "SELECT (COUNT(*) AS ?n) { GRAPH <" + TestData.IRIS.dataset() + "> { ?s ?p ?o } }");
        assertEquals(description.size(), n);
    }

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    /** Browsers used to get 406; they get the same triples as a page, while other clients still get RDF. */
    @Test
    void browsersGetAPage() {
        for (String[] c : new String[][] {{"", BROWSER}, {"", "text/html"}, {"?format=html", "*/*"}}) {
            HttpResponse<byte[]> r = Http.get(url + ".well-known/void" + c[0], "Accept", c[1]);
            assertEquals(200, r.statusCode(), c[1]);
            assertEquals("text/html", Http.mediaType(r), c[1]);
            assertEquals(Html.CSP, Http.header(r, "Content-Security-Policy"));
            assertTrue(Http.header(r, "Vary").contains("Accept"));
            String html = Http.text(r);
            assertTrue(html.contains("<h2 id=\"r1\">" + DatasetDescription.TITLE + "</h2>"), "dataset first");
            assertTrue(html.contains("<a href=\"https://creativecommons.org/licenses/by/4.0/\">"), "licence linked");
            assertTrue(html.contains("href=\"../download/tocgraph-" + TestData.VERSION + ".ttl\""), "dumps linked here");
            assertTrue(html.contains("href=\"void?format=ttl\""), "links to the RDF");
            assertTrue(html.contains(description.getProperty(ds, DCTerms.rights).getString().substring(0, 40)));
        }
        for (String accept : new String[] {"*/*", "text/*", "text/turtle, text/html;q=0.5"}) {
            assertEquals("text/turtle", Http.mediaType(Http.get(url + ".well-known/void", "Accept", accept)), accept);
        }
        assertEquals("application/ld+json",
                Http.mediaType(Http.get(url + ".well-known/void", "Accept", "application/*")));
    }
}
