package org.tocgraph.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages (unknown paths, bad requests Jetty rejects itself) as one line of plain text: the
 * status, and for client errors Jetty's short message. Never a stack trace, never an exception message
 * of a server error.
 */
final class PlainErrorHandler extends ErrorHandler {

    PlainErrorHandler() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        StringBuilder text = new StringBuilder().append(code).append(' ').append(HttpStatus.getMessage(code));
        if (code == HttpStatus.NOT_FOUND_404) {
            text.append(": ").append(request.getHttpURI().getPath());
        } else if (code < 500 && message != null && !message.isBlank()
                && !message.equalsIgnoreCase(HttpStatus.getMessage(code))) {
            text.append(": ").append(message.lines().findFirst().orElse(""));
        }
        text.append('\n');
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), callback);
    }
}
