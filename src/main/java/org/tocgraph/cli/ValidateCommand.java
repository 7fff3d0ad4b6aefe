package org.tocgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.tocgraph.config.Config;
import org.tocgraph.pipeline.Pipeline;
import org.tocgraph.validate.GraphValidator;
import org.tocgraph.validate.ValidationResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code validate}: check a graph against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the graph built from the source document (or an RDF file) against "
                + "ontology/shapes.ttl. Exits 0 if it conforms, 1 if not, with one line per problem.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    Main.Common common = new Main.Common();

    @Option(names = "--data", paramLabel = "FILE", description = "Validate this RDF file instead of converting "
            + "the source document.")
    Path data;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Shapes file (default: ontology/shapes.ttl).")
    Path shapes;

    @Override
    public Integer call() {
        Config config = common.config();
        Model model = data == null ? Pipeline.run(config).model() : GraphValidator.read(data);
        Model shapeModel = shapes == null ? GraphValidator.read(config.ontologyDir().resolve("shapes.ttl"))
                : GraphValidator.read(shapes);
        ValidationResult result = GraphValidator.validate(model, shapeModel, config.base());
        System.out.print(result.report());
        return result.conforms() ? 0 : 1;
    }
}
