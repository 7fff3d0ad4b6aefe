package org.tocgraph.model;

/**
 * The part of one cell that one source line holds.
 *
 * @param line 1-based line number in the source file
 * @param page page of the document the line is on
 * @param text the cell text on that line, trimmed, otherwise verbatim
 */
public record Fragment(int line, int page, String text) {
}
