package org.tocgraph.server;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;
import org.tocgraph.sparql.ServiceAllowList;

/**
 * Fuseki's query operation, changed so that every failure is a clean error status instead of a
 * truncated 200 or an echo of Java internals.
 *
 * <p>Stock Fuseki starts streaming SELECT results as soon as the first row exists; when the overall
 * timeout fires later it can only append a comment to a response already sent as 200, which leaves
 * invalid JSON. Here the rows are computed before anything is written, so a timeout during evaluation
 * surfaces as Fuseki's 503 "Query timed out". The buffer holds at most {@value #MAX_ROWS} rows, far
 * more than any question about this graph needs (the whole graph is about 10,000 triples); a larger
 * result is refused with 400 rather than streamed, because only a streamed result can end truncated.
 * A query that exhausts the heap is answered 503, and the rows it held are let go.
 *
 * <p>Before evaluation, every {@code SERVICE} in the query, including those inside {@code EXISTS}, is
 * checked against the {@link ServiceAllowList}: a refusal is 403 with the reason; an allowed endpoint
 * that fails gives 502 (504 if it timed out) naming only the endpoint and the reason. Every 400 (a syntax
 * error, a bad regular expression, a query nested so deeply that parsing or evaluation overflows the
 * stack) is one line that names no Java class and does not echo the query.
 */
final class BufferedQueryService extends SPARQL_QueryDataset {
    static final int MAX_ROWS = 100_000;

    /** "java.util.regex.PatternSyntaxException: " and the like, which mean nothing to a client. */
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ?");
    /** All Fuseki says of a parse failure without a message: the short name of its cause. */
    private static final Pattern BARE_CLASS = Pattern.compile("[A-Z]\\w*(?:Exception|Error)");

    static final String TOO_DEEP = "The query is nested too deeply for this server (brackets, braces or OPTIONALs"
            + " many hundreds deep). Flatten it, e.g. with VALUES or fewer nested groups.";

    private final ServiceAllowList allowList;

    BufferedQueryService(ServiceAllowList allowList) {
        this.allowList = allowList;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        try {
            allowList.check(query);
        } catch (ServiceAllowList.NotAllowedException denied) {
            ServletOps.error(HttpSC.FORBIDDEN_403, denied.getMessage());
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            // Evaluation and algebra recurse once per nesting level; the stack unwinds cleanly to here.
            ServletOps.errorBadRequest(TOO_DEEP);
        } catch (ActionErrorException e) {
            // Fuseki's 400s echo the query and the Java exception; keep the one line that says what is wrong.
            if (e.getRC() == HttpSC.BAD_REQUEST_400 && isUpdate(queryString)) {
                throw new ActionErrorException(HttpSC.FORBIDDEN_403, ReadOnlyFilter.READ_ONLY, null);
            }
            if (e.getRC() == HttpSC.BAD_REQUEST_400 && e.getMessage() != null) {
                throw new ActionErrorException(e.getRC(), oneLine(e.getMessage(), queryString), null);
            }
            throw e;
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery,
            String queryStringLog) {
        try {
            QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
            return result.isRowSet() ? new QueryExecResult(buffer(result.rowSet())) : result;
        } catch (OutOfMemoryError e) {
            // The partial result is unreachable once this frame unwinds, so the heap recovers.
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "The query needs more memory than this server"
                    + " allows. Narrow it (fewer variables, a LIMIT), or download the data and query it locally.");
            throw e;
        } catch (ActionErrorException | QueryCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ServiceAllowList.NotAllowedException denied) {
                    ServletOps.error(HttpSC.FORBIDDEN_403, denied.getMessage());
                } else if (t instanceof ServiceAllowList.ServiceFailedException failed) {
                    ServletOps.error(failed.status(), failed.getMessage());
                }
            }
            throw e;
        }
    }

    static RowSet buffer(RowSet rows) {
        List<Var> vars = rows.getResultVars();
        List<Binding> all = new ArrayList<>();
        while (rows.hasNext()) {
            if (all.size() == MAX_ROWS) {
                ServletOps.errorBadRequest("The result has more than " + MAX_ROWS + " rows, the most this server"
                        + " returns. Add a LIMIT, or download the data from /download/ and query it locally.");
            }
            all.add(rows.next());
        }
        return RowSetStream.create(vars, all.iterator());
    }

    /** True if the text sent as a query is a SPARQL update, which deserves the read-only answer, not a parse error. */
    static boolean isUpdate(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            org.apache.jena.update.UpdateFactory.create(text);
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /** The first line of a message that is neither the query echoed nor blank, without Java class names. */
    static String oneLine(String message, String queryString) {
        String rest = queryString == null || queryString.isBlank() ? message : message.replace(queryString, "");
        String line = rest.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals("Error:"))
                .findFirst().orElse("The query cannot be evaluated.");
        if (BARE_CLASS.matcher(line).matches()) {
            // The parser recurses once per bracket, so deep nesting overflows the stack while parsing.
            return line.equals("StackOverflowError") ? TOO_DEEP : "The query cannot be evaluated.";
        }
        return JAVA_CLASS.matcher(line).replaceAll("").strip();
    }
}
