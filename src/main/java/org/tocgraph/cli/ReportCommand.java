package org.tocgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tocgraph.config.Config;
import org.tocgraph.pipeline.Pipeline;
import org.tocgraph.report.QualityReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: the data-quality report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the data-quality report: every reassignment, curation decision, ambiguity, "
                + "duplicate, conflicting figure, count mismatch, unresolved name and skipped line.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    Main.Common common = new Main.Common();

    @Option(names = "--input", paramLabel = "FILE", description = "The document: .txt, .csv or .tsv "
            + "(default: the configured input, data/source/000_1ac077aacd7d84d9.txt).")
    Path input;

    @Option(names = "--format", defaultValue = "md", description = "md or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws java.io.IOException {
        if (out != null) {
            Main.checkOut(out);
        }
        Config config = common.config(input);
        Pipeline p = Pipeline.run(config);
        QualityReport report = new QualityReport(p.result());
        String text = switch (format) {
            case "md", "markdown" -> report.markdown();
            case "html" -> report.html();
            default -> throw new UserException("unknown report format '" + format + "'; use md or html");
        };
        if (out == null) {
            System.out.print(text);
        } else {
            Main.writeOut(out, os -> os.write(text.getBytes(StandardCharsets.UTF_8)));
        }
        return 0;
    }
}
