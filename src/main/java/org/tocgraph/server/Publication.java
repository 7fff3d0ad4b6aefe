package org.tocgraph.server;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;

/**
 * Everything the server publishes: the converted graph, the ontology, the data-quality report and the
 * named queries. The server copies the graphs at start-up, so later changes to these models are not seen.
 *
 * <pre>{@code
 * Publication pub = new Publication(data, ontology, "0.1.0", Instant.now(), html, markdown,
 *         Map.of("memberships.rq", "SELECT ..."));
 * }</pre>
 *
 * @param data           the converted graph; published as the default graph
 * @param ontology       the tocgraph ontology ({@code ontology/tocgraph.ttl})
 * @param version        dataset version, e.g. {@code 0.1.0}; dump file names carry it
 * @param modified       when this version of the data was produced
 * @param reportHtml     data-quality report as an HTML document; empty if there is none
 * @param reportMarkdown the same report in Markdown; empty if there is none
 * @param namedQueries   file name (e.g. {@code memberships.rq}) to SPARQL text, sorted by name
 */
public record Publication(Model data, Model ontology, String version, Instant modified, String reportHtml,
        String reportMarkdown, Map<String, String> namedQueries) {

    public Publication {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ontology, "ontology");
        Objects.requireNonNull(modified, "modified");
        // The version ends up in file names and URLs, so keep it to a safe alphabet.
        if (version == null || !version.matches("[0-9A-Za-z][0-9A-Za-z.+_-]*")) {
            throw new IllegalArgumentException("version must be letters, digits, '.', '+', '_' or '-': " + version);
        }
        reportHtml = reportHtml == null ? "" : reportHtml;
        reportMarkdown = reportMarkdown == null ? "" : reportMarkdown;
        namedQueries = Collections.unmodifiableMap(new TreeMap<>(namedQueries == null ? Map.of() : namedQueries));
        for (String name : namedQueries.keySet()) {
            if (!name.matches("[0-9A-Za-z][0-9A-Za-z._-]*")) {
                throw new IllegalArgumentException("named query file name must be a plain file name: " + name);
            }
        }
    }
}
