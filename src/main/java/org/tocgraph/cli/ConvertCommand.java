package org.tocgraph.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tocgraph.config.Config;
import org.tocgraph.model.Diagnostic;
import org.tocgraph.pipeline.Pipeline;
import org.tocgraph.rdf.TurtleOutput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code convert}: the document to Turtle. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert the document's table to RDF (Turtle). The same input gives byte-identical output.")
final class ConvertCommand implements Callable<Integer> {
    @Mixin
    Main.Common common = new Main.Common();

    @Option(names = "--input", paramLabel = "FILE", description = "The document: .txt (PDF text extraction), "
            + ".csv or .tsv (default: the configured input, data/source/000_1ac077aacd7d84d9.txt).")
    Path input;

    @Option(names = "--out", paramLabel = "FILE", description = "Output Turtle file, written atomically "
            + "(default: standard output).")
    Path out;

    @Override
    public Integer call() throws java.io.IOException {
        if (out != null) {
            Main.checkOut(out);
        }
        Config config = common.config(input);
        Pipeline p = Pipeline.run(config);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TurtleOutput.write(p.model(), bytes);
        if (out == null) {
            System.out.write(bytes.toByteArray(), 0, bytes.size());
            System.out.flush();
        } else {
            Main.writeOut(out, os -> os.write(bytes.toByteArray()));
        }
        long warnings = p.result().diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.UNRESOLVED).count();
        System.err.printf("tocgraph: %d rows, %d mechanisms, %d triples; %d unresolved names (see 'report')%n",
                p.result().entries().size(),
                p.result().entries().stream().map(e -> e.mechanism()).distinct().count(), p.model().size(),
                warnings);
        return 0;
    }
}
