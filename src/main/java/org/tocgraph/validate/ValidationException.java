package org.tocgraph.validate;

/**
 * The validate stage cannot run: a data or shapes file is missing or does not parse, or the
 * shapes are not valid SHACL. The message names the file, e.g.
 * {@code data.ttl: [line 12, col 5] Undefined prefix: tgx}. A graph that merely fails its shapes
 * is not an exception; it gives a {@link ValidationResult} that does not conform.
 */
public final class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }

    public ValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
