package org.tocgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The stylesheet and script of the pages, read once from {@code web/static/} on the class path. A fixed
 * list rather than a directory: nothing else can be served from here, and there is no directory listing.
 */
final class StaticServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final List<String> FILES = List.of("tocgraph.css", "results.js", "query.js");

    private record Asset(byte[] bytes, String contentType, String etag) {
    }

    private final transient Map<String, Asset> assets = new LinkedHashMap<>();
    private final transient Instant started;

    StaticServlet(Instant started) {
        this.started = started;
        for (String name : FILES) {
            String resource = "web/static/" + name;
            try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing class path resource " + resource);
                }
                byte[] bytes = in.readAllBytes();
                String type = name.endsWith(".css") ? "text/css; charset=utf-8"
                        : "text/javascript; charset=utf-8";
                assets.put(name, new Asset(bytes, type, Downloads.sha256(bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Responses.readMethod(req, resp)) {
            return;
        }
        String path = req.getPathInfo();
        Asset a = path == null ? null : assets.get(path.substring(1));
        if (a == null) {
            Responses.sendError(resp, HttpServletResponse.SC_NOT_FOUND,
                    "Not found: " + Responses.clip(req.getRequestURI()));
            return;
        }
        Responses.sendFixed(req, resp, a.bytes(), a.contentType(), a.etag(), started, "no-cache");
    }
}
