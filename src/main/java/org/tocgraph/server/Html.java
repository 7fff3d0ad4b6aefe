package org.tocgraph.server;

/**
 * The page frame every HTML page of the server shares, including the linked-data pages of
 * {@code server.ld} and the report: one stylesheet ({@code static/tocgraph.css}), one header with the
 * site navigation, one footer. Links are relative ({@code up} climbs to the server root), so the pages
 * also work when a proxy serves the server under a path prefix.
 *
 * <pre>{@code
 * String html = Html.page("../", Html.Section.DOWNLOADS, "Downloads", "", body, version, "");
 * }</pre>
 */
public final class Html {
    private Html() {
    }

    /** No inline script or style, no third-party origin: the pages need nothing else. */
    public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    /** The parts of the site the navigation names; the one a page belongs to is marked as current. */
    public enum Section {
        HOME("", "Home"),
        BROWSE("./#browse", "Browse"),
        QUERY("query", "Query"),
        SOURCE("source", "Source text"),
        REPORT("report", "Data-quality report"),
        ONTOLOGY("def", "Ontology"),
        DOWNLOADS("download/", "Downloads"),
        DESCRIPTION(".well-known/void", "Dataset description"),
        /** A page of no section of its own, e.g. an error page. */
        NONE(null, null);

        final String path;
        final String title;

        Section(String path, String title) {
            this.path = path;
            this.title = title;
        }
    }

    /** Text as HTML: the five markup characters escaped, everything else left as it is (pages are UTF-8). */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The dataset description as an alternate of a page about the whole dataset (front page, downloads). */
    static String voidLink(String up) {
        return "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + up
                + ".well-known/void\" title=\"Dataset description (VoID, DCAT)\">";
    }

    /** The frame with no section marked and no extra footer; what the pages of this package used first. */
    static String page(String up, String title, String head, String body, String version) {
        return page(up, Section.NONE, title, voidLink(up) + head, body, version, "");
    }

    /**
     * A whole page.
     *
     * @param up         relative path from the page to the server root: {@code ""}, {@code "../"}, ...
     * @param current    the section to mark in the navigation
     * @param title      page title, plain text
     * @param head       extra elements for {@code <head>}, already HTML
     * @param body       page content, already HTML
     * @param version    dataset version for the footer, or null where the page does not know it
     * @param footerHtml extra footer paragraphs, already HTML (e.g. the raw-data links of an entity page)
     */
    public static String page(String up, Section current, String title, String head, String body, String version,
            String footerHtml) {
        String root = up.isEmpty() ? "./" : up;
        StringBuilder b = new StringBuilder(body.length() + 2048);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(up).append("static/tocgraph.css\">\n");
        if (!head.isEmpty()) {
            b.append(head).append(head.endsWith("\n") ? "" : "\n");
        }
        b.append("</head>\n<body>\n").append(header(up, current)).append("<main>\n").append(body)
                .append(body.endsWith("\n") ? "" : "\n").append("</main>\n<footer class=\"site\">\n<div class=\"bar\">\n")
                .append(footerHtml)
                .append("<p>tocgraph").append(version == null ? "" : " data version " + esc(version))
                .append(". Data licensed under <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>;")
                .append(" derived from a UN CEB/HLCP working document (October 2025). Read-only SPARQL 1.1 service;")
                .append(" no cookies, no tracking. <a href=\"").append(root).append("\">Front page</a></p>\n")
                .append("</div>\n</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    /** The site header: the name, linking home, and the navigation with {@code current} marked. */
    public static String header(String up, Section current) {
        String root = up.isEmpty() ? "./" : up;
        StringBuilder b = new StringBuilder("<header class=\"site\">\n<div class=\"bar\">\n<a class=\"brand\" href=\"")
                .append(root).append("\"").append(current == Section.HOME ? " aria-current=\"page\"" : "")
                .append(">tocgraph</a>\n<nav aria-label=\"Site\">\n");
        for (Section s : Section.values()) {
            if (s == Section.HOME || s == Section.NONE) {
                continue;
            }
            b.append("<a href=\"").append(up).append(s.path).append("\"").append(s == current ? " aria-current=\"page\"" : "")
                    .append(">").append(s.title).append("</a>\n");
        }
        return b.append("</nav>\n</div>\n</header>\n").toString();
    }

    /** The server-relative path of an IRI minted under the public base, or the IRI itself otherwise. */
    static String href(String up, String iri, String base) {
        return iri.startsWith(base) ? up + iri.substring(base.length()) : iri;
    }
}
