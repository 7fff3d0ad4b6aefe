package org.tocgraph.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.tocgraph.config.Config;
import org.tocgraph.rdf.Iris;

/** What the pages and servlets of one running server share; built once at start-up. */
record Site(Config config, Iris iris, Publication publication, Summary summary, Downloads downloads,
        RdfDocument datasetDescription, RdfDocument serviceDescription, RdfDocument ontology) {

    /** A query to show first: mechanisms by number of distinct members. */
    static final String EXAMPLE_QUERY = """
            PREFIX tg: <https://w3id.org/tocgraph/def#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

            # Mechanisms with the number of distinct members, largest first
            SELECT ?mechanism ?label (COUNT(DISTINCT ?member) AS ?members)
            WHERE {
              ?mechanism a tg:Mechanism ;
                         rdfs:label ?label .
              OPTIONAL { ?membership org:organization ?mechanism ;
                                     org:member ?member . }
            }
            GROUP BY ?mechanism ?label
            ORDER BY DESC(?members) ?label
            LIMIT 25
            """;

    String version() {
        return publication.version();
    }

    static String urlEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
