package org.tocgraph.server;

import static org.tocgraph.server.Html.esc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tocgraph.extract.ExtractException;
import org.tocgraph.extract.InputGuard;
import org.tocgraph.rdf.TG;

/**
 * The document the graph was converted from, the configured input file read once at start-up:
 * {@code /source.txt} its bytes unchanged as plain text, {@code /source} the same lines numbered, one anchor
 * per line ({@code #L48}) and one per table row ({@code #L18-L22}), each row linking to its page. Line
 * numbers are counted as the converter counts them, so every {@code tg:sourceLine} lands on its line.
 */
final class SourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SourceServlet.class);

    /** A table row of the document as the graph has it. */
    private record Row(int first, int last, String entry, String mechanism, String mechanismLabel) {
    }

    private final transient Site site;
    private final transient byte[] raw;
    private final transient String html;

    SourceServlet(Site site) {
        this.site = site;
        Path input = site.config().input();
        byte[] bytes = null;
        List<String> lines = null;
        try {
            bytes = Files.readAllBytes(input);
            lines = InputGuard.readLines(input);
        } catch (IOException | ExtractException e) {
            // The server still runs (a publication may come without its file); /source then says so.
            LOG.warn("The source text {} cannot be served: {}", input, e.getMessage());
        }
        this.raw = lines == null ? null : bytes;
        this.html = lines == null ? null : render(site, input, bytes, lines);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Responses.readMethod(req, resp)) {
            return;
        }
        if (raw == null) {
            Responses.sendError(resp, HttpServletResponse.SC_NOT_FOUND, "This server publishes no source text.");
            return;
        }
        if (req.getServletPath().endsWith(".txt")) {
            // inline, so that a browser shows it; nosniff, so that it is never read as anything but text.
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("Content-Disposition", "inline; filename=\"" + site.config().input().getFileName() + "\"");
            Responses.sendFixed(req, resp, raw, "text/plain; charset=utf-8", Downloads.sha256(raw),
                    site.publication().modified(), "no-cache");
            return;
        }
        resp.setHeader("Cache-Control", "no-cache");
        Responses.sendHtml(req, resp, HttpServletResponse.SC_OK, html);
    }

    private static String render(Site site, Path input, byte[] bytes, List<String> lines) {
        String base = site.iris().base();
        TreeMap<Integer, Row> rows = new TreeMap<>();
        for (Row r : rows(site.publication().data())) {
            rows.put(r.first(), r);
        }
        StringBuilder b = new StringBuilder(bytes.length * 2 + 4096);
        Optional<String> title = site.summary().sourceTitle();
        b.append("<p class=\"kicker\">Source text</p>\n<h1>")
                .append(esc(title.orElse(input.getFileName().toString()))).append("</h1>\n")
                .append("<p class=\"lead\">The text extraction of the source document's PDF that the graph was"
                        + " converted from, unchanged: every fact in the graph names the line it was read from,"
                        + " and links here. Each line has an anchor (<code>#L48</code>) and each row of the"
                        + " document's table one for its lines (<code>#L18-L22</code>), with a link to the row's"
                        + " page; grey lines belong to no row (titles, repeated headers, page footers).</p>\n")
                .append("<dl class=\"facts\">\n<dt>File</dt><dd><code>").append(esc(input.getFileName().toString()))
                .append("</code>, ").append(lines.size()).append(" lines, ").append(bytes.length).append(" bytes</dd>\n")
                .append("<dt>SHA-256</dt><dd><code>").append(Downloads.sha256(bytes)).append("</code></dd>\n")
                .append("<dt>Also</dt><dd><a href=\"source.txt\">the plain text</a>");
        site.summary().sourceDocument().ifPresent(d -> b.append(" · <a href=\"")
                .append(esc(Html.href("", d.getURI(), base))).append("\">the source document's description</a>"));
        b.append(" · <a href=\"report\">data-quality report</a></dd>\n</dl>\n");

        b.append("<div class=\"table-wrap\">\n<table class=\"source\">\n");
        int n = 1;
        while (n <= lines.size()) {
            Row row = rows.get(n);
            int last = row == null ? n : Math.min(Math.max(row.last(), n), lines.size());
            if (row == null) {
                // Lines up to the next row.
                Integer next = rows.ceilingKey(n);
                last = next == null ? lines.size() : next - 1;
                b.append("<tbody class=\"outside\">\n");
            } else {
                b.append("<tbody class=\"entry\"").append(last > n ? " id=\"L" + n + "-L" + last + "\"" : "")
                        .append(">\n");
            }
            for (int i = n; i <= last; i++) {
                b.append("<tr id=\"L").append(i).append("\"><td class=\"ln\"><a href=\"#L").append(i).append("\">")
                        .append(i).append("</a></td><td class=\"text\">").append(text(lines.get(i - 1)))
                        .append("</td><td class=\"row\">");
                if (row != null && i == n) {
                    b.append("<a href=\"").append(esc(Html.href("", row.entry(), base))).append("\">row ")
                            .append(n == last ? "L" + n : "L" + n + "–" + last).append("</a>");
                    if (row.mechanism() != null) {
                        b.append("<br><a href=\"").append(esc(Html.href("", row.mechanism(), base))).append("\">")
                                .append(esc(row.mechanismLabel())).append("</a>");
                    }
                }
                b.append("</td></tr>\n");
            }
            b.append("</tbody>\n");
            n = last + 1;
        }
        b.append("</table>\n</div>\n");
        return Html.page("", Html.Section.SOURCE, "Source text · tocgraph",
                "<link rel=\"alternate\" type=\"text/plain\" href=\"source.txt\" title=\"Plain text\">", b.toString(),
                site.version(), "");
    }

    /** A line as HTML: escaped, its tabs (the extraction's cell separators) marked so the columns show. */
    private static String text(String line) {
        return esc(line).replace("\t", "<span class=\"tab\">\t</span>");
    }

    /** The table rows (tg:Entry) with their line ranges and the mechanism each describes. */
    private static List<Row> rows(Model m) {
        List<Row> rows = new ArrayList<>();
        for (Resource e : m.listResourcesWithProperty(RDF.type, TG.Entry).toList()) {
            Statement first = e.getProperty(TG.firstLine);
            if (!e.isURIResource() || first == null || !first.getObject().isLiteral()) {
                continue;
            }
            Statement last = e.getProperty(TG.lastLine);
            Statement describes = e.getProperty(TG.describes);
            Resource mechanism = describes == null || !describes.getObject().isURIResource() ? null
                    : describes.getResource();
            try {
                int f = first.getInt();
                int l = last == null ? f : last.getInt();
                rows.add(new Row(f, l, e.getURI(), mechanism == null ? null : mechanism.getURI(),
                        mechanism == null ? null : Summary.label(mechanism)));
            } catch (RuntimeException ex) {
                // A line number that is no integer: the row gets no anchor; the lines are still shown.
            }
        }
        rows.sort(Comparator.comparingInt(Row::first));
        return rows;
    }
}
