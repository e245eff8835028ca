package org.claimgraph.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;

/** {@link QueryService} over a local {@link Dataset}: executes in-process under a read transaction. */
final class DatasetQueryService implements QueryService {

    @Override
    public void run(Dataset ds, CannedQuery query, Map<String, String> params, OutputFormat format,
                    OutputStream out, Duration timeout, long limit) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Query bound = query.bind(params, limit);
        try {
            if (bound.isSelectType()) {
                ResultSetRewindable rows = execute(ds, query, bound, timeout, qe -> qe.execSelect().rewindable());
                if (format == OutputFormat.TABLE) {
                    ResultSetFormatter.out(out, rows, bound.getPrologue());
                } else {
                    ResultSetMgr.write(out, rows, format.lang());
                }
            } else if (bound.isAskType()) {
                boolean answer = execute(ds, query, bound, timeout, QueryExecution::execAsk);
                if (format == OutputFormat.TABLE) {
                    ResultSetFormatter.out(out, answer);
                } else {
                    ResultSetMgr.write(out, answer, format.lang());
                }
            } else {
                throw new QueryException("query '" + query.name() + "' is not a SELECT or ASK query");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result of query '" + query.name() + "'", e);
        }
    }

    @Override
    public ResultSetRewindable select(Dataset ds, CannedQuery query, Map<String, String> params, Duration timeout,
                                      long limit) {
        Query bound = query.bind(params, limit);
        if (!bound.isSelectType()) {
            throw new QueryException("query '" + query.name() + "' is not a SELECT query");
        }
        return execute(ds, query, bound, timeout, qe -> qe.execSelect().rewindable());
    }

    private interface Execution<T> {
        T apply(QueryExecution qe);
    }

    private static <T> T execute(Dataset ds, CannedQuery query, Query bound, Duration timeout, Execution<T> execution) {
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new QueryException("query '" + query.name() + "': timeout must be positive, was " + timeout);
        }
        try {
            return Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(bound)
                        .timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS).build()) {
                    return execution.apply(qe);
                }
            });
        } catch (QueryCancelledException e) {
            throw new QueryException("query '" + query.name() + "' did not finish within " + timeout.toMillis()
                    + " ms and was cancelled", e);
        }
    }
}
