package org.tocgraph.server;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.tocgraph.rdf.Iris;

/**
 * The SPARQL 1.1 Service Description returned for a GET on the query endpoint without a query. URLs use
 * the public base, as in {@link DatasetDescription}.
 */
final class ServiceDescription {
    private ServiceDescription() {
    }

    /** Result formats the endpoint writes: W3C format local names. */
    static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML", "TriG");

    /**
     * @param namedGraphs graph name to triple count, for the named graphs next to the default graph
     */
    static Model build(Iris iris, long defaultTriples, Map<String, Long> namedGraphs, long timeoutMs,
            List<String> serviceAllow) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(PrefixMapping.Standard);
        m.setNsPrefix("sd", Vocab.SD).setNsPrefix("void", VOID.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("formats", Vocab.FORMATS);
        String base = iris.base();
        Resource service = m.createResource()
                .addProperty(RDF.type, Vocab.Service)
                .addProperty(Vocab.endpoint, m.createResource(base + TocgraphServer.DATASET + "/sparql"))
                .addProperty(Vocab.endpoint, m.createResource(base + TocgraphServer.DATASET + "/query"))
                .addProperty(Vocab.supportedLanguage, Vocab.SPARQL11Query)
                .addProperty(Vocab.defaultEntailmentRegime,
                        m.createResource("http://www.w3.org/ns/entailment/Simple"))
                .addProperty(DCTerms.title, m.createLiteral("tocgraph SPARQL 1.1 query service", "en"));
        RESULT_FORMATS.forEach(f -> service.addProperty(Vocab.resultFormat, m.createResource(Vocab.FORMATS + f)));
        StringBuilder comment = new StringBuilder("Read-only: SPARQL Update is not available. Queries time out after ")
                .append(timeoutMs).append(" ms.");
        if (serviceAllow.isEmpty()) {
            comment.append(" Federated SERVICE calls are disabled.");
        } else {
            service.addProperty(Vocab.feature, Vocab.BasicFederatedQuery);
            comment.append(" Federated SERVICE calls are allowed only to: ")
                    .append(String.join(", ", serviceAllow)).append('.');
        }
        service.addProperty(RDFS.comment, m.createLiteral(comment.toString(), "en"));

        Resource dataset = m.createResource(iris.dataset())
                .addProperty(RDF.type, Vocab.SdDataset)
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDFS.seeAlso, m.createResource(base + ".well-known/void"))
                .addProperty(Vocab.defaultGraph, m.createResource()
                        .addProperty(RDF.type, Vocab.SdGraph)
                        .addLiteral(VOID.triples, DatasetDescription.integer(m, defaultTriples)));
        namedGraphs.forEach((name, n) -> dataset.addProperty(Vocab.namedGraph, m.createResource()
                .addProperty(RDF.type, Vocab.NamedGraph)
                .addProperty(Vocab.name, m.createResource(name))
                .addProperty(Vocab.graph, m.createResource()
                        .addProperty(RDF.type, Vocab.SdGraph)
                        .addLiteral(VOID.triples, DatasetDescription.integer(m, n)))));
        service.addProperty(Vocab.defaultDataset, dataset);
        return m;
    }
}
