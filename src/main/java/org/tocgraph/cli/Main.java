package org.tocgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tocgraph.config.Config;
import org.tocgraph.config.ConfigException;
import org.tocgraph.extract.ExtractException;
import org.tocgraph.interpret.InterpretException;
import org.tocgraph.io.AtomicFiles;
import org.tocgraph.io.FileException;
import org.tocgraph.io.IoConsumer;
import org.tocgraph.resolve.ResolveException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code tocgraph} command line.
 *
 * <pre>
 * java -jar target/tocgraph.jar convert --out tocgraph.ttl
 * java -jar target/tocgraph.jar serve --port 3030
 * java -jar target/tocgraph.jar query memberships --format csv
 * </pre>
 */
@Command(name = "tocgraph", mixinStandardHelpOptions = true, version = "tocgraph 0.1.0",
        description = "Knowledge graph of coordination mechanisms against transnational organized crime.",
        subcommands = {ServeCommand.class, ConvertCommand.class, QueryCommand.class, ReportCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    /** Options every subcommand shares: the config file and the strict/lenient switch. */
    static final class Common {
        @Option(names = "--config", paramLabel = "FILE",
                description = "Properties file with configuration keys (base, port, input, ...).")
        Path configFile;

        @Option(names = "--strict", negatable = true, description = "Strict reading: unresolved names and "
                + "curation decisions that match nothing are errors (default: lenient, they are reported).")
        Boolean strict;

        @Option(names = "--base", paramLabel = "IRI", description = "Base IRI for minted IRIs "
                + "(default https://w3id.org/tocgraph/).")
        String base;

        /**
         * Defaults (under {@code TOCGRAPH_HOME} if set), then the file, then the environment, then these
         * options.
         */
        Config config() {
            Config c = Config.defaults(Config.home(System.getenv()));
            Path file = configFile;
            if (file == null && Files.exists(Path.of("tocgraph.properties"))) {
                file = Path.of("tocgraph.properties");
            }
            if (file != null) {
                c = c.withFile(file);
            }
            c = c.withEnv(System.getenv());
            if (strict != null) {
                c = c.with("strict", strict.toString());
            }
            if (base != null) {
                c = c.with("base", base);
            }
            return c;
        }

        /** {@link #config()} with the document an {@code --input} option names, if it names one. */
        Config config(Path input) {
            Config c = config();
            return input == null ? c : c.with("input", input.toString());
        }
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    /**
     * Checks an {@code --out} path before the work that fills it, so that a typo does not cost a
     * conversion.
     */
    static void checkOut(Path out) {
        try {
            AtomicFiles.destination(out);
        } catch (FileException e) {
            throw new UserException("--out " + e.getMessage());
        }
    }

    /** Writes an {@code --out} file atomically; a refusal names the option and the path. */
    static void writeOut(Path out, IoConsumer<OutputStream> writer) throws IOException {
        try {
            AtomicFiles.write(out, writer);
        } catch (FileException e) {
            throw new UserException("--out " + e.getMessage());
        }
    }

    /** Advice for an {@link OutOfMemoryError}, after what ran out. */
    static final String OUT_OF_MEMORY = "ran out of memory (the data or the result is too large; raise -Xmx via "
            + "TOCGRAPH_JAVA_OPTS, or narrow the query)";

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit code, without exiting (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof ExtractException || e instanceof InterpretException || e instanceof ResolveException
                    || e instanceof ConfigException || e instanceof UserException
                    || e instanceof org.tocgraph.validate.ValidationException
                    || e instanceof org.tocgraph.server.ServerException || e instanceof FileException) {
                err.println("tocgraph: " + e.getMessage());
                return 2;
            }
            err.println("tocgraph: internal error: " + e);
            return 70;
        });
        try {
            return cl.execute(args);
        } catch (StackOverflowError e) {
            // Commands name the file where they know it; this is the last resort, never a stack trace.
            cl.getErr().println("tocgraph: the input is too large or nested too deeply to read");
            return 2;
        } catch (OutOfMemoryError e) {
            cl.getErr().println("tocgraph: " + OUT_OF_MEMORY);
            return 2;
        }
    }
}
