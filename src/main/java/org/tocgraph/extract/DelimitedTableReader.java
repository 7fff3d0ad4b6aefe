package org.tocgraph.extract;

import java.nio.file.Path;

import org.tocgraph.model.Table;

/** Reads the table from CSV or TSV with the header row Mechanism, Frequency of meeting, Convening bodies, Members. */
public final class DelimitedTableReader implements TableReader {
    /** The two delimited formats. */
    public enum Format { CSV, TSV }

    private final Format format;

    public DelimitedTableReader(Format format) {
        this.format = format;
    }

    @Override
    public Table read(Path file) {
        throw new ExtractException(file.toString(), 0, format + " input is not implemented yet");
    }
}
