package org.tocgraph.model;

import java.util.List;

/**
 * Where a fact comes from: the column, the source lines and pages, and the exact text.
 *
 * @param column the table column the text is in
 * @param lines  source lines, ascending
 * @param pages  pages, ascending
 * @param text   the text span as written (whitespace between lines folded to one space)
 */
public record Span(Column column, List<Integer> lines, List<Integer> pages, String text) {
    public Span {
        lines = List.copyOf(lines);
        pages = List.copyOf(pages);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a span needs at least one source line");
        }
    }

    public int firstLine() {
        return lines.get(0);
    }
}
