package org.tocgraph.server;

/** The server cannot start or run: the port is taken, the publication is unusable, and so on. */
public final class ServerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServerException(String message) {
        super(message);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
