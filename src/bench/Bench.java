import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.tocgraph.config.Config;
import org.tocgraph.pipeline.Pipeline;
import org.tocgraph.server.Publication;
import org.tocgraph.server.TocgraphServer;

/**
 * Benchmarks, run by hand (not by the tests): {@code java -cp target/tocgraph.jar src/bench/Bench.java}.
 * Prints medians, and ratios that say how cost grows with input size and what the HTTP layer adds.
 */
public class Bench {
    static final int WARMUP = 5;
    static final int RUNS = 21;

    static double median(Supplier<?> task) {
        for (int i = 0; i < WARMUP; i++) {
            task.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            task.get();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(ms);
        return ms.get(RUNS / 2);
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.defaults();
        Path source = config.input();
        // A document ten times as long: the table's rows repeated under new names, so that every row is new.
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<String> big = new ArrayList<>(lines.subList(0, 13));
        for (int k = 0; k < 10; k++) {
            for (String l : lines.subList(13, lines.size())) {
                String[] cells = l.split("\t", -1);
                if (cells.length == 4 && !cells[0].isEmpty() && !cells[0].equals("Mechanism")) {
                    cells[0] = cells[0] + " copy " + k;
                }
                big.add(String.join("\t", cells));
            }
        }
        Path bigFile = Files.createTempFile("tocgraph-bench", ".txt");
        Files.write(bigFile, big, StandardCharsets.UTF_8);

        double small = median(() -> Pipeline.run(config, source));
        double large = median(() -> Pipeline.run(config, bigFile));
        System.out.printf("convert, document (%d lines):      median %8.1f ms%n", lines.size(), small);
        System.out.printf("convert, 10x document (%d lines): median %8.1f ms  ratio %.1fx%n", big.size(), large,
                large / small);

        Model graph = Pipeline.run(config).model();
        String overlap = Files.readString(Path.of("queries/mechanism-overlap.rq"));
        double direct = median(() -> {
            try (QueryExecution qe = QueryExecution.model(graph).query(overlap).build()) {
                return ResultSetFormatter.consume(qe.execSelect());
            }
        });
        Publication pub = new Publication(graph, RDFDataMgr.loadModel("ontology/tocgraph.ttl"), "bench",
                Instant.now(), "", "", Map.of());
        try (TocgraphServer server = TocgraphServer.start(config.with("port", "0"), pub)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "tocgraph/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(overlap)).build();
            double http = median(() -> {
                try {
                    return client.send(req, HttpResponse.BodyHandlers.ofString()).body().length();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            HttpRequest page = HttpRequest.newBuilder(URI.create(server.url() + "download/tocgraph.ttl")).build();
            double dump = median(() -> {
                try {
                    return client.send(page, HttpResponse.BodyHandlers.ofByteArray()).body().length;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            System.out.printf("mechanism-overlap, in process:       median %8.1f ms%n", direct);
            System.out.printf("mechanism-overlap, over HTTP:        median %8.1f ms  ratio %.1fx%n", http,
                    http / direct);
            System.out.printf("GET /download/tocgraph.ttl:          median %8.1f ms%n", dump);
        }
        Files.delete(bigFile);
    }
}
