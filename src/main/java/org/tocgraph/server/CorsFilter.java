package org.tocgraph.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First in the chain for every request: CORS for any origin without credentials (the data is public and
 * the server uses no cookies, so {@code *} is safe, unlike Fuseki's origin-reflecting CORS), answers to
 * OPTIONS, {@code nosniff}, and a last-resort handler that turns any exception into a one-line 500.
 */
final class CorsFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(TocgraphServer.class);

    static final String EXPOSED = "Content-Disposition, Content-Length, ETag, Last-Modified, Link, Location";
    static final String MAX_AGE = "86400";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if ("OPTIONS".equals(req.getMethod())) {
            options(req, resp);
            return;
        }
        try {
            chain.doFilter(req, resp);
        } catch (IOException | ServletException | RuntimeException e) {
            // A request Jetty could not parse, e.g. a bad %-escape in the query string, read lazily.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HttpException he && he.getCode() >= 400 && he.getCode() < 500) {
                    Responses.sendError(resp, he.getCode(), he.getCode() + " " + HttpStatus.getMessage(he.getCode())
                            + ": malformed request (check the percent-encoding of the URL and form)");
                    return;
                }
            }
            // Log the detail here; the client gets one line and never a stack trace.
            LOG.warn("Error handling {} {}: {}", req.getMethod(), req.getRequestURI(), e.toString());
            LOG.debug("Stack trace", e);
            Responses.sendError(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal server error");
        }
    }

    /** Preflight and plain OPTIONS: nothing beyond this filter needs to see them. */
    private static void options(HttpServletRequest req, HttpServletResponse resp) {
        String allow = ReadOnlyFilter.isQueryPath(ReadOnlyFilter.path(req)) ? "GET, HEAD, POST, OPTIONS"
                : "GET, HEAD, OPTIONS";
        resp.setHeader("Allow", allow);
        if (req.getHeader("Access-Control-Request-Method") != null) {
            resp.setHeader("Access-Control-Allow-Methods", allow);
            String asked = req.getHeader("Access-Control-Request-Headers");
            // Echo the asked-for headers (token characters only): no credentials are ever honoured, so
            // allowing any request header exposes nothing, and it works with clients that add their own.
            if (asked != null && asked.matches("[A-Za-z0-9!#$%&'*+.^_`|~,\\s-]*")) {
                resp.setHeader("Access-Control-Allow-Headers", asked);
            }
            resp.setHeader("Access-Control-Max-Age", MAX_AGE);
        }
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
