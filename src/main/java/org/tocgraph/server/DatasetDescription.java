package org.tocgraph.server;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.tocgraph.rdf.Iris;
import org.tocgraph.rdf.TG;

/**
 * The VoID and DCAT 3 description of the dataset, served at {@code /.well-known/void}.
 *
 * <p>Every URL of an endpoint or a download in it is the public base ({@code Config.base()}) followed by
 * the server path, e.g. {@code https://w3id.org/tocgraph/tocgraph/sparql}: the deployment is expected to
 * serve this server's root at the public base (a w3id.org redirect or a reverse proxy), which is also what
 * makes the data IRIs under {@code {base}id/} dereference here.
 *
 * <p>Every dump in {@code downloads} is described with its size and checksum; the TriG dumps, which are
 * built afterwards and contain this description, are described without them.
 */
final class DatasetDescription {
    /** The attributions the published graph must carry (see data/reference/README.md), one sentence each. */
    static final List<String> ATTRIBUTIONS = List.of(
            "Source: UN System Chief Executives Board for Coordination, High-Level Committee on Programmes, List of"
                    + " Coordination Mechanisms Relevant to Transnational Organized Crime (working document,"
                    + " October 2025).",
            "Contains information from GeoNames (https://www.geonames.org/), licensed under CC BY.",
            "Country codes, UN M49 codes and names via datasets/country-codes (ODC-PDDL-1.0) from the UN Statistics"
                    + " Division and UNTERM.",
            "Identifiers from Wikidata (CC0).",
            "Organization names partly from confirmordeny/supraverden (CC BY-SA 4.0) and the UN EOSG UN system"
                    + " entity list.");
    static final String ATTRIBUTION = "CC BY 4.0. " + String.join(" ", ATTRIBUTIONS);
    /** Sources of name variants that only help matching; nothing of them is in the graph. */
    static final String MATCHING_ONLY = "Name variants used for matching, not published in the graph, come from"
            + " Unicode CLDR (Unicode License v3) and the World Bank World Development Indicators (CC BY 4.0).";
    static final String PUBLISHER_NAME = "The tocgraph project";

    private DatasetDescription() {
    }

    static final String TITLE = "tocgraph: international coordination mechanisms against transnational organized crime";
    static final String DESCRIPTION = "A knowledge graph of the international mechanisms that coordinate action"
            + " against transnational organized crime, converted from the list of coordination mechanisms in a"
            + " working document of the UN System Chief Executives Board for Coordination, High-Level Committee"
            + " on Programmes (CEB/HLCP), October 2025: each mechanism with its members, observers and partners,"
            + " conveners, geographic coverage and meeting frequency, with line-level provenance to the source"
            + " text and links to Wikidata, ISO 3166, UN M49 and GeoNames.";
    static final int EXAMPLES = 3;
    /** Said of the TriG dumps, which hold this description and so cannot hold their own size and checksum. */
    static final String TRIG_NOTE = "The data as the default graph, with the ontology and this description as"
            + " named graphs, as the SPARQL endpoint has them. Its size and checksum are in SHA256SUMS and its"
            + " .sha256 file: a description inside the file cannot state them.";

    static Model build(Iris iris, Summary summary, Downloads downloads, String version, Instant modified) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(PrefixMapping.Standard);
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", Vocab.DCAT).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("prov", Vocab.PROV).setNsPrefix("spdx", Vocab.SPDX).setNsPrefix("foaf", FOAF.NS)
                .setNsPrefix("tg", TG.NS);
        String base = iris.base();
        Literal issued = dateTime(m, modified);

        Resource ds = m.createResource(iris.dataset())
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral(TITLE, "en"))
                .addProperty(DCTerms.description, m.createLiteral(DESCRIPTION, "en"))
                .addProperty(DCTerms.license, m.createResource(Vocab.CC_BY_4))
                .addProperty(DCTerms.language, m.createResource("http://id.loc.gov/vocabulary/iso639-1/en"))
                .addProperty(OWL.versionInfo, version)
                .addProperty(Vocab.dcatVersion, version)
                .addProperty(DCTerms.issued, issued)
                .addProperty(DCTerms.modified, issued)
                .addProperty(DCAT.landingPage, m.createResource(base))
                .addProperty(FOAF.homepage, m.createResource(base))
                .addProperty(DCTerms.conformsTo, m.createResource(TG.ONTOLOGY))
                .addProperty(DCTerms.rights, m.createLiteral(ATTRIBUTION, "en"));
        // A fragment of the dataset IRI: it dereferences (303) to this description, which says who it is.
        Resource project = m.createResource(publisher(iris))
                .addProperty(RDF.type, FOAF.Organization)
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(FOAF.name, m.createLiteral(PUBLISHER_NAME, "en"))
                .addProperty(FOAF.homepage, m.createResource(base));
        ds.addProperty(DCTerms.publisher, project).addProperty(DCTerms.creator, project);
        for (String k : new String[] {"transnational organized crime", "international cooperation",
                "coordination mechanisms", "United Nations"}) {
            ds.addProperty(DCAT.keyword, m.createLiteral(k, "en"));
        }

        summary.sourceDocument().ifPresent(doc -> {
            Resource d = m.createResource(doc.getURI())
                    .addProperty(RDF.type, TG.SourceDocument)
                    .addProperty(RDF.type, FOAF.Document);
            // Repeat what the data says about the document, so the attribution reads on its own.
            for (Statement s : doc.listProperties().toList()) {
                if (s.getPredicate().getNameSpace().equals(DCTerms.NS)) {
                    m.add(d, s.getPredicate(), s.getObject());
                }
            }
            ds.addProperty(DCTerms.source, d).addProperty(Vocab.wasDerivedFrom, d);
        });

        // Statistics, all computed from the data.
        ds.addLiteral(VOID.triples, integer(m, summary.triples()))
                .addLiteral(VOID.distinctSubjects, integer(m, summary.distinctSubjects()))
                .addLiteral(VOID.properties, integer(m, summary.properties()))
                .addLiteral(VOID.classes, integer(m, summary.classCounts().size()))
                .addProperty(VOID.uriSpace, iris.dataRoot());
        summary.vocabularies().forEach(v -> ds.addProperty(VOID.vocabulary, m.createResource(v)));
        summary.classCounts().forEach((cls, n) -> ds.addProperty(VOID.classPartition, m.createResource()
                .addProperty(VOID._class, cls).addLiteral(VOID.entities, integer(m, n.longValue()))));
        summary.mechanisms().stream().limit(EXAMPLES)
                .forEach(l -> ds.addProperty(VOID.exampleResource, m.createResource(l.iri())));

        // Access: the SPARQL service and the dumps.
        String endpoint = base + TocgraphServer.DATASET + "/sparql";
        ds.addProperty(VOID.sparqlEndpoint, m.createResource(endpoint));
        ds.addProperty(VOID.dataDump, m.createResource(base + "download/" + downloads.dump(RdfSyntax.TURTLE, false).name));
        Resource service = m.createResource(iris.dataset() + "#sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, m.createLiteral("tocgraph SPARQL 1.1 query service", "en"))
                .addProperty(DCAT.endpointURL, m.createResource(endpoint))
                .addProperty(Vocab.endpointDescription, m.createResource(endpoint))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"))
                .addProperty(DCAT.servesDataset, ds);
        ds.addProperty(DCAT.distribution, m.createResource(iris.dataset() + "#distribution-sparql")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, m.createLiteral("SPARQL endpoint", "en"))
                .addProperty(DCAT.accessURL, m.createResource(endpoint))
                .addProperty(DCAT.accessService, service)
                .addProperty(DCTerms.license, m.createResource(Vocab.CC_BY_4)));
        for (RdfSyntax syntax : RdfSyntax.values()) {
            for (boolean gzip : new boolean[] {false, true}) {
                String key = syntax.extension + (gzip ? "-gz" : "");
                String name = Downloads.fileName(version, syntax, gzip);
                Resource dist = m.createResource(iris.dataset() + "#distribution-" + key)
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCTerms.title, m.createLiteral(syntax.label + " dump"
                                + (gzip ? ", gzip-compressed" : ""), "en"))
                        .addProperty(DCAT.mediaType, m.createResource(syntax.ianaIri()))
                        .addProperty(DCTerms.format, m.createResource(syntax.w3cFormatIri()))
                        .addProperty(DCAT.downloadURL, m.createResource(base + "download/" + name))
                        .addProperty(DCAT.accessURL, m.createResource(base + "download/"))
                        .addProperty(DCTerms.license, m.createResource(Vocab.CC_BY_4))
                        .addProperty(DCTerms.issued, issued)
                        .addProperty(DCTerms.modified, issued);
                downloads.built(syntax, gzip).ifPresentOrElse(d -> dist
                        .addLiteral(DCAT.byteSize, m.createTypedLiteral(String.valueOf(d.bytes.length),
                                XSDDatatype.XSDnonNegativeInteger))
                        .addProperty(Vocab.checksum, m.createResource()
                                .addProperty(RDF.type, Vocab.Checksum)
                                .addProperty(Vocab.algorithm, Vocab.sha256)
                                .addProperty(Vocab.checksumValue, m.createTypedLiteral(d.sha256,
                                        XSDDatatype.XSDhexBinary))),
                        () -> dist.addProperty(DCTerms.description, m.createLiteral(TRIG_NOTE, "en")));
                if (gzip) {
                    dist.addProperty(DCAT.compressFormat,
                            m.createResource("https://www.iana.org/assignments/media-types/application/gzip"));
                }
                ds.addProperty(DCAT.distribution, dist);
            }
        }

        // One linkset per target dataset, with the number of links found in the data.
        for (Summary.LinkCount lc : summary.links()) {
            Summary.LinkTarget t = lc.target();
            if (lc.triples() == 0) {
                continue;
            }
            Resource target = m.createResource(t.datasetIri())
                    .addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, t.title())
                    .addProperty(FOAF.homepage, m.createResource(t.homepage()))
                    .addProperty(VOID.uriSpace, t.uriSpace());
            if (t.sparqlEndpoint() != null) {
                target.addProperty(VOID.sparqlEndpoint, m.createResource(t.sparqlEndpoint()));
            }
            Resource ls = m.createResource(iris.dataset() + "#links-" + t.key())
                    .addProperty(RDF.type, VOID.Linkset)
                    .addProperty(RDFS.label, m.createLiteral("Links to " + t.title(), "en"))
                    .addProperty(VOID.linkPredicate, t.predicate())
                    .addProperty(VOID.target, ds)
                    .addProperty(VOID.target, target)
                    .addProperty(VOID.subjectsTarget, ds)
                    .addProperty(VOID.objectsTarget, target)
                    .addLiteral(VOID.triples, integer(m, lc.triples()));
            ds.addProperty(VOID.subset, ls);
        }
        return m;
    }

    /** The IRI of the tocgraph project as publisher and creator of the dataset. */
    static String publisher(Iris iris) {
        return iris.dataset() + "#publisher";
    }

    static Literal dateTime(Model m, Instant t) {
        return m.createTypedLiteral(t.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    /** An xsd:integer, the datatype VoID's examples use for counts. */
    static Literal integer(Model m, long n) {
        return m.createTypedLiteral(BigInteger.valueOf(n));
    }
}
