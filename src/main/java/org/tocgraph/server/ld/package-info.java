/**
 * Dereferenceable IRIs: {@link org.tocgraph.server.ld.LinkedDataServlet} answers {@code /id/...}
 * and {@code /def/...} with HTML pages for people and Turtle, JSON-LD, N-Triples or RDF/XML for
 * programs, chosen by {@code Accept} or {@code ?format=}.
 */
package org.tocgraph.server.ld;
