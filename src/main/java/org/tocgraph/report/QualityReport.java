package org.tocgraph.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.text.StringEscapeUtils;
import org.tocgraph.interpret.Interpreter;
import org.tocgraph.model.Diagnostic;
import org.tocgraph.model.Diagnostic.Kind;
import org.tocgraph.model.Entry;

/**
 * The data-quality report: every judgement the converter made or could not make, grouped by kind,
 * each with its source line, as Markdown and as HTML.
 *
 * <pre>{@code
 * String md = new QualityReport(pipeline.result()).markdown();
 * }</pre>
 */
public final class QualityReport {
    private static final Map<Kind, String[]> SECTIONS = new EnumMap<>(Map.of(
            Kind.REASSIGNED, new String[] {"Rule-based reassignments",
                "Text the extraction put in the wrong row or role, moved by a general rule."},
            Kind.CURATION, new String[] {"Curation decisions",
                "Judgement calls from data/curation/decisions.csv, applied on top of the rules."},
            Kind.AMBIGUITY, new String[] {"Remaining ambiguities",
                "Text that allows more than one reading; the reading taken is given."},
            Kind.DUPLICATE, new String[] {"Duplicates", "Rows that describe the same mechanism."},
            Kind.CONFLICT, new String[] {"Conflicting figures", "Rows that give different figures for one thing."},
            Kind.COUNT_MISMATCH, new String[] {"Counts that disagree with the list",
                "A stated count differs from the number of members the row names."},
            Kind.UNRESOLVED, new String[] {"Unresolved names",
                "Capitalised text that matched no state, organization or group; it stays in the cell text only."},
            Kind.SUGGESTION, new String[] {"Suggestions (not applied)",
                "Fuzzy matches for unresolved names, for a reviewer to confirm by adding an alias or a decision."},
            Kind.SKIPPED, new String[] {"Skipped lines", "Lines of the file that are not part of any row."}));

    private final Interpreter.Result result;

    public QualityReport(Interpreter.Result result) {
        this.result = result;
    }

    private Map<Kind, List<Diagnostic>> byKind() {
        return result.diagnostics().stream().collect(Collectors.groupingBy(Diagnostic::kind,
                () -> new EnumMap<>(Kind.class), Collectors.toList()));
    }

    private String summary() {
        List<Entry> entries = result.entries();
        long mechanisms = entries.stream().map(Entry::mechanism).distinct().count();
        // Counted as the graph has them: a membership both rows of a duplicate name is one resource.
        Map<Boolean, Long> byBasis = entries.stream()
                .flatMap(e -> e.memberships().stream().map(m -> List.of(e.mechanism(), m.member(), m.role(),
                        m.inferred())))
                .distinct()
                .collect(Collectors.partitioningBy(k -> (Boolean) k.get(3), Collectors.counting()));
        long stated = byBasis.get(false);
        long inferred = byBasis.get(true);
        // The file's name only: the report is published, and where the checkout lives is nobody's business.
        return java.nio.file.Path.of(result.table().source()).getFileName() + ": " + result.table().lineCount() + " lines, " + entries.size()
                + " rows, " + mechanisms + " mechanisms, " + stated + " stated and " + inferred
                + " inferred memberships (groups expanded at " + result.referenceDate() + ").";
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder("# tocgraph data-quality report\n\n").append(summary()).append("\n");
        Map<Kind, List<Diagnostic>> byKind = byKind();
        for (Kind k : Kind.values()) {
            List<Diagnostic> ds = byKind.getOrDefault(k, List.of());
            sb.append("\n## ").append(SECTIONS.get(k)[0]).append(" (").append(ds.size()).append(")\n\n")
                    .append(SECTIONS.get(k)[1]).append("\n\n");
            if (ds.isEmpty()) {
                sb.append("None.\n");
                continue;
            }
            sb.append("| line | cell | text | reading |\n|---:|---|---|---|\n");
            for (Diagnostic d : ds) {
                sb.append("| ").append(d.line()).append(" | ").append(d.column() == null ? "" : d.column().header())
                        .append(" | ").append(md(d.text())).append(" | ").append(md(d.message())).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String md(String s) {
        String t = s.length() > 300 ? s.substring(0, 297) + "..." : s;
        return t.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    /**
     * The report as a standalone HTML document; its {@code <body>} is {@link #htmlBody()}. The server shows
     * that body in its own page frame, so the small inline style here only serves a file opened on its own.
     */
    public String html() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>tocgraph data-quality report</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}"
                + "table{border-collapse:collapse;width:100%;margin-bottom:1rem}"
                + "td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}"
                + "th{background:#f3f3f3}td.num{text-align:right}"
                + "</style></head><body>\n" + htmlBody() + "</body></html>\n";
    }

    /**
     * The report as an HTML fragment: heading, summary, contents and one table per kind. Line numbers link
     * to {@code source#L48}, the numbered source text the server publishes beside {@code /report}.
     */
    public String htmlBody() {
        StringBuilder sb = new StringBuilder("<h1>Data-quality report</h1>\n<p class=\"lead\">")
                .append(esc(summary())).append("</p>\n<nav class=\"toc\"><ul>\n");
        Map<Kind, List<Diagnostic>> byKind = byKind();
        for (Kind k : Kind.values()) {
            sb.append("<li><a href=\"#").append(anchor(k)).append("\">").append(SECTIONS.get(k)[0])
                    .append("</a> <span class=\"count\">").append(byKind.getOrDefault(k, List.of()).size())
                    .append("</span></li>\n");
        }
        sb.append("</ul></nav>\n");
        for (Kind k : Kind.values()) {
            List<Diagnostic> ds = byKind.getOrDefault(k, List.of());
            sb.append("<section id=\"").append(anchor(k)).append("\">\n<h2>").append(SECTIONS.get(k)[0])
                    .append(" <span class=\"count\">").append(ds.size()).append("</span></h2>\n<p>")
                    .append(esc(SECTIONS.get(k)[1])).append("</p>\n");
            if (!ds.isEmpty()) {
                sb.append("<table>\n<thead><tr><th class=\"num\">Line</th><th>Cell</th><th>Text</th>"
                        + "<th>Reading</th></tr></thead>\n<tbody>\n");
                for (Diagnostic d : ds) {
                    sb.append("<tr><td class=\"num\">").append(lineLink(d.line())).append("</td><td>")
                            .append(d.column() == null ? "" : esc(d.column().header())).append("</td><td>")
                            .append(esc(d.text())).append("</td><td>").append(esc(d.message()))
                            .append("</td></tr>\n");
                }
                sb.append("</tbody>\n</table>\n");
            }
            sb.append("</section>\n");
        }
        return sb.toString();
    }

    private static String anchor(Kind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    /** Line 0 stands for the whole file: no number, no link. */
    private static String lineLink(int line) {
        return line > 0 ? "<a href=\"source#L" + line + "\">" + line + "</a>" : "";
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }
}
