package org.tocgraph.server;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the metadata vocabularies that Jena has no constants for (DCAT 3, SPDX, PROV, SPARQL SD). */
final class Vocab {
    private Vocab() {
    }

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String CC_BY_4 = "https://creativecommons.org/licenses/by/4.0/";

    /** {@code dcat:version}, new in DCAT 3. */
    static final Property dcatVersion = p(DCAT, "version");
    static final Property endpointDescription = p(DCAT, "endpointDescription");

    static final Resource Checksum = r(SPDX, "Checksum");
    static final Property checksum = p(SPDX, "checksum");
    static final Property algorithm = p(SPDX, "algorithm");
    static final Property checksumValue = p(SPDX, "checksumValue");
    static final Resource sha256 = r(SPDX, "checksumAlgorithm_sha256");

    static final Property wasDerivedFrom = p(PROV, "wasDerivedFrom");

    static final Resource Service = r(SD, "Service");
    static final Resource SdDataset = r(SD, "Dataset");
    static final Resource SdGraph = r(SD, "Graph");
    static final Resource NamedGraph = r(SD, "NamedGraph");
    static final Property endpoint = p(SD, "endpoint");
    static final Property supportedLanguage = p(SD, "supportedLanguage");
    static final Resource SPARQL11Query = r(SD, "SPARQL11Query");
    static final Property resultFormat = p(SD, "resultFormat");
    static final Property feature = p(SD, "feature");
    static final Resource BasicFederatedQuery = r(SD, "BasicFederatedQuery");
    static final Property defaultEntailmentRegime = p(SD, "defaultEntailmentRegime");
    static final Property defaultDataset = p(SD, "defaultDataset");
    static final Property defaultGraph = p(SD, "defaultGraph");
    static final Property namedGraph = p(SD, "namedGraph");
    static final Property name = p(SD, "name");
    static final Property graph = p(SD, "graph");

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }

    private static Resource r(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }
}
