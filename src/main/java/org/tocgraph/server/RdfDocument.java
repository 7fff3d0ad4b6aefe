package org.tocgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.tocgraph.server.ld.Negotiation;

/**
 * A small fixed RDF document (dataset description, service description, ontology) serialized once in
 * every single-graph syntax and served by content negotiation, or by {@code ?format=ttl|jsonld|nt|rdf}.
 * A document built with an HTML rendition also serves it to browsers ({@code text/html} preferred in
 * Accept, or {@code ?format=html}); a client that names no type still gets Turtle.
 */
final class RdfDocument {
    private final Map<RdfSyntax, byte[]> bytes = new EnumMap<>(RdfSyntax.class);
    private final Map<RdfSyntax, String> etags = new EnumMap<>(RdfSyntax.class);
    private final Instant modified;
    private final byte[] html;

    RdfDocument(Model model, Instant modified) {
        this(model, modified, null);
    }

    /** @param html the document as an HTML page, or null to offer only RDF */
    RdfDocument(Model model, Instant modified, String html) {
        this.modified = modified;
        this.html = html == null ? null : html.getBytes(StandardCharsets.UTF_8);
        for (RdfSyntax s : RdfSyntax.GRAPH_SYNTAXES) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFWriter.source(model).format(s.format).output(out);
            bytes.put(s, out.toByteArray());
            etags.put(s, Downloads.sha256(out.toByteArray()).substring(0, 32));
        }
    }

    byte[] bytes(RdfSyntax syntax) {
        return bytes.get(syntax);
    }

    void serve(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        if (html != null && wantsHtml(req)) {
            resp.setHeader("Content-Security-Policy", Html.CSP);
            Responses.sendFixed(req, resp, html, "text/html; charset=utf-8",
                    Downloads.sha256(html).substring(0, 32), modified, "no-cache");
            return;
        }
        Optional<RdfSyntax> chosen = choose(req);
        if (chosen.isEmpty()) {
            Responses.sendError(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Not acceptable. Available: text/turtle, application/ld+json, application/n-triples,"
                            + " application/rdf+xml" + (html == null ? "" : ", text/html")
                            + " (or ?format=ttl|jsonld|nt|rdf" + (html == null ? "" : "|html") + ")");
            return;
        }
        RdfSyntax s = chosen.get();
        Responses.sendFixed(req, resp, bytes.get(s), s.contentType(), etags.get(s), modified, "no-cache");
    }

    /**
     * {@code ?format=html}, or an Accept header that prefers HTML to every RDF syntax (a browser's),
     * negotiated as the entity pages are.
     */
    static boolean wantsHtml(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return format.trim().equalsIgnoreCase("html");
        }
        String accept = req.getHeader("Accept");
        return accept != null && !accept.isBlank()
                && Negotiation.chooseMediaType(accept, true).filter("text/html"::equals).isPresent();
    }

    /** The syntax asked for: {@code ?format=} first, then Accept; Turtle when nothing is said. */
    static Optional<RdfSyntax> choose(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return RdfSyntax.byName(format).filter(RdfSyntax.GRAPH_SYNTAXES::contains);
        }
        return Negotiation.chooseMediaType(req.getHeader("Accept"), false).flatMap(type -> RdfSyntax.GRAPH_SYNTAXES
                .stream().filter(x -> x.mediaType.equals(type)).findFirst());
    }
}
