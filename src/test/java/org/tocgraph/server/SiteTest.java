package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocgraph.config.Config;
import org.tocgraph.pipeline.Pipeline;
import org.tocgraph.rdf.TG;
import org.tocgraph.report.QualityReport;
import org.tocgraph.server.ld.LinkedDataServlet;

/**
 * The whole site as {@code serve} builds it from the committed document: the provenance links of the
 * pages land on the numbered source text, and the pages read as a researcher needs them to.
 */
class SiteTest {
    static TocgraphServer server;
    static String url;
    static Model data;
    static Set<String> sourceAnchors;

    @BeforeAll
    static void start() throws IOException {
        Config config = Config.defaults().with("port", "0");
        Pipeline pipeline = Pipeline.run(config);
        data = pipeline.model();
        Model ontology = RDFDataMgr.loadModel(config.ontologyDir().resolve("tocgraph.ttl").toString());
        QualityReport report = new QualityReport(pipeline.result());
        Publication pub = new Publication(data, ontology, "0.1.0", Instant.parse("2025-11-01T00:00:00Z"),
                report.html(), report.markdown(), Map.of());
        LinkedDataServlet ld = new LinkedDataServlet(data, ontology, config.base());
        server = TocgraphServer.start(config, pub, Map.of("/id/*", ld, "/def/*", ld));
        url = server.url();
        sourceAnchors = ids(page("source"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String page(String path) {
        var r = Http.get(url + path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path);
        return Http.text(r);
    }

    static Set<String> ids(String html) {
        return groups(html, " id=\"([^\"]+)\"");
    }

    /** The fragments of the page's links to the source text ({@code source#L48}). */
    static Set<String> sourceLinks(String html) {
        return groups(html, "href=\"(?:\\.\\./)*source#([^\"]+)\"");
    }

    private static Set<String> groups(String html, String regex) {
        Set<String> found = new HashSet<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void sourceTextIsTheConfiguredDocumentWithAnAnchorForEveryLineTheGraphCites() throws IOException {
        byte[] file = Files.readAllBytes(Config.DEFAULT_INPUT);
        assertEquals(new String(file, java.nio.charset.StandardCharsets.UTF_8), Http.text(Http.get(url + "source.txt")));
        data.listObjectsOfProperty(TG.sourceLine).forEach(n -> assertTrue(
                sourceAnchors.contains("L" + n.asLiteral().getInt()), "anchor for line " + n));
        for (Resource e : data.listResourcesWithProperty(RDF.type, TG.Entry).toList()) {
            int first = e.getProperty(TG.firstLine).getInt();
            int last = e.getProperty(TG.lastLine).getInt();
            String anchor = first == last ? "L" + first : "L" + first + "-L" + last;
            assertTrue(sourceAnchors.contains(anchor), "anchor for row " + anchor);
        }
        String source = page("source");
        assertTrue(source.contains("<a href=\"id/entry/L48\">row L48</a><br><a href=\"id/mechanism/sco\">"), source);
    }

    @Test
    void sourceDocumentPageLeadsToTheTextAndItsRows() {
        String doc = page("id/source/document");
        assertTrue(doc.contains("<a href=\"../../source\">numbered, with an anchor for every line</a>"), doc);
        assertTrue(doc.contains("<a href=\"../../source.txt\">plain text</a>"));
        assertTrue(doc.contains(">L48</a></td><td><a href=\"../../id/mechanism/sco\""), doc);
        assertTrue(doc.contains("<dt>File</dt><dd>" + Config.DEFAULT_INPUT.getFileName() + "</dd>"), doc);
    }

    @Test
    void frontPageIndexesEveryStateOrganizationAndGroup() {
        String front = page("");
        for (Resource kind : List.of(TG.State, TG.Organization, TG.Group, TG.Mechanism)) {
            for (Resource r : data.listResourcesWithProperty(RDF.type, kind).toList()) {
                String path = r.getURI().substring(Config.defaults().base().length());
                assertTrue(front.contains("<li><a href=\"" + path + "\">"), "front page lists " + path);
            }
        }
        // Kazakhstan's page lists six mechanisms, and so does the index.
        assertTrue(front.contains("<a href=\"id/state/KZ\">Kazakhstan</a> <span class=\"count\" title=\"6 mechanisms\">"),
                front);
        assertTrue(front.contains("<a href=\"id/group/asean-member-states\">ASEAN Member States</a>"));
    }

    @Test
    void provenanceLinksOfReportAndPagesLandOnTheSourceText() {
        for (String path : List.of("report", "id/mechanism/sco", "id/mechanism/fatf", "id/entry/L48",
                "id/membership/sco/state/MN/observer", "id/membership/sea-pac/state/SG/member/inferred")) {
            Set<String> links = sourceLinks(page(path));
            assertTrue(!links.isEmpty(), path + " links to the source text");
            for (String fragment : links) {
                assertTrue(sourceAnchors.contains(fragment), path + ": source#" + fragment + " has no anchor");
            }
        }
        assertTrue(page("report").contains("<a href=\"source#L65\">65</a>"));
        assertTrue(page("id/entry/L48").contains("source#L48\" title=\"In the source text\">line 48 of the source text"));
    }
}
