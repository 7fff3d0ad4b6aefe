package org.tocgraph.resolve;

/**
 * A name cannot be resolved, or the reference data behind resolution is unusable. For a data file
 * the message names the file and line, e.g. {@code aliases.csv: [line 12] unknown iso2 "ZZ"}.
 */
public final class ResolveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;

    /**
     * @param file the file name as it should appear in the message, or {@code null}
     * @param line 1-based line, or 0 when the problem is with the file as a whole
     */
    public ResolveException(String file, long line, String message) {
        this(file, line, message, null);
    }

    public ResolveException(String file, long line, String message, Throwable cause) {
        super((file == null ? "" : file + ": ") + (line > 0 ? "[line " + line + "] " : "") + message, cause);
        this.file = file;
        this.line = line;
    }

    /** A problem not tied to a file. */
    public ResolveException(String message) {
        this(null, 0, message, null);
    }

    /** The file name, or {@code null}. */
    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not tied to one line. */
    public long line() {
        return line;
    }
}
