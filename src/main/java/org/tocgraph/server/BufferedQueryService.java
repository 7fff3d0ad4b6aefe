package org.tocgraph.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's query operation, changed so that a SELECT that times out gets an error status instead of a
 * truncated 200.
 *
 * <p>Stock Fuseki starts streaming SELECT results as soon as the first row exists; when the overall
 * timeout fires later it can only append a comment to a response already sent as 200, which leaves
 * invalid JSON. Here the rows are computed before anything is written, so a timeout during evaluation
 * surfaces as Fuseki's 503 "Query timed out". The buffer is capped at {@value #MAX_BUFFERED_ROWS} rows
 * to bound memory; a larger result is streamed after that, and only such a result can still end
 * truncated if the timeout fires while it is being written.
 *
 * <p>A refused {@code SERVICE} (see {@link ServiceAllowList}) becomes 403 with the reason.
 */
final class BufferedQueryService extends SPARQL_QueryDataset {
    static final int MAX_BUFFERED_ROWS = 200_000;

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery,
            String queryStringLog) {
        try {
            QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
            return result.isRowSet() ? new QueryExecResult(buffer(result.rowSet())) : result;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ServiceAllowList.NotAllowedException denied) {
                    ServletOps.error(HttpSC.FORBIDDEN_403, denied.getMessage());
                }
            }
            throw e;
        }
    }

    static RowSet buffer(RowSet rows) {
        List<Var> vars = rows.getResultVars();
        List<Binding> head = new ArrayList<>();
        while (head.size() < MAX_BUFFERED_ROWS && rows.hasNext()) {
            head.add(rows.next());
        }
        Iterator<Binding> all = rows.hasNext() ? Iter.concat(head.iterator(), rows) : head.iterator();
        return RowSetStream.create(vars, all);
    }
}
