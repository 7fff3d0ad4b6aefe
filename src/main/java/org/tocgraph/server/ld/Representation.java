package org.tocgraph.server.ld;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/**
 * The representations an IRI can be served in. {@link #mediaTypes} lists what an {@code Accept}
 * header may name to get it (the first is the one sent back); {@link #formatKeys} what
 * {@code ?format=} accepts.
 */
enum Representation {
    // Order matters: it is the server's preference when a client rates several equally (see Negotiation).
    TURTLE("Turtle", "text/turtle; charset=utf-8", RDFFormat.TURTLE_BLOCKS,
            List.of("text/turtle", "application/x-turtle"), List.of("ttl", "turtle")),
    JSONLD("JSON-LD", "application/ld+json", RDFFormat.JSONLD11_PRETTY,
            List.of("application/ld+json", "application/json"), List.of("jsonld", "json-ld", "json")),
    NTRIPLES("N-Triples", "application/n-triples", RDFFormat.NTRIPLES_UTF8,
            List.of("application/n-triples", "text/plain"), List.of("nt", "ntriples", "n-triples")),
    RDFXML("RDF/XML", "application/rdf+xml; charset=utf-8", RDFFormat.RDFXML_PLAIN,
            List.of("application/rdf+xml", "application/xml", "text/xml"), List.of("rdf", "xml", "rdfxml")),
    HTML("HTML", "text/html; charset=utf-8", null,
            List.of("text/html", "application/xhtml+xml"), List.of("html"));

    /** Name for people, used in links and error messages. */
    final String title;
    /**
     * The Content-Type header sent. Turtle, HTML and RDF/XML carry a charset parameter; the
     * N-Triples and JSON-LD registrations define none (both are always UTF-8).
     */
    final String contentType;
    /** The Jena writer format; null for HTML. */
    final RDFFormat rdfFormat;
    /** Media types a client may ask for; the first is canonical. */
    final List<String> mediaTypes;
    /** Values of {@code ?format=}; the first is the one used in links. */
    final List<String> formatKeys;

    Representation(String title, String contentType, RDFFormat rdfFormat,
            List<String> mediaTypes, List<String> formatKeys) {
        this.title = title;
        this.contentType = contentType;
        this.rdfFormat = rdfFormat;
        this.mediaTypes = mediaTypes;
        this.formatKeys = formatKeys;
    }

    /** The canonical media type, without parameters. */
    String mediaType() {
        return mediaTypes.get(0);
    }

    /** The key used in {@code ?format=} links. */
    String formatKey() {
        return formatKeys.get(0);
    }

    boolean isRdf() {
        return rdfFormat != null;
    }

    /** The representation a {@code ?format=} value names, case-insensitively. */
    static Optional<Representation> byFormatKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        for (Representation r : values()) {
            if (r.formatKeys.contains(k)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The RDF representations, in preference order. */
    static List<Representation> rdf() {
        return List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    }
}
