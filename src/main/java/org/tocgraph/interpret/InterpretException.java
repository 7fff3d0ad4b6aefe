package org.tocgraph.interpret;

/**
 * The table cannot be interpreted: a rule or curation file is malformed, or (in strict mode) a
 * cell has a reading problem. Messages look like {@code [line 42] Members cell: cannot resolve "X"}.
 */
public final class InterpretException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InterpretException(String message) {
        super(message);
    }

    public InterpretException(String message, Throwable cause) {
        super(message, cause);
    }
}
