package org.tocgraph.server;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a GET or HEAD on the query endpoints that carries no query with the SPARQL 1.1 Service
 * Description, where Fuseki would answer 400 or 404.
 */
final class ServiceDescriptionFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private final transient RdfDocument description;

    ServiceDescriptionFilter(RdfDocument description) {
        this.description = description;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String m = req.getMethod();
        String path = ReadOnlyFilter.path(req);
        boolean endpoint = path.equals(ReadOnlyFilter.DS + "/sparql") || path.equals(ReadOnlyFilter.DS + "/query");
        if (endpoint && (m.equals("GET") || m.equals("HEAD")) && req.getParameter("query") == null) {
            description.serve(req, resp);
            return;
        }
        chain.doFilter(req, resp);
    }
}
