package org.tocgraph.sparql;

import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
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
 * {@link ServiceFailedException} that names the endpoint and the reason in one line; Jena's own
 * message is the whole request URL, query included. SILENT still hides such a failure.
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

    /** An allowed SERVICE endpoint that did not answer, or answered with an error. */
    public static final class ServiceFailedException extends QueryExecException {
        private static final long serialVersionUID = 1L;

        ServiceFailedException(String iri, RuntimeException cause) {
            super("SERVICE <" + iri + "> failed: " + reason(URI.create(iri), cause), cause);
        }
    }

    private final List<URI> allowed;
    private final List<String> allowedText;

    public ServiceAllowList(List<String> allow) {
        this.allowedText = List.copyOf(allow);
        this.allowed = allow.stream().map(ServiceAllowList::normalize).filter(Objects::nonNull).toList();
    }

    /** Installs the allow-list in a context, e.g. a dataset's or a query execution's. */
    public void install(Context context) {
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
            // Jena's HTTP executor sends the request and reads the whole answer here.
            return chain.createExecution(opExecute, original, binding, execCxt);
        } catch (QueryExceptionHTTP | HttpException e) {
            throw new ServiceFailedException(service.getURI(), e);
        }
    }

    /**
     * Why a call failed, in words: the HTTP status, or what went wrong on the way. Java's network
     * exceptions mostly have no message, so the kind of exception is the reason.
     */
    static String reason(URI endpoint, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            int status = t instanceof QueryExceptionHTTP q ? q.getStatusCode()
                    : t instanceof HttpException h ? h.getStatusCode() : -1;
            if (status > 0) {
                return "the endpoint answered HTTP " + status;
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return "cannot resolve the host " + endpoint.getHost() + " (offline?)";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer in time";
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "cannot connect to " + endpoint.getAuthority()
                        + (t.getMessage() == null ? "" : " (" + t.getMessage() + ")");
            }
        }
        // Jena's own message repeats the request URL with the query; a cause's may say more.
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank() && !t.getMessage().contains("query=")) {
                return t.getMessage().lines().findFirst().orElseThrow().strip();
            }
        }
        return "no usable answer";
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
