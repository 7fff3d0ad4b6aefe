package org.tocgraph.server.ld;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tocgraph.rdf.Iris;
import org.tocgraph.rdf.TG;
import org.tocgraph.server.Responses;

/**
 * Makes the IRIs of tocgraph dereferenceable: {@code /id/...} answers with the description of the
 * data resource {@code {base}id/...}, {@code /def} with the ontology, {@code /def/...} with an
 * ontology term (role, cadence and kind concepts), whatever the data base is.
 *
 * <p>Representations, by {@code Accept} (RFC 9110 weights; see {@link Negotiation}) or by
 * {@code ?format=ttl|jsonld|nt|rdf|html}, which wins: HTML for browsers, Turtle, JSON-LD,
 * N-Triples, RDF/XML. A client that accepts anything ({@code *}{@code /*}, or no Accept at all,
 * as curl and most HTTP libraries send) gets Turtle: it is what a program asking without a
 * preference can most likely read, and browsers always name {@code text/html} explicitly. Every
 * response carries {@code Vary: Accept}; unknown IRIs get 404, unacceptable Accept headers 406
 * with the list of what is available. The models are copied at construction, so the servlet is a
 * read-only snapshot and safe for concurrent requests.
 *
 * <pre>{@code
 * FusekiServer.create()
 *     .addServlet("/id/*", new LinkedDataServlet(data, ontology, "https://w3id.org/tocgraph/"))
 *     .addServlet("/def/*", servlet)   // the same instance may serve both
 *     ...
 * }</pre>
 */
public final class LinkedDataServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServlet.class);
    private static final String ALLOW = "GET, HEAD, OPTIONS";
    /** No scripts, no remote anything: the pages need only the site's stylesheet. */
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
    private static final List<Representation> OFFERS = List.of(Representation.values());

    /** The dataset's own IRI under the data root ({@code Iris#dataset()}). */
    private static final String DATASET = "dataset";

    private final String dataRoot;
    private final Graph data;
    private final Graph ontology;
    private final Labels labels;
    private final Describer dataDescriber;
    private final Describer ontologyDescriber;

    /**
     * @param data     the converted graph (read-only; copied)
     * @param ontology {@code ontology/tocgraph.ttl} parsed (copied)
     * @param base     the public base IRI, e.g. {@code https://w3id.org/tocgraph/} or
     *                 {@code http://localhost:3030/}; a request for path P is the resource
     *                 {@code base + P} without P's leading slash
     * @throws IllegalArgumentException if the base is not an absolute http(s) IRI ending in a slash
     */
    public LinkedDataServlet(Model data, Model ontology, String base) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ontology, "ontology");
        this.dataRoot = Iris.checkBase(base) + "id/";
        this.data = copy(data.getGraph());
        this.ontology = copy(ontology.getGraph());
        Namespaces namespaces = new Namespaces(
                Namespaces.schemaNamespace(data.getGraph().getPrefixMapping(), ontology.getGraph().getPrefixMapping()));
        this.labels = new Labels(namespaces, dataRoot, this.data, this.ontology);
        this.dataDescriber = new Describer(this.data, namespaces, this.data, this.ontology);
        this.ontologyDescriber = new Describer(this.ontology, namespaces, this.ontology, this.data);
    }

    private static Graph copy(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, g);
        return copy;
    }

    /** What a request path names. */
    private record Target(Node iri, boolean inOntology, boolean wholeOntology) {
    }

    /** Maps a request path to an IRI, or null if it names nothing this servlet serves. */
    private Target resolve(String path) {
        if (path.equals("/def")) {
            return new Target(NodeFactory.createURI(TG.ONTOLOGY), true, true);
        }
        if (path.startsWith("/def/") && path.length() > "/def/".length()) {
            return new Target(NodeFactory.createURI(TG.ONTOLOGY + path.substring("/def".length())), true, false);
        }
        if (path.startsWith("/id/") && path.length() > "/id/".length()) {
            return new Target(NodeFactory.createURI(dataRoot + path.substring("/id/".length())), false, false);
        }
        return null;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try {
            switch (req.getMethod()) {
                case "GET" -> respond(req, resp, false);
                case "HEAD" -> respond(req, resp, true);
                case "OPTIONS" -> {
                    resp.setHeader("Allow", ALLOW);
                    resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                }
                default -> {
                    resp.setHeader("Allow", ALLOW);
                    text(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                            "Method not allowed: this resource is read-only (" + ALLOW + ").\n", false);
                }
            }
        } catch (RuntimeException e) {
            // The client gets a plain message; the stack trace stays in the server log.
            LOG.error("Failed to answer {} {}", req.getMethod(), req.getRequestURI(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                resp.setHeader("Vary", "Accept");
                text(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal error; it has been logged.\n",
                        "HEAD".equals(req.getMethod()));
            }
        }
    }

    private void respond(HttpServletRequest req, HttpServletResponse resp, boolean head) throws IOException {
        String path = requestPath(req);
        Representation rep;
        String format = req.getParameter("format");
        if (format != null) {
            Optional<Representation> byKey = Representation.byFormatKey(format);
            if (byKey.isEmpty()) {
                text(resp, HttpServletResponse.SC_BAD_REQUEST, "Unknown format \"" + format + "\". Use one of: "
                        + Arrays.stream(Representation.values()).map(Representation::formatKey)
                                .collect(Collectors.joining(", ")) + ".\n", head);
                return;
            }
            rep = byKey.get();
        } else {
            rep = Negotiation.choose(req.getHeader("Accept"), OFFERS).orElse(null);
        }

        Target target = resolve(path);
        if (target != null && target.iri().getURI().equals(dataRoot + DATASET)) {
            // The dataset is not an information resource of the data: its description is the VoID document.
            String query = format == null ? "" : "?format=" + java.net.URLEncoder.encode(format, StandardCharsets.UTF_8);
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", req.getContextPath() + "/.well-known/void" + query);
            return;
        }
        Describer describer = target == null ? null : target.inOntology() ? ontologyDescriber : dataDescriber;
        if (target == null || !describer.isKnown(target.iri())) {
            String iri = target == null ? null : target.iri().getURI();
            String message = "There is no resource " + Responses.clip(iri == null ? "at " + path : iri)
                    + " in this dataset.";
            if (rep == Representation.HTML) {
                String html = new MessagePage(new Linker(dataRoot, path), labels, path).render("Not found",
                        "There is no resource with this IRI in this dataset.", iri);
                resp.setHeader("Content-Security-Policy", CSP);
                send(req, resp, HttpServletResponse.SC_NOT_FOUND, rep.contentType, html.getBytes(StandardCharsets.UTF_8),
                        head, false);
            } else {
                text(resp, HttpServletResponse.SC_NOT_FOUND, message + "\n", head);
            }
            return;
        }
        if (rep == null) {
            StringBuilder sb = new StringBuilder("None of the media types in the Accept header is available. ")
                    .append("This resource is available as:\n");
            for (Representation r : Representation.values()) {
                sb.append("  ").append(r.mediaType()).append("  (").append(r.title).append(", ?format=")
                        .append(r.formatKey()).append(")\n");
            }
            text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, sb.toString(), head);
            return;
        }

        Node iri = target.iri();
        byte[] body;
        if (rep == Representation.HTML) {
            Linker linker = new Linker(dataRoot, path);
            String html;
            if (target.wholeOntology()) {
                html = new OntologyPage(linker, labels, path, ontology).render();
            } else {
                html = new ResourcePage(linker, labels, path, target.inOntology() ? ontology : data, iri,
                        describer.describe(iri), describer.hashChildren(iri)).render();
            }
            body = html.getBytes(StandardCharsets.UTF_8);
        } else {
            OrderedGraph graph = target.wholeOntology() ? describer.all(iri) : describer.describe(iri);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
            RDFWriter.source(graph).format(rep.rdfFormat).output(bytes);
            body = bytes.toByteArray();
        }
        String self = path.substring(path.lastIndexOf('/') + 1);
        List<String> links = new ArrayList<>();
        for (Representation r : Representation.values()) {
            if (r != rep) {
                links.add("<" + self + "?format=" + r.formatKey() + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"");
            }
        }
        resp.setHeader("Link", String.join(", ", links));
        if (rep == Representation.HTML) {
            resp.setHeader("Content-Security-Policy", CSP);
        }
        send(req, resp, HttpServletResponse.SC_OK, rep.contentType, body, head, true);
    }

    /** The request path below the context, as sent (still percent-encoded; IRIs are compared as sent). */
    private static String requestPath(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String context = req.getContextPath();
        if (context != null && !context.isEmpty() && uri.startsWith(context)) {
            uri = uri.substring(context.length());
        }
        return uri.isEmpty() ? "/" : uri;
    }

    private static void text(HttpServletResponse resp, int status, String message, boolean head) throws IOException {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        if (!head) {
            resp.getOutputStream().write(body);
        }
    }

    /** Sends a body, with a strong ETag when {@code cacheable}, answering 304 to a matching If-None-Match. */
    private static void send(HttpServletRequest req, HttpServletResponse resp, int status, String contentType,
            byte[] body, boolean head, boolean cacheable) throws IOException {
        if (cacheable) {
            String etag = etag(body);
            resp.setHeader("ETag", etag);
            if (matches(req.getHeader("If-None-Match"), etag)) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if (!head) {
            resp.getOutputStream().write(body);
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** If-None-Match uses weak comparison (RFC 9110 §13.1.2). */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
