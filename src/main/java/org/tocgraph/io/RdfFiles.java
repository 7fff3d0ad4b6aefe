package org.tocgraph.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotNotFoundException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Reads RDF files given by the user, the syntax chosen by file extension. Errors are one line naming
 * the file, and the line and column of a syntax error; the parser logs nothing.
 *
 * <pre>{@code
 * Model m = RdfFiles.read(Path.of("data/release/tocgraph.ttl"));
 * // broken.ttl: [line 2, column 1] Unrecognized (expected an RDF Term): [EOF]
 * }</pre>
 */
public final class RdfFiles {
    /** The extensions {@link #read} accepts, for the message that refuses another. */
    static final String KNOWN = ".ttl, .nt, .nq, .trig, .jsonld, .rdf, .owl";

    /**
     * Fails on the first error with its position kept apart from the text, and logs nothing: the
     * caller reports the error once, as one line.
     */
    private static final ErrorHandler FAIL_SILENTLY = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            // Warnings (a doubtful IRI, an unusual language tag) do not stop a read.
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    private RdfFiles() {
    }

    /**
     * Reads one or more files into one model; of quad syntaxes (TriG, N-Quads) the default graph.
     *
     * @throws FileException if a file is missing, a directory, a device or pipe, of no known RDF syntax,
     *                       does not parse or holds no triples
     */
    public static Model read(Path... files) {
        Model model = ModelFactory.createDefaultModel();
        for (Path file : files) {
            Lang lang = syntax(file);
            Model one = ModelFactory.createDefaultModel();
            try {
                RDFParser.source(file).lang(lang).errorHandler(FAIL_SILENTLY).parse(defaultGraphOf(one));
            } catch (RiotParseException e) {
                String where = e.getLine() > 0 ? "[line " + e.getLine()
                        + (e.getCol() > 0 ? ", column " + e.getCol() : "") + "] " : "";
                throw new FileException(file, where + e.getOriginalMessage(), e);
            } catch (RiotNotFoundException e) {
                throw new FileException(file, "no such file", e);
            } catch (RiotException e) {
                throw new FileException(file, "cannot read as " + lang.getLabel() + ": " + e.getMessage(), e);
            } catch (StackOverflowError e) {
                throw new FileException(file, "is nested too deeply to read");
            }
            if (one.isEmpty()) {
                throw new FileException(file, RDFLanguages.isQuads(lang)
                        ? "holds no triples in its default graph (named graphs are not read)"
                        : "holds no triples (an empty graph)");
            }
            model.add(one);
            model.setNsPrefixes(one.getNsPrefixMap());
        }
        return model;
    }

    /**
     * A sink that keeps the triples of the default graph and drops named graphs' quads itself, instead
     * of leaving them to Jena's graph sink, which logs a warning.
     */
    private static StreamRDF defaultGraphOf(Model model) {
        return new StreamRDFWrapper(StreamRDFLib.graph(model.getGraph())) {
            @Override
            public void quad(Quad quad) {
                if (quad.isDefaultGraph()) {
                    triple(quad.asTriple());
                }
            }
        };
    }

    private static Lang syntax(Path file) {
        InputFiles.requireRegular(file);
        if (!Files.exists(file)) {
            throw new FileException(file, "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new FileException(file, "cannot read the file: permission denied");
        }
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null || !RDFParserRegistry.isRegistered(lang)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            throw new FileException(file, "cannot read as RDF: unknown RDF syntax for "
                    + (dot < 0 ? "a file without extension" : "'" + name.substring(dot) + "'") + "; use " + KNOWN);
        }
        return lang;
    }
}
