package org.tocgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.tocgraph.model.Table;

/**
 * Reads the table of mechanisms from one input file.
 *
 * <pre>{@code
 * Table table = TableReader.forFile(path).read(path);
 * }</pre>
 */
public interface TableReader {
    /** Largest input accepted, in bytes; the real document is about 20 KB. */
    long MAX_BYTES = 5L * 1024 * 1024;

    /**
     * @throws ExtractException if the file is missing, too large, not text, or holds no table
     */
    Table read(Path file);

    /**
     * Picks the reader by file extension: {@code .txt} text extraction, {@code .csv}, {@code .tsv}.
     *
     * @throws ExtractException if the file is a directory or has another extension
     */
    static TableReader forFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new ExtractException(file.toString(), 0, "is a directory; give the document's file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return new TextTableReader();
        }
        if (name.endsWith(".csv")) {
            return new DelimitedTableReader(DelimitedTableReader.Format.CSV);
        }
        if (name.endsWith(".tsv")) {
            return new DelimitedTableReader(DelimitedTableReader.Format.TSV);
        }
        throw new ExtractException(file.toString(), 0,
                "unknown input type; use a .txt text extraction, or a .csv or .tsv table");
    }
}
