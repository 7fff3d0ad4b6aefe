package org.tocgraph.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;

/**
 * The outcome of validating a graph against the tocgraph shapes: whether it conforms, and each
 * problem as a readable line that names the source line it comes from where that can be found.
 *
 * <pre>{@code
 * ValidationResult result = GraphValidator.validate(data, shapes);
 * System.out.print(result.report());
 * if (!result.conforms()) System.exit(1);
 * }</pre>
 */
public final class ValidationResult {
    /** How serious a problem is, as the shape's {@code sh:severity} says. */
    public enum Severity {
        VIOLATION, WARNING, INFO
    }

    /**
     * One validation result, made readable.
     *
     * @param severity the shape's severity
     * @param focus    the node that fails, shortened: relative to the data root
     *                 ({@code membership/sco/state/MN/observer}), a prefixed name, or {@code <iri>}
     * @param path     the property path that fails, as prefixed names ({@code tg:evidence}), or null
     *                 for a constraint on the node itself
     * @param message  the shape's message
     * @param value    the offending value, shortened, or null
     * @param lines    source lines the focus node's facts come from, ascending; empty if none found
     */
    public record Problem(Severity severity, String focus, String path, String message, String value,
            List<Integer> lines) {
        /** Lines shown before the rest are summarised. */
        private static final int MAX_LINES = 3;

        public Problem {
            lines = List.copyOf(lines);
        }

        /**
         * The problem as one line, e.g. {@code [line 48] membership/sco/state/MN/observer: tg:evidence
         * is missing (a Membership must cite its source)}.
         */
        public String text() {
            StringBuilder sb = new StringBuilder();
            if (!lines.isEmpty()) {
                sb.append(lines.size() == 1 ? "[line " : "[lines ");
                sb.append(lines.stream().limit(MAX_LINES).map(String::valueOf).collect(Collectors.joining(", ")));
                if (lines.size() > MAX_LINES) {
                    sb.append(", … (").append(lines.size()).append(" lines)");
                }
                sb.append("] ");
            }
            if (severity != Severity.VIOLATION) {
                sb.append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ");
            }
            sb.append(focus).append(": ");
            // Messages in shapes.ttl start with their property; Jena's own ones do not.
            if (path != null && !message.contains(path)) {
                sb.append(path).append(": ");
            }
            sb.append(message);
            if (value != null && !value.equals(focus) && !message.contains(value)) {
                sb.append(" (got ").append(value).append(')');
            }
            return sb.toString();
        }

        /** The first source line, or {@link Integer#MAX_VALUE} if none is known; for sorting. */
        int firstLine() {
            return lines.isEmpty() ? Integer.MAX_VALUE : lines.get(0);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    private static final Comparator<Problem> ORDER = Comparator.comparingInt(Problem::firstLine)
            .thenComparing(Problem::focus)
            .thenComparing(p -> p.path() == null ? "" : p.path())
            .thenComparing(Problem::message);

    private final boolean conforms;
    private final List<Problem> problems;
    private final long triples;
    private final Model reportModel;

    ValidationResult(boolean conforms, List<Problem> problems, long triples, Model reportModel) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(ORDER);
        this.conforms = conforms;
        this.problems = List.copyOf(sorted);
        this.triples = triples;
        this.reportModel = reportModel;
    }

    /** True when the graph meets every shape (SHACL's {@code sh:conforms}). */
    public boolean conforms() {
        return conforms;
    }

    /** The problems, ordered by source line, then focus node. */
    public List<Problem> problems() {
        return problems;
    }

    /** Each problem as one readable line (see {@link Problem#text()}). */
    public List<String> messages() {
        return problems.stream().map(Problem::text).toList();
    }

    /** Number of triples validated. */
    public long triples() {
        return triples;
    }

    /** The SHACL validation report as RDF ({@code sh:ValidationReport}), e.g. to save as Turtle. */
    public Model reportModel() {
        return reportModel;
    }

    /** A summary line followed by one line per problem, ready to print; ends with a newline. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        if (conforms) {
            sb.append("Valid: ").append(triples).append(" triples conform to the tocgraph shapes.\n");
            return sb.toString();
        }
        long nodes = problems.stream().map(Problem::focus).distinct().count();
        sb.append("Invalid: ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append(" on ").append(nodes).append(nodes == 1 ? " node" : " nodes")
                .append(" (").append(triples).append(" triples checked).\n");
        for (Problem p : problems) {
            sb.append("  ").append(p.text()).append('\n');
        }
        return sb.toString();
    }
}
