/**
 * The tocgraph web server: an embedded Apache Jena Fuseki, read-only, with the pages and files around it.
 * Entry point: {@link org.tocgraph.server.TocgraphServer#start(org.tocgraph.config.Config,
 * org.tocgraph.server.Publication, java.util.Map)}.
 *
 * <h2>Paths</h2>
 * <table>
 * <caption>What the server answers</caption>
 * <tr><td>{@code /}</td><td>front page: what the data is, endpoints, counts, version, example entities</td></tr>
 * <tr><td>{@code /query}</td><td>query page (HTML and {@code /static/query.js}, no external assets)</td></tr>
 * <tr><td>{@code /tocgraph/sparql}, {@code /tocgraph/query}, {@code /tocgraph}</td><td>SPARQL 1.1 query, GET and
 * POST; a GET without a query returns the SPARQL Service Description; HEAD is a GET without the body</td></tr>
 * <tr><td>{@code /tocgraph/get?default}</td><td>Graph Store Protocol, read only</td></tr>
 * <tr><td>{@code /download/}</td><td>dumps in Turtle (the converter's canonical bytes), N-Triples, JSON-LD,
 * RDF/XML, TriG (the data plus the ontology and description as named graphs); {@code .gz}, {@code .sha256},
 * stable aliases, {@code SHA256SUMS}</td></tr>
 * <tr><td>{@code /.well-known/void}</td><td>VoID and DCAT 3 description; like the service description, an HTML
 * page of the same triples for browsers ({@code DocumentPage})</td></tr>
 * <tr><td>{@code /report}, {@code /report.md}</td><td>data-quality report</td></tr>
 * <tr><td>{@code /def}</td><td>the ontology, unless an extra servlet is mounted for it</td></tr>
 * <tr><td>{@code /queries/}</td><td>the named queries as files</td></tr>
 * </table>
 *
 * <h2>Public base</h2>
 * URLs written into the dataset and service descriptions are {@code Config.base()} followed by the path
 * above ({@code https://w3id.org/tocgraph/download/tocgraph-0.1.0.ttl}): the deployment serves this server's
 * root at the public base, which is what makes data IRIs under {@code {base}id/} dereference. The HTML pages
 * use relative links, so they work on any host and under a proxy path prefix.
 *
 * <h2>Read-only</h2>
 * No update or write endpoint is configured, the admin module is not loaded, the dataset is wrapped
 * read-only, and {@link org.tocgraph.server.ReadOnlyFilter} refuses writes at the HTTP level: SPARQL Update
 * gets 403, other methods and POSTs to non-query paths 405.
 *
 * <h2>Query timeout</h2>
 * {@code Config.queryTimeoutMs()} is the overall timeout of every query (a {@code ?timeout=} parameter can
 * only lower it). A query that runs out of time gets 503 "Query timed out". SELECT results are computed in
 * full before the response starts (up to 100,000 rows, see {@link org.tocgraph.server.BufferedQueryService}),
 * so unlike stock Fuseki a SELECT that times out after producing rows is not sent as a truncated 200.
 * A SELECT with more rows than that is refused with 400, and a query that exhausts the heap gets 503.
 * Queries are at most {@value org.tocgraph.server.ReadOnlyFilter#MAX_QUERY_BYTES} bytes (413 beyond; a chunked
 * body is read up to that bound), since parsing runs before the timeout starts. Some query shapes are known to check the timeout late
 * (apache/jena #3044, #3535).
 *
 * <h2>Federated query</h2>
 * {@code SERVICE} may call only the endpoints of {@code Config.serviceAllow()} (exact match), see
 * {@link org.tocgraph.sparql.ServiceAllowList}; anything else is refused with 403 before a connection is
 * made. Redirects from an allowed endpoint are followed by Jena's HTTP client, so list only endpoints you trust.
 * A call gets the query timeout as its HTTP timeout; an allowed endpoint that fails gives 502 (504 on a
 * timeout) naming the endpoint and the reason, not the request URL, which carries the query.
 *
 * <h2>CORS and errors</h2>
 * Every response, errors and preflights included, carries {@code Access-Control-Allow-Origin: *} without
 * credentials; {@link org.tocgraph.server.PlainErrorHandler} adds it to the requests Jetty rejects before
 * any filter runs. Error bodies are one line of plain text; stack traces are logged, never sent. The
 * server's own error messages cut text repeated from a request to 200 characters, and paths are at most
 * 1,024 characters (414).
 */
package org.tocgraph.server;
