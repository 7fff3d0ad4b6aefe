package org.tocgraph.extract;

import java.nio.file.Path;

import org.tocgraph.model.Table;

/** Reads the table from the PDF text extraction. */
public final class TextTableReader implements TableReader {
    @Override
    public Table read(Path file) {
        throw new ExtractException(file.toString(), 0, "not implemented yet");
    }
}
