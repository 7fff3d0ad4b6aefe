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
 * of a server error. Echoed paths and messages are cut to {@value Responses#MAX_ECHO} characters.
 *
 * <p>As the server's own handler it answers requests that never reach a filter (a {@code //} path, an
 * ambiguous encoded segment), so it sets the CORS headers itself, as {@link CorsFilter} does.
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
            text.append(": ").append(Responses.clip(request.getHttpURI().getPath()));
        } else if (code < 500 && message != null && !message.isBlank()
                && !message.equalsIgnoreCase(HttpStatus.getMessage(code))) {
            text.append(": ").append(Responses.clip(message.lines().findFirst().orElse("")));
        }
        text.append('\n');
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, CorsFilter.EXPOSED);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), callback);
    }
}
