package org.tocgraph.model;

import java.util.List;

/**
 * The table as read from one source file: its rows, the lines that are not part of a row, and
 * the document's own title and date where it states them.
 *
 * @param source    file name, used in messages and provenance
 * @param lineCount number of lines in the file
 * @param title     the document title, or empty if the input carries none (CSV)
 */
public record Table(String source, int lineCount, String title, List<Row> rows, List<SkippedLine> skipped) {
    public Table {
        rows = List.copyOf(rows);
        skipped = List.copyOf(skipped);
    }
}
