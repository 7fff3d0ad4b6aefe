package org.tocgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.tocgraph.config.Config;
import org.tocgraph.config.Release;
import org.tocgraph.io.InputFiles;
import org.tocgraph.pipeline.Pipeline;
import org.tocgraph.report.QualityReport;
import org.tocgraph.server.Publication;
import org.tocgraph.server.TocgraphServer;
import org.tocgraph.server.ld.LinkedDataServlet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: build the graph and serve it read-only over SPARQL and linked-data pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the graph from the source document and serve it: SPARQL at /tocgraph/sparql, "
                + "entity pages at /id/..., dumps at /download/, dataset metadata at /.well-known/void.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    Main.Common common = new Main.Common();

    @Option(names = "--port", paramLabel = "N", description = "Port (default 3030; 0 picks a free one).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDR", description = "Interface to bind (default 127.0.0.1, "
            + "loopback only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--input", paramLabel = "FILE", description = "The document (default: the one in data/source/).")
    Path input;

    @Option(names = "--timeout", paramLabel = "MS", description = "SPARQL query timeout in milliseconds "
            + "(default 10000).")
    Long timeout;

    @Mixin
    ServiceOptions service = new ServiceOptions();

    @Override
    public Integer call() throws IOException {
        Config config = config();
        Pipeline pipeline = Pipeline.run(config);
        Model ontology = RDFDataMgr.loadModel(config.ontologyDir().resolve("tocgraph.ttl").toString());
        QualityReport report = new QualityReport(pipeline.result());
        Release release = Release.load(config.release());
        Publication pub = new Publication(pipeline.model(), ontology, release.version(), release.instant(),
                report.html(), report.markdown(),
                namedQueries(config.queriesDir()));
        LinkedDataServlet ld = new LinkedDataServlet(pipeline.model(), ontology, config.base());
        try (TocgraphServer server = TocgraphServer.start(config, pub, Map.of("/id/*", ld, "/def/*", ld))) {
            System.err.println("tocgraph: serving " + pipeline.model().size() + " triples at " + server.url()
                    + " (SPARQL: " + server.url() + "tocgraph/sparql); Ctrl-C to stop");
            server.join();
        }
        return 0;
    }

    Config config() {
        Config c = common.config(input);
        if (port != null) {
            c = c.with("port", port.toString());
        }
        if (host != null) {
            c = c.with("host", host);
        }
        if (timeout != null) {
            c = c.with("query.timeout.ms", timeout.toString());
        }
        return service.apply(c);
    }

    static Map<String, String> namedQueries(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                InputFiles.requireRegular(p);
                out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
