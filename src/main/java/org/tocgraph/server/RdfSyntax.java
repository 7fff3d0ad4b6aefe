package org.tocgraph.server;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes the server writes: dump files and content-negotiated documents. */
enum RdfSyntax {
    TURTLE("ttl", "text/turtle", "Turtle", RDFFormat.TURTLE_PRETTY, Lang.TURTLE, "Turtle"),
    NTRIPLES("nt", "application/n-triples", "N-Triples", RDFFormat.NTRIPLES_UTF8, Lang.NTRIPLES, "N-Triples"),
    JSONLD("jsonld", "application/ld+json", "JSON-LD", RDFFormat.JSONLD_PRETTY, Lang.JSONLD, "JSON-LD"),
    RDFXML("rdf", "application/rdf+xml", "RDF/XML", RDFFormat.RDFXML_PLAIN, Lang.RDFXML, "RDF_XML"),
    TRIG("trig", "application/trig", "TriG", RDFFormat.TRIG_PRETTY, Lang.TRIG, "TriG");

    /** Syntaxes offered by content negotiation for single-graph documents, preferred first. */
    static final List<RdfSyntax> GRAPH_SYNTAXES = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    final String extension;
    final String mediaType;
    final String label;
    final RDFFormat format;
    final Lang lang;
    /** Local name in the W3C formats namespace {@code http://www.w3.org/ns/formats/}. */
    final String w3cFormat;

    RdfSyntax(String extension, String mediaType, String label, RDFFormat format, Lang lang, String w3cFormat) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.label = label;
        this.format = format;
        this.lang = lang;
        this.w3cFormat = w3cFormat;
    }

    /** The Content-Type header value; text types say their charset because some clients assume Latin-1. */
    String contentType() {
        return mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType;
    }

    String w3cFormatIri() {
        return "http://www.w3.org/ns/formats/" + w3cFormat;
    }

    String ianaIri() {
        return "https://www.iana.org/assignments/media-types/" + mediaType;
    }

    /** Reads a {@code ?format=} value such as {@code ttl}, {@code turtle}, {@code jsonld} or a media type. */
    static Optional<RdfSyntax> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (RdfSyntax s : values()) {
            if (n.equals(s.extension) || n.equals(s.mediaType) || n.equals(s.label.toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return switch (n) {
            case "json-ld", "json" -> Optional.of(JSONLD);
            case "ntriples" -> Optional.of(NTRIPLES);
            case "xml", "rdfxml" -> Optional.of(RDFXML);
            default -> Optional.empty();
        };
    }
}
