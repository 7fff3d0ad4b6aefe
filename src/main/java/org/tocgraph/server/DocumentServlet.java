package org.tocgraph.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves one fixed {@link RdfDocument} by content negotiation, e.g. {@code /.well-known/void}. */
final class DocumentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient RdfDocument document;

    DocumentServlet(RdfDocument document) {
        this.document = document;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Responses.readMethod(req, resp)) {
            return;
        }
        String path = req.getPathInfo();
        if (path != null && !path.equals("/")) {
            Responses.sendError(resp, HttpServletResponse.SC_NOT_FOUND,
                    "Not found: " + Responses.clip(req.getRequestURI()));
            return;
        }
        document.serve(req, resp);
    }
}
