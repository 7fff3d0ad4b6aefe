package org.tocgraph.server;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.tocgraph.config.Config;
import org.tocgraph.rdf.Iris;
import org.tocgraph.rdf.TG;

/** A small graph in the tocgraph model, built by hand so the tests do not depend on the converter. */
final class TestData {
    private TestData() {
    }

    static final String BASE = Iris.DEFAULT_BASE;
    static final Iris IRIS = new Iris(BASE);
    static final String VERSION = "0.1.0-test";
    static final Instant MODIFIED = Instant.parse("2025-11-03T10:15:30Z");
    static final String WD = "http://www.wikidata.org/entity/";
    static final String SOURCE_TITLE = "Coordination mechanisms relevant to transnational organized crime";

    /** Triples added below, counted by hand: keep in step with {@link #data()}. */
    static final int TRIPLES = 37;
    static final int WIKIDATA_LINKS = 3;
    static final int GEONAMES_LINKS = 2;

    static Model data() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("tg", TG.NS).setNsPrefix("rdfs", RDFS.uri).setNsPrefix("owl", OWL.NS)
                .setNsPrefix("org", ORG.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("dcterms", DCTerms.NS);
        // 3 mechanisms x 3 triples = 9
        mechanism(m, "sco", "Shanghai Cooperation Organisation", "SCO");
        mechanism(m, "fatf", "Financial Action Task Force", "FATF");
        mechanism(m, "cnd", "Commission on Narcotic Drugs", "CND");
        // 2 states x 5 triples = 10
        state(m, "KZ", "Kazakhstan", "Q232", "1522867");
        state(m, "MN", "Mongolia", "Q711", "2029969");
        // organization: 4
        m.createResource(IRIS.organization("unodc"))
                .addProperty(RDF.type, TG.Organization)
                .addProperty(RDFS.label, m.createLiteral("United Nations Office on Drugs and Crime", "en"))
                .addProperty(TG.acronym, "UNODC")
                .addProperty(OWL.sameAs, m.createResource(WD + "Q1068473"));
        // membership: 5
        m.createResource(IRIS.membership("sco", "state/KZ", "member", false))
                .addProperty(RDF.type, TG.Membership)
                .addProperty(ORG.organization, m.createResource(IRIS.mechanism("sco")))
                .addProperty(ORG.member, m.createResource(IRIS.state("KZ")))
                .addProperty(ORG.role, TG.role("member"))
                .addProperty(TG.basis, TG.stated);
        // second membership: 5
        m.createResource(IRIS.membership("sco", "state/MN", "observer", false))
                .addProperty(RDF.type, TG.Membership)
                .addProperty(ORG.organization, m.createResource(IRIS.mechanism("sco")))
                .addProperty(ORG.member, m.createResource(IRIS.state("MN")))
                .addProperty(ORG.role, TG.role("observer"))
                .addProperty(TG.basis, TG.stated);
        // source document: 4
        m.createResource(IRIS.sourceDocument())
                .addProperty(RDF.type, TG.SourceDocument)
                .addProperty(DCTerms.title, m.createLiteral(SOURCE_TITLE, "en"))
                .addProperty(DCTerms.issued, m.createTypedLiteral("2025-10", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth))
                .addProperty(DCTerms.creator, "UN CEB/HLCP");
        return m;
    }

    private static void mechanism(Model m, String slug, String label, String acronym) {
        m.createResource(IRIS.mechanism(slug))
                .addProperty(RDF.type, TG.Mechanism)
                .addProperty(RDFS.label, m.createLiteral(label, "en"))
                .addProperty(TG.acronym, acronym);
    }

    private static void state(Model m, String iso2, String label, String qid, String geonames) {
        m.createResource(IRIS.state(iso2))
                .addProperty(RDF.type, TG.State)
                .addProperty(RDFS.label, m.createLiteral(label, "en"))
                .addProperty(TG.iso2, iso2)
                .addProperty(OWL.sameAs, m.createResource(WD + qid))
                .addProperty(RDFS.seeAlso, m.createResource("https://sws.geonames.org/" + geonames + "/"));
    }

    static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("tg", TG.NS).setNsPrefix("owl", OWL.NS).setNsPrefix("rdfs", RDFS.uri);
        Resource ont = m.createResource(TG.ONTOLOGY).addProperty(RDF.type, OWL.Ontology);
        ont.addProperty(RDFS.label, m.createLiteral("tocgraph ontology", "en"));
        m.add(TG.Mechanism, RDF.type, OWL.Class);
        m.add(TG.Mechanism, RDFS.label, m.createLiteral("Mechanism", "en"));
        return m;
    }

    static final Map<String, String> QUERIES = Map.of(
            "mechanisms.rq", "PREFIX tg: <https://w3id.org/tocgraph/def#>\nSELECT ?m WHERE { ?m a tg:Mechanism }\n",
            "states.rq", "PREFIX tg: <https://w3id.org/tocgraph/def#>\nSELECT ?s WHERE { ?s a tg:State }\n");

    static final String REPORT_HTML = "<!DOCTYPE html><html><head><title>Report</title></head>"
            + "<body><h1>Data-quality report</h1><p>2 unresolved names.</p></body></html>";
    static final String REPORT_MD = "# Data-quality report\n\n2 unresolved names.\n";

    static Publication publication() {
        return new Publication(data(), ontology(), VERSION, MODIFIED, REPORT_HTML, REPORT_MD, QUERIES);
    }

    /** Loopback, any free port. */
    static Config config() {
        return Config.defaults().with("port", "0");
    }

    static Config config(long timeoutMs, List<String> serviceAllow) {
        return config().with("query.timeout.ms", Long.toString(timeoutMs))
                .with("service.allow", String.join(",", serviceAllow));
    }
}
