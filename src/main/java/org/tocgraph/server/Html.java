package org.tocgraph.server;

import org.apache.commons.text.StringEscapeUtils;

/**
 * The page frame shared by the server's HTML pages. Links are relative ({@code up} climbs to the server
 * root), so the pages also work when a proxy serves the server under a path prefix.
 */
final class Html {
    private Html() {
    }

    /** No inline script, no third-party origin: the pages need nothing else. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s);
    }

    /**
     * @param up       relative path from the page to the server root: {@code ""} or {@code "../"}
     * @param title    page title, plain text
     * @param head     extra elements for {@code <head>}, already HTML
     * @param body     page content, already HTML
     * @param version  dataset version for the footer
     */
    static String page(String up, String title, String head, String body, String version) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="%sstatic/tocgraph.css">
                <link rel="alternate" type="text/turtle" href="%s.well-known/void" title="Dataset description (VoID, DCAT)">
                %s
                </head>
                <body>
                <header class="site">
                <a class="brand" href="%s">tocgraph</a>
                <nav>
                <a href="%squery">Query</a>
                <a href="%sdownload/">Downloads</a>
                <a href="%s.well-known/void">Dataset description</a>
                <a href="%sdef">Ontology</a>
                <a href="%sreport">Data-quality report</a>
                </nav>
                </header>
                <main>
                %s
                </main>
                <footer class="site">
                <p>tocgraph data version %s. Data licensed under
                <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>; derived from a UN CEB/HLCP
                working document (October 2025). Read-only SPARQL 1.1 service; no cookies, no tracking.</p>
                </footer>
                </body>
                </html>
                """.formatted(esc(title), up, up, head, up.isEmpty() ? "./" : up, up, up, up, up, up, body,
                esc(version));
    }

    /** The server-relative path of an IRI minted under the public base, or the IRI itself otherwise. */
    static String href(String up, String iri, String base) {
        return iri.startsWith(base) ? up + iri.substring(base.length()) : iri;
    }
}
