package org.tocgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tocgraph.config.Config;

/**
 * Golden cases: each {@code golden/NAME.txt} (or {@code .csv}/{@code .tsv}) converts to a graph
 * isomorphic to the hand-written {@code golden/NAME.ttl}. The expected graphs were written from
 * reading the inputs and the reference data, not copied from the converter's output.
 */
class GoldenConversionTest {
    static final Path DIR = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(DIR)) {
            inputs = files.filter(p -> p.getFileName().toString().matches(".*\\.(txt|csv|tsv)")).sorted().toList();
        }
        assertTrue(inputs.size() >= 2, "golden cases missing under " + DIR);
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String name = input.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
            Model expected = RDFDataMgr.loadModel(DIR.resolve(name + ".ttl").toString());
            Model actual = Pipeline.run(Config.defaults(), input).model();
            assertTrue(actual.isIsomorphicWith(expected), () -> difference(expected, actual));
        }));
    }

    /** The triples one graph has and the other lacks, so a failure says what changed. */
    private static String difference(Model expected, Model actual) {
        List<String> lines = new ArrayList<>();
        actual.listStatements().forEach(s -> {
            if (!expected.contains(s)) {
                lines.add("unexpected: " + show(s));
            }
        });
        expected.listStatements().forEach(s -> {
            if (!actual.contains(s)) {
                lines.add("missing:    " + show(s));
            }
        });
        lines.sort(null);
        return "graph differs from the golden file (" + lines.size() + " triples):\n"
                + String.join("\n", lines.subList(0, Math.min(40, lines.size())));
    }

    private static String show(Statement s) {
        return s.getSubject() + " " + s.getPredicate().getLocalName() + " " + s.getObject();
    }
}
