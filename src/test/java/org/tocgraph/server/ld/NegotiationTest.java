package org.tocgraph.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationTest {
    private static final List<Representation> ALL = Arrays.asList(Representation.values());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        // No preference: Turtle.
        "NULL | TURTLE",
        "'' | TURTLE",
        "*/* | TURTLE",
        "not a media range | TURTLE",
        // Browsers.
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8 | HTML",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
        // Java's HttpURLConnection default, with its bare '*'.
        "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2 | HTML",
        // Each RDF type by name, and the aliases.
        "text/turtle | TURTLE",
        "application/x-turtle | TURTLE",
        "application/ld+json | JSONLD",
        "application/json | JSONLD",
        "application/n-triples | NTRIPLES",
        "text/plain | NTRIPLES",
        "application/rdf+xml | RDFXML",
        "application/xhtml+xml | HTML",
        // Weights.
        "text/turtle;q=0.5, application/rdf+xml;q=0.6 | RDFXML",
        "application/rdf+xml, text/html;q=0.9 | RDFXML",
        "TEXT/TURTLE;Q=0.4, text/html;q=0.3 | TURTLE",
        // An explicit type beats a wildcard of the same weight; server order breaks real ties.
        "*/*, application/ld+json | JSONLD",
        "text/* | TURTLE",
        "text/turtle, text/html | TURTLE",
        // The most specific range decides, so q=0 refuses a type even under a wildcard.
        "*/*;q=0.8, text/turtle;q=0 | JSONLD",
        "*/*, text/turtle;q=0, application/ld+json;q=0 | NTRIPLES",
        "text/*;q=0.9, text/turtle;q=0.1, text/html;q=0, application/ld+json;q=0.5 | NTRIPLES",
        // A wildcard prefers a type that is canonical for its representation to an alias of another.
        "application/* | JSONLD",
        "application/*;q=0.9, text/html;q=0.1 | JSONLD",
        "text/*;q=0.9, text/turtle;q=0.1, application/ld+json;q=0.5 | HTML",
        "application/x-turtle, application/* | TURTLE",
        // A malformed weight drops its range.
        "text/turtle;q=2, application/ld+json | JSONLD",
    })
    void choosesByWeightSpecificityAndServerOrder(String accept, Representation expected) {
        assertEquals(Optional.of(expected), Negotiation.choose(accept, ALL));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"image/png", "*/*;q=0", "application/pdf, text/csv;q=0.5",
        "text/html;q=0, text/turtle;q=0, text/plain;q=0, text/xml;q=0, application/*;q=0"})
    void refusesWhenNothingIsAcceptable(String accept) {
        assertEquals(Optional.empty(), Negotiation.choose(accept, ALL));
    }
}
