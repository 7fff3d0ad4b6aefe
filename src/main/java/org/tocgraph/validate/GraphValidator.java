package org.tocgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.tocgraph.io.FileException;
import org.tocgraph.io.RdfFiles;
import org.tocgraph.rdf.Iris;
import org.tocgraph.rdf.TG;

/**
 * Validates a tocgraph graph against the SHACL shapes in {@code ontology/shapes.ttl} with Jena
 * SHACL, and makes each result readable: the focus node relative to the data root, the path, the
 * shape's message, and the source line the failing fact was read from.
 *
 * <pre>{@code
 * Model data = GraphValidator.read(Path.of("target/tocgraph.ttl"));
 * ValidationResult result = GraphValidator.validate(data, GraphValidator.defaultShapes());
 * System.out.print(result.report());
 * // [line 48] membership/sco/state/MN/observer: tg:evidence is missing (a Membership must cite its source)
 * }</pre>
 */
public final class GraphValidator {
    /** Where the shapes live in the source tree, relative to the project root. */
    public static final Path SHAPES_FILE = Path.of("ontology", "shapes.ttl");
    /** Where the shapes are looked for on the class path, if the build bundles {@code ontology/}. */
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    private static final Property ORG_ORGANIZATION =
            ResourceFactory.createProperty("http://www.w3.org/ns/org#organization");
    /** Properties that lead from a fact or entry to the mechanism whose rows give its lines. */
    private static final List<Property> TO_MECHANISM = List.of(ORG_ORGANIZATION, TG.mechanism, TG.describes);

    private GraphValidator() {
    }

    /** Validates {@code data} against {@code shapes}, shortening IRIs relative to the default base. */
    public static ValidationResult validate(Model data, Model shapes) {
        return validate(data, shapes, Iris.DEFAULT_BASE);
    }

    /**
     * Validates {@code data} against {@code shapes}.
     *
     * @param base the base the data was minted under (data IRIs are {@code base + "id/…"}); focus
     *             nodes are shown relative to it
     * @throws ValidationException if the shapes are not valid SHACL
     */
    public static ValidationResult validate(Model data, Model shapes, String base) {
        Shapes parsed;
        try {
            parsed = Shapes.parse(shapes.getGraph());
        } catch (ShaclParseException e) {
            throw new ValidationException("shapes are not valid SHACL: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Jena's parser fails on some malformed shapes (a literal where a node is due) with
            // ClassCastException and the like rather than ShaclParseException.
            throw new ValidationException("shapes are not valid SHACL (" + e + ")", e);
        }
        ValidationReport report = ShaclValidator.get().validate(parsed, data.getGraph());

        PrefixMap prefixes = prefixes(data, shapes);
        Prologue prologue = new Prologue(Prefixes.adapt(prefixes));
        String root = base + "id/";
        List<ValidationResult.Problem> problems = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            String path = e.resultPath() == null ? null : PathWriter.asString(e.resultPath(), prologue);
            String value = e.value() == null ? null : shorten(e.value(), root, prefixes);
            problems.add(new ValidationResult.Problem(severity(e), shorten(focus, root, prefixes), path,
                    e.message() == null ? "fails " + e.sourceConstraintComponent() : e.message(), value,
                    lines(data, data.asRDFNode(focus))));
        }
        return new ValidationResult(report.conforms(), problems.stream().distinct().toList(), data.size(),
                report.getModel());
    }

    /**
     * The shapes bundled on the class path ({@link #SHAPES_RESOURCE}), or else the file
     * {@link #SHAPES_FILE} under the working directory.
     *
     * @throws ValidationException if neither is there or they do not parse
     */
    public static Model defaultShapes() {
        URL url = GraphValidator.class.getClassLoader().getResource(SHAPES_RESOURCE);
        if (url != null) {
            Model model = ModelFactory.createDefaultModel();
            try (InputStream in = url.openStream()) {
                RDFParser.source(in).lang(Lang.TURTLE).base(url.toString())
                        .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(model);
            } catch (IOException | RiotException e) {
                throw new ValidationException(url + ": " + e.getMessage(), e);
            }
            return model;
        }
        if (Files.isRegularFile(SHAPES_FILE)) {
            return read(SHAPES_FILE);
        }
        throw new ValidationException("cannot find the shapes: neither " + SHAPES_RESOURCE
                + " on the class path nor " + SHAPES_FILE.toAbsolutePath());
    }

    /**
     * Reads RDF files into one model, the syntax chosen by file extension ({@code .ttl}, {@code .nt},
     * {@code .trig} default graph, ...), as {@link RdfFiles#read}.
     *
     * @throws ValidationException if a file is missing, of no known syntax, empty or does not parse;
     *                             the message names the file and, for a syntax error, the line
     */
    public static Model read(Path... files) {
        try {
            return RdfFiles.read(files);
        } catch (FileException e) {
            throw new ValidationException(e.getMessage(), e);
        }
    }

    private static ValidationResult.Severity severity(ReportEntry e) {
        Node level = e.severity() == null ? null : e.severity().level();
        if (level == null || !level.isURI()) {
            return ValidationResult.Severity.VIOLATION;
        }
        return switch (level.getLocalName()) {
            case "Warning" -> ValidationResult.Severity.WARNING;
            case "Info" -> ValidationResult.Severity.INFO;
            default -> ValidationResult.Severity.VIOLATION;
        };
    }

    /** Prefixes for paths and values: the usual ones, then the shapes' and the data's own. */
    private static PrefixMap prefixes(Model data, Model shapes) {
        PrefixMap map = PrefixMapFactory.create();
        map.add("rdf", RDF.getURI());
        map.add("rdfs", RDFS.getURI());
        map.add("xsd", XSD.getURI());
        map.add("owl", OWL.getURI());
        map.add("skos", SKOS.getURI());
        map.add("dcterms", DCTerms.getURI());
        map.add("tg", TG.NS);
        map.add("tgrole", TG.ROLE_NS);
        map.add("tgcad", TG.CADENCE_NS);
        map.add("tgkind", TG.KIND_NS);
        shapes.getNsPrefixMap().forEach(map::add);
        data.getNsPrefixMap().forEach((prefix, ns) -> {
            if (!map.containsPrefix(prefix)) {
                map.add(prefix, ns);
            }
        });
        return map;
    }

    /** A node as a reader wants it: data IRIs relative to the root, terms as prefixed names. */
    static String shorten(Node node, String root, PrefixMap prefixes) {
        if (node.isURI()) {
            String iri = node.getURI();
            if (iri.startsWith(root) && iri.length() > root.length()) {
                return iri.substring(root.length());
            }
            String curie = prefixes.abbreviate(iri);
            return curie != null ? curie : "<" + iri + ">";
        }
        if (node.isBlank()) {
            return "[] (blank node)";
        }
        return NodeFmtLib.str(node, prefixes);
    }

    /**
     * The source lines a node's facts come from: its evidence's lines, its own lines (span,
     * entry), the lines of spans minted under its IRI, or its mechanism's rows; failing all those,
     * the lines of the nodes that link to it.
     */
    static List<Integer> lines(Model data, RDFNode node) {
        if (!node.isResource()) {
            return List.of();
        }
        Resource r = node.asResource();
        Set<Integer> lines = ownLines(data, r);
        if (lines.isEmpty()) {
            for (Statement s : data.listStatements(null, null, r).toList()) {
                if (!s.getSubject().equals(r)) {
                    lines.addAll(ownLines(data, s.getSubject()));
                }
            }
        }
        return List.copyOf(lines);
    }

    private static Set<Integer> ownLines(Model data, Resource r) {
        Set<Integer> lines = new TreeSet<>();
        for (RDFNode span : data.listObjectsOfProperty(r, TG.evidence).toList()) {
            if (span.isResource()) {
                addInts(lines, data, span.asResource(), TG.sourceLine);
            }
        }
        addInts(lines, data, r, TG.sourceLine);
        addInts(lines, data, r, TG.firstLine);
        if (!lines.isEmpty()) {
            return lines;
        }
        // Evidence IRIs are the fact's IRI plus a fragment: they find the span even when the
        // tg:evidence link itself is what is missing.
        if (r.isURIResource() && !r.getURI().contains("#")) {
            String prefix = r.getURI() + "#";
            for (Statement s : data.listStatements(null, TG.sourceLine, (RDFNode) null).toList()) {
                if (s.getSubject().isURIResource() && s.getSubject().getURI().startsWith(prefix)) {
                    addInt(lines, s.getObject());
                }
            }
        }
        for (RDFNode entry : data.listObjectsOfProperty(r, TG.inEntry).toList()) {
            if (entry.isResource()) {
                addInts(lines, data, entry.asResource(), TG.firstLine);
            }
        }
        if (!lines.isEmpty()) {
            return lines;
        }
        List<Resource> mechanisms = new ArrayList<>();
        if (r.hasProperty(TG.entry)) {
            mechanisms.add(r);
        }
        for (Property p : TO_MECHANISM) {
            data.listObjectsOfProperty(r, p).filterKeep(RDFNode::isResource)
                    .forEach(m -> mechanisms.add(m.asResource()));
        }
        for (Resource m : mechanisms) {
            for (RDFNode entry : data.listObjectsOfProperty(m, TG.entry).toList()) {
                if (entry.isResource()) {
                    addInts(lines, data, entry.asResource(), TG.firstLine);
                }
            }
        }
        return lines;
    }

    private static void addInts(Set<Integer> lines, Model data, Resource r, Property p) {
        data.listObjectsOfProperty(r, p).forEach(o -> addInt(lines, o));
    }

    private static void addInt(Set<Integer> lines, RDFNode o) {
        if (o.isLiteral()) {
            Literal l = o.asLiteral();
            try {
                int n = Integer.parseInt(l.getLexicalForm().trim());
                if (n > 0) {
                    lines.add(n);
                }
            } catch (NumberFormatException ignored) {
                // a malformed line number is itself reported; it just cannot locate anything
            }
        }
    }
}
