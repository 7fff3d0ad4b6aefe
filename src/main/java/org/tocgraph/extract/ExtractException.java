package org.tocgraph.extract;

/**
 * The input file cannot be read as the table. The message names the file and line, e.g.
 * {@code data.txt: [line 42] expected 4 tab-separated cells, found 6}.
 */
public final class ExtractException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public ExtractException(String file, int line, String message) {
        super(file + ": " + (line > 0 ? "[line " + line + "] " : "") + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is with the file as a whole. */
    public int line() {
        return line;
    }
}
