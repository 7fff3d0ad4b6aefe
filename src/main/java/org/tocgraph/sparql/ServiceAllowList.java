package org.tocgraph.sparql;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javax.net.ssl.SSLException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitor;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;

/**
 * Lets a SPARQL {@code SERVICE} clause call only the endpoints in the allow-list; any other IRI fails the
 * query before a connection is made, so the endpoint cannot be used to reach internal hosts.
 *
 * <p>It is the first link of a per-dataset {@link ServiceExecutorRegistry} whose only other link is Jena's
 * HTTP executor, installed in the dataset's context (never the global one). Single links see the service
 * IRI after variables are substituted, so {@code SERVICE ?s} is checked per binding. Matching is exact on
 * scheme, host, port, path and query (case-insensitive scheme and host, default ports filled in); an IRI
 * with user information never matches. {@code SERVICE SILENT} is refused too: SILENT hides a failing
 * service, and a refusal is a policy the user should hear about, not a failure.
 *
 * <p>An allowed endpoint that cannot be reached or answers with an error fails the query with a
 * {@link ServiceFailedException} that names the endpoint (without its query string) and the reason in
 * one line, and carries the HTTP status to answer with (502, or 504 on a timeout); Jena's own message is
 * the whole request URL, query included. SILENT still hides such a failure.
 *
 * <p>The server and the {@code query} command share it, so a query file is refused or allowed
 * the same way in both.
 */
public final class ServiceAllowList implements ChainingServiceExecutor {

    /** A SERVICE IRI outside the allow-list. */
    public static final class NotAllowedException extends QueryDeniedException {
        private static final long serialVersionUID = 1L;

        NotAllowedException(String message) {
            super(message);
        }
    }

    /** An allowed SERVICE endpoint that could not be reached or answered with an error. */
    public static final class ServiceFailedException extends QueryException {
        private static final long serialVersionUID = 1L;
        private final int status;

        ServiceFailedException(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        /** 504 when the endpoint timed out, otherwise 502. */
        public int status() {
            return status;
        }
    }

    private static final HttpClient NO_REDIRECTS = HttpEnv.httpClientBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final List<URI> allowed;
    private final List<String> allowedText;

    public ServiceAllowList(List<String> allow) {
        this.allowedText = List.copyOf(allow);
        this.allowed = allow.stream().map(ServiceAllowList::normalize).filter(Objects::nonNull).toList();
    }

    /** Installs the allow-list in a context, e.g. a dataset's or a query execution's. */
    public void install(Context context) {
        // A redirect would take the call to an address the list never saw: Jena's HTTP client follows
        // redirects by default, and SERVICE is its only use here, so its default client follows none.
        HttpEnv.setDftHttpClient(NO_REDIRECTS);
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        if (!service.isURI()) {
            throw new NotAllowedException("SERVICE needs an IRI; got " + service);
        }
        refuseUnlessAllowed(service.getURI());
        try {
            // Jena's HTTP executor reads the whole remote result here, so every network failure surfaces here.
            return chain.createExecution(opExecute, original, binding, execCxt);
        } catch (QueryCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failed(service.getURI(), e);
        }
    }

    /** The endpoint (scheme, host, port, path: no query string) and why it failed, in one line. */
    static ServiceFailedException failed(String iri, RuntimeException e) {
        String endpoint = iri;
        try {
            URI u = new URI(iri);
            endpoint = u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort())
                    + (u.getRawPath() == null ? "" : u.getRawPath());
        } catch (URISyntaxException ignored) {
            // An allowed IRI always parses; anything else is named as given.
        }
        int status = HttpSC.BAD_GATEWAY_502;
        String reason = "its answer could not be read";
        if (e instanceof QueryExceptionHTTP q && q.getStatusCode() > 0) {
            reason = "it answered HTTP " + q.getStatusCode() + " " + HttpSC.getMessage(q.getStatusCode());
        } else if (e instanceof HttpException h && h.getStatusCode() > 0) {
            reason = "it answered HTTP " + h.getStatusCode() + " " + HttpSC.getMessage(h.getStatusCode());
        } else {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HttpTimeoutException) {
                    status = HttpSC.GATEWAY_TIMEOUT_504;
                    reason = "it timed out";
                    break;
                } else if (t instanceof ConnectException) {
                    reason = "it is unreachable (connection refused)";
                    break;
                } else if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                    reason = "it is unreachable (unknown host)";
                    break;
                } else if (t instanceof SSLException) {
                    reason = "it is unreachable (TLS failed)";
                    break;
                } else if (t instanceof IOException) {
                    reason = "it is unreachable";
                }
            }
        }
        return new ServiceFailedException(status, "SERVICE <" + endpoint + "> failed: " + reason + ".", e);
    }

    /**
     * Checks every {@code SERVICE} of a query before it runs, so a refusal is never lost: inside
     * {@code FILTER EXISTS} a failing service would only make the filter false, once per row.
     * A variable service IRI is checked per binding at run time, except inside {@code EXISTS}, where
     * it is refused here for the same reason.
     *
     * @throws NotAllowedException naming the first refused IRI
     */
    public void check(Query query) {
        Op op = Algebra.compile(query);
        ExprVisitor[] exprs = new ExprVisitor[1];
        boolean[] inExists = new boolean[1];
        OpVisitor ops = new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                Node iri = service.getService();
                if (iri.isURI()) {
                    refuseUnlessAllowed(iri.getURI());
                } else if (inExists[0]) {
                    throw new NotAllowedException("SERVICE " + iri + " inside EXISTS or NOT EXISTS needs a"
                            + " fixed IRI, so that the allow-list can check it before the query runs.");
                }
            }

            @Override
            public void visit(OpOrder order) {
                // The walker does not look into sort keys; an EXISTS can hide there.
                order.getConditions().forEach(c -> Walker.walk(c.getExpression(), exprs[0]));
            }
        };
        exprs[0] = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp exists) {
                boolean outer = inExists[0];
                inExists[0] = true;
                Walker.walk(exists.getGraphPattern(), ops, this);
                inExists[0] = outer;
            }
        };
        Walker.walk(op, ops, exprs[0]);
    }

    private void refuseUnlessAllowed(String iri) {
        if (!isAllowed(iri)) {
            throw new NotAllowedException("SERVICE <" + iri + "> is not allowed."
                    + (allowedText.isEmpty() ? " Federated query is disabled."
                            : " Allowed endpoints: " + String.join(", ", allowedText)));
        }
    }

    public boolean isAllowed(String iri) {
        URI u = normalize(iri);
        return u != null && allowed.contains(u);
    }

    /** Scheme and host lower-cased, default port made explicit; null for anything not plain http(s). */
    private static URI normalize(String iri) {
        try {
            URI u = new URI(iri);
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!("http".equals(scheme) || "https".equals(scheme)) || u.getHost() == null
                    || u.getRawUserInfo() != null) {
                return null;
            }
            int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            return new URI(scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port + path
                    + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
