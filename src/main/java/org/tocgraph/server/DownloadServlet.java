package org.tocgraph.server;

import static org.tocgraph.server.Html.esc;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.Locale;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.tocgraph.rdf.TG;

/**
 * {@code /download/}: an index page, the versioned dumps, their {@code .gz} and {@code .sha256} files, the
 * stable aliases and {@code SHA256SUMS}. Every file has a strong ETag (its SHA-256), Last-Modified, conditional
 * GET and HEAD. Gzipped files are sent as {@code application/gzip} with no Content-Encoding, so clients
 * save exactly the bytes the checksum describes.
 */
final class DownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Site site;
    private final transient String index;

    DownloadServlet(Site site) {
        this.site = site;
        this.index = renderIndex(site);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Responses.readMethod(req, resp)) {
            return;
        }
        String path = req.getPathInfo();
        if (path == null) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        if (path.equals("/")) {
            resp.setHeader("Cache-Control", "no-cache");
            Responses.sendHtml(req, resp, HttpServletResponse.SC_OK, index);
            return;
        }
        String name = path.substring(1);
        Downloads downloads = site.downloads();
        var found = downloads.find(name);
        if (found.isEmpty()) {
            Responses.sendError(resp, HttpServletResponse.SC_NOT_FOUND, "No such download: " + Responses.clip(name)
                    + ". The files are listed at /download/");
            return;
        }
        Downloads.Download d = found.get();
        boolean alias = !name.equals(d.name);
        // Versioned files never change; aliases move to the next version, so they must be revalidated.
        String cache = alias ? "no-cache" : "public, max-age=86400";
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.name + "\"");
        if (alias) {
            resp.setHeader("Link", "<" + d.name + ">; rel=\"canonical\"");
        }
        Responses.sendFixed(req, resp, d.bytes, d.contentType, d.sha256, site.publication().modified(), cache);
    }

    private static String renderIndex(Site site) {
        Downloads downloads = site.downloads();
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.ROOT);
        StringBuilder b = new StringBuilder("<h1>Downloads</h1>\n<p>tocgraph version ")
                .append(esc(site.version())).append(": the default graph of the SPARQL endpoint, ")
                .append(nf.format(site.summary().triples()))
                .append(" triples, in five syntaxes. The Turtle file is written in the converter's canonical order,"
                        + " byte for byte the release file <code>data/release/tocgraph.ttl</code> of the project."
                        + " The TriG file holds the endpoint's whole dataset: the data as the default graph, the"
                        + " ontology as the named graph <code>")
                .append(esc(TG.ONTOLOGY)).append("</code> and the dataset description as <code>")
                .append(esc(site.iris().dataset()))
                .append("</code>. Each file has a gzipped copy and a SHA-256 checksum"
                        + " (check with <code>sha256sum -c</code>). Names without the version, such as <a href=\"")
                .append("tocgraph.ttl\"><code>tocgraph.ttl</code></a>, always serve the current version."
                        + " All checksums: <a href=\"" + Downloads.SUMS + "\"><code>" + Downloads.SUMS
                        + "</code></a>.</p>\n");
        b.append("<h2 id=\"licence\">Licence and attribution</h2>\n<p>The data is published under <a href=\""
                + Vocab.CC_BY_4 + "\">CC BY 4.0</a>. When you use it, credit tocgraph and carry these"
                + " attributions:</p>\n<ul class=\"attributions\">\n");
        DatasetDescription.ATTRIBUTIONS.forEach(a -> b.append("<li>")
                .append(esc(a).replaceAll("(https://[^\\s)&<]+)", "<a href=\"$1\">$1</a>")).append("</li>\n"));
        b.append("</ul>\n<p>").append(esc(DatasetDescription.MATCHING_ONLY)).append("</p>\n<h2>Files</h2>\n");
        b.append("<table class=\"downloads\">\n<thead><tr><th>Syntax</th><th>File</th><th>Media type</th>"
                + "<th class=\"num\">Bytes</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        for (Downloads.Download d : downloads.dumps()) {
            b.append("<tr><td>").append(esc(d.syntax.label)).append(d.gzip ? " (gzip)" : "")
                    .append("</td><td><a href=\"").append(esc(d.name)).append("\">").append(esc(d.name))
                    .append("</a> · <a href=\"").append(esc(downloads.alias(d))).append("\">")
                    .append(esc(downloads.alias(d))).append("</a></td><td><code>")
                    .append(esc(d.gzip ? "application/gzip" : d.syntax.mediaType)).append("</code></td>")
                    .append("<td class=\"num\">").append(nf.format(d.bytes.length)).append("</td>")
                    .append("<td><a class=\"hash\" href=\"").append(esc(d.name)).append(".sha256\"><code>")
                    .append(d.sha256).append("</code></a></td></tr>\n");
        }
        b.append("</tbody>\n</table>\n<p>The same files are described with their sizes and checksums in the"
                + " <a href=\"../.well-known/void\">dataset description</a>.</p>\n");
        return Html.page("../", Html.Section.DOWNLOADS, "Downloads: tocgraph " + site.version(), "", b.toString(),
                site.version(), "");
    }
}
