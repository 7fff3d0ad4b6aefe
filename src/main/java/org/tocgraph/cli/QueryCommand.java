package org.tocgraph.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.Context;
import org.tocgraph.config.Config;
import org.tocgraph.io.InputFiles;
import org.tocgraph.io.RdfFiles;
import org.tocgraph.pipeline.Pipeline;
import org.tocgraph.sparql.ServiceAllowList;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: run a named query (or a .rq file) against the graph. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a named query from queries/ (e.g. memberships) or a .rq file against the graph built "
                + "from the source document, or against an RDF file given with --data.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    Main.Common common = new Main.Common();

    @Parameters(index = "0", paramLabel = "NAME|FILE", description = "Query name (file name in queries/ without "
            + ".rq) or path to a .rq file.")
    String query;

    private static final List<String> FORMATS = List.of("table", "csv", "tsv", "json");

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--data", paramLabel = "FILE", description = "Query this RDF file (Turtle, N-Triples, "
            + "N-Quads, TriG, JSON-LD or RDF/XML, by extension) instead of converting the source document.")
    Path data;

    @Mixin
    ServiceOptions service = new ServiceOptions();

    @Override
    public Integer call() throws IOException {
        if (!FORMATS.contains(format)) {
            throw new UserException("unknown format '" + format + "'; use " + String.join(", ", FORMATS));
        }
        Config config = service.apply(common.config());
        Path file = resolve(config, query);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UserException(file + ": not UTF-8 text");
        }
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw QueryErrors.of(file, text, e);
        } catch (StackOverflowError e) {
            throw new UserException(file + ": " + QueryErrors.TOO_DEEP);
        }
        // The server's SERVICE policy: refused before the graph is built or anything runs.
        ServiceAllowList allowList = new ServiceAllowList(config.serviceAllow());
        try {
            allowList.check(q);
        } catch (ServiceAllowList.NotAllowedException e) {
            throw refused(file, e);
        } catch (StackOverflowError e) {
            throw tooDeepToRun(file);
        }
        Context context = new Context();
        allowList.install(context);
        // As on the server: a SERVICE endpoint that accepts the connection but never answers must not hang.
        context.set(ARQ.httpQueryTimeout, Long.toString(config.queryTimeoutMs()));
        Model model = graph(config);
        long timeout = config.queryTimeoutMs();
        try (QueryExecution qe = QueryExecution.model(model).query(q).context(context)
                .timeout(timeout, TimeUnit.MILLISECONDS).build()) {
            run(q, qe);
        } catch (QueryCancelledException e) {
            throw new UserException(file + ": timed out after " + timeout + " ms (query.timeout.ms sets the limit; "
                    + "narrow the query)");
        } catch (StackOverflowError e) {
            throw tooDeepToRun(file);
        } catch (OutOfMemoryError e) {
            throw new UserException(file + ": " + Main.OUT_OF_MEMORY);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ServiceAllowList.NotAllowedException refusal) {
                    throw refused(file, refusal);
                }
                if (t instanceof ServiceAllowList.ServiceFailedException failure) {
                    throw new UserException(file + ": " + failure.getMessage());
                }
            }
            throw e;
        }
        return 0;
    }

    private static UserException tooDeepToRun(Path file) {
        return new UserException(file + ": too large or nested too deeply to run");
    }

    private static UserException refused(Path file, ServiceAllowList.NotAllowedException e) {
        return new UserException(file + ": " + e.getMessage() + " (--service-allow sets the list)");
    }

    /** Evaluates the query in full before printing, so that a failure leaves nothing on stdout. */
    private void run(Query q, QueryExecution qe) {
        if (q.isSelectType()) {
            ResultSet rs = qe.execSelect().materialise();
            switch (format) {
                case "table" -> ResultSetFormatter.out(System.out, rs, q.getPrologue());
                case "csv" -> ResultSetFormatter.outputAsCSV(System.out, rs);
                case "tsv" -> ResultSetFormatter.outputAsTSV(System.out, rs);
                case "json" -> ResultSetFormatter.outputAsJSON(System.out, rs);
                default -> throw new IllegalStateException(format);
            }
        } else if (q.isAskType()) {
            System.out.println(qe.execAsk());
        } else {
            Model result = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(System.out, result, Lang.TURTLE);
        }
    }

    static Path resolve(Config config, String query) {
        Path asFile = Path.of(query);
        if (query.endsWith(".rq") && Files.exists(asFile)) {
            InputFiles.requireRegular(asFile);
            return asFile;
        }
        Path named = config.queriesDir().resolve(query + ".rq");
        if (Files.exists(named)) {
            InputFiles.requireRegular(named);
            return named;
        }
        throw new UserException("no query named '" + query + "' in " + config.queriesDir()
                + " and no such .rq file; try: " + String.join(", ", names(config)));
    }

    static List<String> names(Config config) {
        try (var s = Files.list(config.queriesDir())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Model graph(Config config) {
        if (data == null) {
            return Pipeline.run(config).model();
        }
        return RdfFiles.read(data);
    }
}
