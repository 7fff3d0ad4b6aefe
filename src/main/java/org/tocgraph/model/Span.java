package org.tocgraph.model;

import java.util.List;

/**
 * Where a fact comes from: the column, the source lines and pages, and the exact text.
 *
 * @param column  the table column the text is in
 * @param lines   source lines, ascending
 * @param pages   pages, ascending
 * @param text    the text span as written (whitespace between lines folded to one space)
 * @param reading how the fact was attributed when the text's place alone does not say it (a spill-over
 *                rule moved it from another row, or a curation decision set it), or null
 */
public record Span(Column column, List<Integer> lines, List<Integer> pages, String text, String reading) {
    public Span {
        lines = List.copyOf(lines);
        pages = List.copyOf(pages);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a span needs at least one source line");
        }
    }

    public Span(Column column, List<Integer> lines, List<Integer> pages, String text) {
        this(column, lines, pages, text, null);
    }

    public Span withReading(String note) {
        return new Span(column, lines, pages, text, note);
    }

    public int firstLine() {
        return lines.get(0);
    }
}
