package org.tocgraph.model;

/**
 * How often a mechanism meets.
 *
 * @param text    the cell text, verbatim
 * @param cadence slug of the cadence concept (e.g. {@code annual}), or null if the text gives none
 */
public record Frequency(String text, String cadence, Span evidence) {
}
