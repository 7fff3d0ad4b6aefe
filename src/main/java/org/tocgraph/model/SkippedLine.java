package org.tocgraph.model;

/**
 * A source line that is not part of any row, and why.
 *
 * @param line   1-based line number
 * @param reason short reason, e.g. {@code blank}, {@code page marker}, {@code repeated header}
 * @param text   the line as written
 */
public record SkippedLine(int line, String reason, String text) {
}
