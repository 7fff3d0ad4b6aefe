package org.tocgraph.server;

import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServlet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.WebContent;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.tocgraph.config.Config;
import org.tocgraph.rdf.Iris;
import org.tocgraph.rdf.TG;
import org.tocgraph.sparql.ServiceAllowList;

/**
 * The tocgraph web server: an embedded, read-only Fuseki serving the SPARQL endpoint, plus the front
 * page, query page, downloads, dataset and service descriptions and the data-quality report.
 *
 * <pre>{@code
 * try (TocgraphServer server = TocgraphServer.start(config, publication,
 *         Map.of("/id/*", linkedDataServlet, "/def/*", ontologyServlet))) {
 *     System.out.println("Serving " + server.url());
 *     server.join();
 * }
 * }</pre>
 *
 * <p>Paths: {@code /} front page, {@code /query} query page, {@code /tocgraph/sparql} and
 * {@code /tocgraph/query} SPARQL 1.1 query (service description on a GET without query),
 * {@code /tocgraph/get} Graph Store read, {@code /download/} dumps, {@code /.well-known/void} dataset
 * description, {@code /report} and {@code /report.md}, {@code /source} and {@code /source.txt} the source
 * text with line anchors, {@code /def} the ontology (unless an extra servlet
 * claims it), {@code /queries/} the named queries, {@code /static/} page assets.
 *
 * <p>The default graph holds exactly {@link Publication#data()}; the named graph
 * {@code <https://w3id.org/tocgraph/def>} holds the ontology and the named graph {@code <{base}id/dataset>}
 * the dataset description, so queries without GRAPH see only the data.
 */
public final class TocgraphServer implements AutoCloseable {
    /** The Fuseki dataset name: endpoints are under {@code /tocgraph/}. */
    public static final String DATASET = "tocgraph";

    private final FusekiServer fuseki;
    private final String url;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TocgraphServer(FusekiServer fuseki, String url) {
        this.fuseki = fuseki;
        this.url = url;
    }

    /** Starts the server with no extra servlets; see {@link #start(Config, Publication, Map)}. */
    public static TocgraphServer start(Config config, Publication publication) {
        return start(config, publication, Map.of());
    }

    /**
     * Builds everything that is served (dumps, descriptions, pages) once, then starts the server on
     * {@code config.host()} and {@code config.port()} (port 0 picks a free one).
     *
     * @param extraServlets servlets by Jakarta path spec, e.g. {@code "/id/*"}; one registered for
     *                      {@code /def} or {@code /def/*} replaces the built-in ontology document at {@code /def}
     * @throws ServerException if the server cannot be started, e.g. the port is in use
     */
    public static TocgraphServer start(Config config, Publication publication,
            Map<String, HttpServlet> extraServlets) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(extraServlets, "extraServlets");
        Iris iris = new Iris(config.base());
        Instant modified = publication.modified();

        // Private copies: what is served cannot change under the server, whatever the caller does later.
        Graph published = copy(publication.data().getGraph());
        Graph data = copy(published);
        addKnownPrefixes(data);
        Graph ontology = copy(publication.ontology().getGraph());
        Downloads graphDumps = Downloads.build(ModelFactory.createModelForGraph(published), data,
                publication.version());
        Summary summary = Summary.of(data);
        Model description = DatasetDescription.build(iris, summary, graphDumps, publication.version(), modified);

        // The dataset as the endpoint serves it, also written as the TriG dump.
        DatasetGraph whole = DatasetGraphFactory.create(data);
        whole.addGraph(NodeFactory.createURI(TG.ONTOLOGY), ontology);
        whole.addGraph(NodeFactory.createURI(iris.dataset()), description.getGraph());
        whole.prefixes().putAll(description.getNsPrefixMap());
        whole.prefixes().putAll(ontology.getPrefixMapping().getNsPrefixMap());
        whole.prefixes().putAll(data.getPrefixMapping().getNsPrefixMap());
        Downloads downloads = graphDumps.withTrig(whole);

        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> {
            GraphUtil.addInto(dsg.getDefaultGraph(), data);
            GraphUtil.addInto(dsg.getGraph(NodeFactory.createURI(TG.ONTOLOGY)), ontology);
            GraphUtil.addInto(dsg.getGraph(NodeFactory.createURI(iris.dataset())), description.getGraph());
            dsg.prefixes().putAll(data.getPrefixMapping().getNsPrefixMap());
        });
        Map<String, Long> namedGraphs = new LinkedHashMap<>();
        namedGraphs.put(TG.ONTOLOGY, (long) ontology.size());
        namedGraphs.put(iris.dataset(), description.size());
        Model sd = ServiceDescription.build(iris, data.size(), namedGraphs, config.queryTimeoutMs(),
                config.serviceAllow());

        String version = publication.version();
        String base = iris.base();
        String voidHtml = DocumentPage.render(description, "Dataset description", "The VoID and DCAT description"
                + " of this dataset: licence, attribution, version, statistics, distributions and linksets.",
                "../", "void", iris.dataset(), base, version);
        String sdHtml = DocumentPage.render(sd, "SPARQL service description", "What the query endpoint offers:"
                + " query language, result formats, limits and the graphs it serves. Send a query with ?query=,"
                + " or use the query page.", "../", "sparql", null, base, version);
        Model ontologyModel = ModelFactory.createModelForGraph(ontology);
        String ontologyHtml = DocumentPage.render(ontologyModel, "Ontology", "The tocgraph vocabulary.", "",
                "def", TG.ONTOLOGY, base, version);
        Site site = new Site(config, iris, publication, summary, downloads,
                new RdfDocument(description, modified, voidHtml), new RdfDocument(sd, modified, sdHtml),
                new RdfDocument(ontologyModel, modified, ontologyHtml));

        // Read-only all the way down: even a write that got past the HTTP layer would fail here.
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(config.queryTimeoutMs()));
        // The query timeout does not interrupt a SERVICE call waiting on the network; this bounds it too.
        context.set(ARQ.httpQueryTimeout, Long.toString(config.queryTimeoutMs()));
        ServiceAllowList allowList = new ServiceAllowList(config.serviceAllow());
        allowList.install(context);
        DatasetGraph served = new DatasetGraphReadOnly(dsg, context);

        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put("", new HomeServlet(site));
        servlets.put("/query", new QueryPageServlet(site));
        servlets.put("/queries/*", new QueryPageServlet.NamedQueries(site));
        servlets.put("/download/*", new DownloadServlet(site));
        servlets.put("/.well-known/void", new DocumentServlet(site.datasetDescription()));
        servlets.put("/report", new ReportServlet(site));
        servlets.put("/report.md", new ReportServlet(site));
        SourceServlet source = new SourceServlet(site);
        servlets.put("/source", source);
        servlets.put("/source.txt", source);
        servlets.put("/static/*", new StaticServlet(Instant.now()));
        if (!extraServlets.containsKey("/def") && !extraServlets.containsKey("/def/*")) {
            servlets.put("/def", new DocumentServlet(site.ontology()));
        }
        servlets.putAll(extraServlets);

        FusekiServer.Builder builder = FusekiServer.create()
                .port(config.port())
                .verbose(false)
                // Same operation, but results are computed before the status is sent (see the class).
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new BufferedQueryService(allowList))
                .addDataset(DATASET, served)
                .addOperation(DATASET, Operation.Query)
                .addOperation(DATASET, Operation.GSP_R)
                .addEndpoint(DATASET, "sparql", Operation.Query)
                .addEndpoint(DATASET, "query", Operation.Query)
                .addEndpoint(DATASET, "get", Operation.GSP_R)
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new ReadOnlyFilter())
                .addFilter("/*", new ServiceDescriptionFilter(site.serviceDescription()));
        servlets.forEach(builder::addServlet);

        FusekiServer fuseki;
        try {
            fuseki = builder.build();
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(config.host());
                }
            }
            ServletContextHandler handler = fuseki.getJettyServer().getDescendant(ServletContextHandler.class);
            if (handler != null) {
                handler.setErrorHandler(new PlainErrorHandler());
            }
            // Jetty rejects some requests (ambiguous paths, "//", overlong URIs) before any context sees them.
            fuseki.getJettyServer().setErrorHandler(new PlainErrorHandler());
            fuseki.start();
        } catch (RuntimeException e) {
            String bind = bindFailure(e);
            if (bind != null) {
                throw new ServerException("cannot listen on " + hostPort(config.host(), config.port()) + ": " + bind,
                        e);
            }
            String why = e.getMessage() != null ? e.getMessage()
                    : e.getCause() != null ? e.getCause().toString() : e.toString();
            throw new ServerException("cannot start the server on " + config.host() + ":" + config.port()
                    + ": " + why, e);
        }
        return new TocgraphServer(fuseki, "http://" + urlHost(config.host()) + ":" + fuseki.getHttpPort() + "/");
    }

    /** The port the server listens on; the actual one when the configuration said 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The root URL of this server, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        return url;
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            fuseki.stop();
        }
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(c, g);
        PrefixMapping pm = c.getPrefixMapping();
        pm.setNsPrefixes(g.getPrefixMapping());
        return c;
    }

    /** Namespaces the dumps get a prefix for when the data uses them and has no prefix of its own. */
    static final Map<String, String> KNOWN_PREFIXES = Map.ofEntries(
            Map.entry("rdf", RDF.uri), Map.entry("rdfs", RDFS.uri), Map.entry("owl", OWL.NS),
            Map.entry("xsd", XSD.NS), Map.entry("skos", SKOS.uri), Map.entry("dcterms", DCTerms.NS),
            Map.entry("prov", Vocab.PROV), Map.entry("foaf", FOAF.NS), Map.entry("org", ORG.NS),
            Map.entry("schema", TG.SCHEMA_NS), Map.entry("tg", TG.NS), Map.entry("tgrole", TG.ROLE_NS),
            Map.entry("tgcad", TG.CADENCE_NS), Map.entry("tgkind", TG.KIND_NS),
            Map.entry("wd", "http://www.wikidata.org/entity/"));

    private static void addKnownPrefixes(Graph g) {
        PrefixMapping pm = g.getPrefixMapping();
        Set<String> used = new HashSet<>();
        g.find().forEach(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI()) {
                    used.add(Summary.namespace(n.getURI()));
                } else if (n.isLiteral() && !n.getLiteralDatatypeURI().isEmpty()) {
                    used.add(Summary.namespace(n.getLiteralDatatypeURI()));
                }
            }
        });
        new TreeMap<>(KNOWN_PREFIXES).forEach((prefix, ns) -> {
            if (used.contains(ns) && pm.getNsPrefixURI(prefix) == null && pm.getNsURIPrefix(ns) == null) {
                pm.setNsPrefix(prefix, ns);
            }
        });
    }

    /** Why the socket could not be bound, in words, or null if that is not what failed. */
    private static String bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof BindException && t.getMessage() != null && !t.getMessage().isBlank()) {
                // "Address already in use", "Cannot assign requested address", "Permission denied"
                return t.getMessage().substring(0, 1).toLowerCase(Locale.ROOT) + t.getMessage().substring(1);
            }
        }
        return null;
    }

    private static String hostPort(String host, int port) {
        return (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** A host for a URL: a wildcard address is reached through loopback; IPv6 literals get brackets. */
    private static String urlHost(String host) {
        if (host == null || host.isEmpty() || host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        if (host.equals("::") || host.equals("[::]")) {
            return "[::1]";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
