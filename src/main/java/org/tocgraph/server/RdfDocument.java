package org.tocgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;

/**
 * A small fixed RDF document (dataset description, service description, ontology) serialized once in
 * every single-graph syntax and served by content negotiation, or by {@code ?format=ttl|jsonld|nt|rdf}.
 */
final class RdfDocument {
    private static final AcceptList OFFERS;

    static {
        String[] types = new String[RdfSyntax.GRAPH_SYNTAXES.size() + 1];
        for (int i = 0; i < RdfSyntax.GRAPH_SYNTAXES.size(); i++) {
            types[i] = RdfSyntax.GRAPH_SYNTAXES.get(i).mediaType;
        }
        // Plain JSON clients get JSON-LD, which is JSON.
        types[types.length - 1] = "application/json";
        OFFERS = AcceptList.create(types);
    }

    private final Map<RdfSyntax, byte[]> bytes = new EnumMap<>(RdfSyntax.class);
    private final Map<RdfSyntax, String> etags = new EnumMap<>(RdfSyntax.class);
    private final Instant modified;

    RdfDocument(Model model, Instant modified) {
        this.modified = modified;
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
        Optional<RdfSyntax> chosen = choose(req);
        if (chosen.isEmpty()) {
            Responses.sendError(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Not acceptable. Available: text/turtle, application/ld+json, application/n-triples,"
                            + " application/rdf+xml (or ?format=ttl|jsonld|nt|rdf)");
            return;
        }
        RdfSyntax s = chosen.get();
        resp.setHeader("Vary", "Accept");
        Responses.sendFixed(req, resp, bytes.get(s), s.contentType(), etags.get(s), modified, "no-cache");
    }

    /** The syntax asked for: {@code ?format=} first, then Accept; Turtle when nothing is said. */
    static Optional<RdfSyntax> choose(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return RdfSyntax.byName(format).filter(RdfSyntax.GRAPH_SYNTAXES::contains);
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(RdfSyntax.TURTLE);
        }
        MediaType mt = ConNeg.chooseContentType(req, OFFERS, null);
        if (mt == null) {
            return Optional.empty();
        }
        String type = mt.getContentTypeStr();
        if (type.equals("application/json")) {
            return Optional.of(RdfSyntax.JSONLD);
        }
        return RdfSyntax.GRAPH_SYNTAXES.stream().filter(x -> x.mediaType.equals(type)).findFirst();
    }
}
