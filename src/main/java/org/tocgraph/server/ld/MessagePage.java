package org.tocgraph.server.ld;

/** A short HTML page for an error status (404 and the like). */
final class MessagePage extends Page {
    MessagePage(Linker linker, Labels labels, String requestPath) {
        super(linker, labels, requestPath);
    }

    /**
     * @param title   heading, plain text
     * @param message explanation, plain text
     * @param iri     the IRI asked for, plain text, or null
     */
    String render(String title, String message, String iri) {
        head(title, null);
        out.append("<h1>").append(esc(title)).append("</h1>\n<p>").append(esc(message)).append("</p>\n");
        if (iri != null) {
            out.append("<p class=\"iri\"><code>").append(esc(iri)).append("</code></p>\n");
        }
        out.append("<p>Find it in the <a href=\"").append(linker.path("#browse"))
                .append("\">index of every mechanism, state, organization and group</a>, search with <a href=\"")
                .append(linker.path("query")).append("\">SPARQL</a>, or read the <a href=\"").append(linker.path("def"))
                .append("\">ontology</a>.</p>\n");
        foot();
        return out.toString();
    }
}
