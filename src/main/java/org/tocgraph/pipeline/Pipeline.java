package org.tocgraph.pipeline;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.tocgraph.config.Config;
import org.tocgraph.extract.TableReader;
import org.tocgraph.interpret.Curation;
import org.tocgraph.interpret.Interpreter;
import org.tocgraph.interpret.Rules;
import org.tocgraph.model.Table;
import org.tocgraph.rdf.GraphBuilder;
import org.tocgraph.rdf.Iris;
import org.tocgraph.resolve.Lexicons;
import org.tocgraph.resolve.ReferenceData;

/**
 * The whole conversion, stage by stage: extract the table, interpret its cells, build the graph.
 *
 * <pre>{@code
 * Pipeline.Output out = Pipeline.run(Config.defaults());
 * TurtleOutput.write(out.model(), System.out);
 * }</pre>
 *
 * @param result the interpretation, with its diagnostics (for the report)
 * @param model  the RDF graph
 */
public record Pipeline(Interpreter.Result result, Model model, ReferenceData reference) {

    /** Converts {@code config.input()} with the reference data, rules and curation the config names. */
    public static Pipeline run(Config config) {
        return run(config, config.input());
    }

    public static Pipeline run(Config config, Path input) {
        ReferenceData reference = ReferenceData.load(config.referenceDir());
        Rules rules = Rules.load(config.rulesDir());
        Curation curation = Curation.load(config.curationDir().resolve("decisions.csv"));
        Table table = TableReader.forFile(input).read(input);
        Interpreter.Result result = new Interpreter(Lexicons.from(reference), rules, curation, config.strict())
                .interpret(table);
        Model model = new GraphBuilder(new Iris(config.base()), reference).build(result);
        return new Pipeline(result, model, reference);
    }
}
