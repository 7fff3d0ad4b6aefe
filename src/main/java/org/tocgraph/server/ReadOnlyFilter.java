package org.tocgraph.server;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Makes the whole server read-only at the HTTP level, in front of Fuseki (which has no update endpoint
 * configured anyway): GET, HEAD and OPTIONS everywhere; POST only to the query endpoints, and only with a
 * query. SPARQL Update is answered 403, other methods and paths 405, a path over {@value #MAX_PATH}
 * characters 414.
 *
 * <p>On the dataset's paths it also refuses Fuseki's {@code stylesheet} and {@code callback} (JSONP)
 * parameters, which Fuseki copies unescaped into the response, and gives every response a
 * {@code default-src 'none'} Content-Security-Policy: nothing there is a page that needs to load anything.
 */
final class ReadOnlyFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    static final String DS = "/" + TocgraphServer.DATASET;
    static final Set<String> QUERY_PATHS = Set.of(DS, DS + "/sparql", DS + "/query");
    /** Content types of a posted query; none means a query string. */
    static final Set<String> QUERY_TYPES = Set.of("", "application/x-www-form-urlencoded", "application/sparql-query");
    /** The largest query body accepted: parsing is not covered by the query timeout. */
    static final int MAX_QUERY_BYTES = 128 * 1024;
    /** Longer request paths get 414: no IRI here comes near it, and error messages stay short. */
    static final int MAX_PATH = 1024;
    private static final java.util.regex.Pattern CHARSET = java.util.regex.Pattern.compile(
            "(?i);\\s*charset\\s*=\\s*(\"?[^;\\s]+)");
    static final String READ_ONLY = "tocgraph is read-only: SPARQL Update is not available. Use SPARQL query, or"
            + " download the data.";
    /** For the endpoint's results and descriptions; an HTML view sets its own policy instead. */
    static final String CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String method = req.getMethod();
        if (req.getRequestURI().length() > MAX_PATH) {
            Responses.sendError(resp, HttpServletResponse.SC_REQUEST_URI_TOO_LONG, "The path is "
                    + req.getRequestURI().length() + " characters long; paths here are at most " + MAX_PATH + ".");
            return;
        }
        String path = path(req);
        boolean dataset = path.equals(DS) || path.startsWith(DS + "/");
        if (dataset) {
            resp.setHeader("Content-Security-Policy", CSP);
        }
        if (dataset && req.getQueryString() != null && req.getQueryString().length() > MAX_QUERY_BYTES) {
            Responses.sendError(resp, HttpServletResponse.SC_REQUEST_URI_TOO_LONG, "The query string is "
                    + req.getQueryString().length() + " characters; this server takes queries of at most "
                    + MAX_QUERY_BYTES + " bytes (POST a long query).");
            return;
        }
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            // An update in a query string changes nothing anywhere, but say so rather than ignore it.
            if (req.getParameter("update") != null) {
                readOnly(resp);
            } else if (!dataset || !refusedParameter(req, resp)) {
                // Fuseki answers HEAD on a query with 405 and on the graph store with an empty body's
                // headers; as a GET, Jetty sends the GET's headers and drops the body itself.
                chain.doFilter(dataset && method.equals("HEAD") ? asGet(req) : req, resp);
            }
            return;
        }
        if (!method.equals("POST") || !isQueryPath(path)) {
            closeAfter(resp);
            resp.setHeader("Allow", isQueryPath(path) ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS");
            Responses.sendError(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "Method " + method + " is not allowed here: tocgraph is a read-only service.");
            return;
        }
        // The raw header: Jetty's getContentType() fails with a 500 on a charset it does not know.
        String contentType = req.getHeader("Content-Type") == null ? "" : req.getHeader("Content-Type");
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals("application/sparql-update")) {
            readOnly(resp);
            return;
        }
        if (!QUERY_TYPES.contains(type)) {
            closeAfter(resp);
            Responses.sendError(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported Content-Type " + Responses.clip(type) + ": POST a query as"
                            + " application/sparql-query or as an application/x-www-form-urlencoded form with"
                            + " a 'query' field.");
            return;
        }
        String encoding = req.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            // A compressed body would be inflated past the size limit, which only sees the compressed bytes.
            closeAfter(resp);
            Responses.sendError(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Content-Encoding "
                    + Responses.clip(encoding) + " is not accepted: POST the query uncompressed.");
            return;
        }
        java.util.regex.Matcher cs = CHARSET.matcher(contentType);
        String charset = cs.find() ? cs.group(1).replace("\"", "") : null;
        if (charset != null && !supported(charset)) {
            closeAfter(resp);
            Responses.sendError(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Unsupported charset "
                    + Responses.clip(charset) + ": POST the query as UTF-8.");
            return;
        }
        long length = req.getContentLengthLong();
        HttpServletRequest query = req;
        if (length < 0) {
            // Chunked: read at most one byte past the limit, so a huge body costs no more than a small one.
            byte[] body = req.getInputStream().readNBytes(MAX_QUERY_BYTES + 1);
            if (body.length > MAX_QUERY_BYTES) {
                tooLarge(resp, "more than " + MAX_QUERY_BYTES);
                return;
            }
            try {
                query = new BufferedBodyRequest(req, body);
            } catch (IllegalArgumentException e) {
                Responses.sendError(resp, HttpServletResponse.SC_BAD_REQUEST,
                        "The form is not valid percent-encoding (application/x-www-form-urlencoded).");
                return;
            }
        } else if (length > MAX_QUERY_BYTES) {
            tooLarge(resp, Long.toString(length));
            return;
        }
        // getParameter reads a form body; Fuseki reads the same parsed parameters afterwards.
        if (query.getParameter("update") != null) {
            readOnly(resp);
        } else if (!refusedParameter(query, resp)) {
            chain.doFilter(query, resp);
        }
    }

    private static boolean supported(String charset) {
        try {
            return java.nio.charset.Charset.isSupported(charset.trim());
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    private static void tooLarge(HttpServletResponse resp, String bytes) throws IOException {
        closeAfter(resp);
        Responses.sendError(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The query is " + bytes
                + " bytes; this server takes queries of at most " + MAX_QUERY_BYTES + " bytes.");
    }

    /**
     * A refused request's body is not read; closing the connection keeps a client from sending its
     * next request on a connection the server is about to drop.
     */
    private static void closeAfter(HttpServletResponse resp) {
        resp.setHeader("Connection", "close");
    }

    private static void readOnly(HttpServletResponse resp) throws IOException {
        closeAfter(resp);
        Responses.sendError(resp, HttpServletResponse.SC_FORBIDDEN, READ_ONLY);
    }

    /**
     * Refuses the Fuseki parameters that reflect their value into the response unescaped: {@code stylesheet}
     * becomes an {@code xml-stylesheet} instruction, {@code callback} wraps JSON as script (JSONP).
     *
     * @return whether the request was refused
     */
    private static boolean refusedParameter(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String message = null;
        if (req.getParameter("stylesheet") != null) {
            message = "The 'stylesheet' parameter is not supported: this server does not style query results.";
        } else if (req.getParameter("callback") != null) {
            message = "JSONP (the 'callback' parameter) is not supported: use CORS, which this server allows"
                    + " for any origin.";
        }
        if (message == null) {
            return false;
        }
        Responses.sendError(resp, HttpServletResponse.SC_BAD_REQUEST, message);
        return true;
    }

    private static HttpServletRequest asGet(HttpServletRequest req) {
        return new HttpServletRequestWrapper(req) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }

    /** The decoded path within the server. */
    static String path(HttpServletRequest req) {
        String servletPath = req.getServletPath() == null ? "" : req.getServletPath();
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        String p = servletPath + info;
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    static boolean isQueryPath(String path) {
        return QUERY_PATHS.contains(path);
    }
}
